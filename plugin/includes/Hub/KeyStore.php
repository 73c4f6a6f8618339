<?php
/**
 * The agent's Ed25519 secret key, kept in a non-autoloaded option so it is not loaded into memory
 * (or object caches) on every request.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

defined( 'ABSPATH' ) || exit;

final class KeyStore {

	public const SECRET_OPTION = 'retainer_agent_secret_key';

	/**
	 * Stores the raw 64-byte sodium secret key.
	 */
	public function save_secret_key( string $secret_key ): void {
		// delete first: update_option() would keep an existing row's autoload flag.
		delete_option( self::SECRET_OPTION );
		add_option( self::SECRET_OPTION, base64_encode( $secret_key ), '', false ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary key stored as text.
	}

	/**
	 * The raw 64-byte secret key, or null when none is stored.
	 */
	public function secret_key(): ?string {
		$stored = get_option( self::SECRET_OPTION );
		if ( ! is_string( $stored ) || '' === $stored ) {
			return null;
		}
		$raw = Signer::decode_base64( $stored );
		return ( null !== $raw && SODIUM_CRYPTO_SIGN_SECRETKEYBYTES === strlen( $raw ) ) ? $raw : null;
	}

	public function forget(): void {
		delete_option( self::SECRET_OPTION );
	}
}
