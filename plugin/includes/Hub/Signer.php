<?php
/**
 * The protocol's signing scheme (RETAINER-V1) with sodium's Ed25519. No WordPress calls here, so the
 * cross-language tests can load this class in plain PHP.
 *
 * Canonical string: RETAINER-V1\n{METHOD}\n{path}\n{timestamp}\n{nonce}\n{hex sha256 of body}
 * Keys are raw 32-byte public keys / 64-byte sodium secret keys; on the wire everything is standard base64.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

defined( 'ABSPATH' ) || exit;

final class Signer {

	public const SCHEME = 'RETAINER-V1';
	/** Signed requests further than this from our clock are refused (seconds). */
	public const WINDOW_S = 300;

	public const HEADER_SITE      = 'X-Retainer-Site';
	public const HEADER_TIMESTAMP = 'X-Retainer-Timestamp';
	public const HEADER_NONCE     = 'X-Retainer-Nonce';
	public const HEADER_SIGNATURE = 'X-Retainer-Signature';

	public const NONCE_PATTERN     = '/^[0-9a-f]{32,128}$/';
	public const TIMESTAMP_PATTERN = '/^[0-9]{1,12}$/';

	/**
	 * The exact string that gets signed.
	 *
	 * @param string $method    HTTP method (upper-cased here).
	 * @param string $path      Request-target: path plus "?query" when there is one.
	 * @param string $timestamp Unix seconds as sent in the header.
	 * @param string $nonce     Hex nonce as sent in the header.
	 * @param string $body      The exact body bytes.
	 */
	public function canonical( string $method, string $path, string $timestamp, string $nonce, string $body ): string {
		return implode(
			"\n",
			array( self::SCHEME, strtoupper( $method ), $path, $timestamp, $nonce, hash( 'sha256', $body ) )
		);
	}

	/**
	 * Base64 Ed25519 signature of the canonical string.
	 *
	 * @param string $canonical  From canonical().
	 * @param string $secret_key Raw 64-byte sodium secret key.
	 */
	public function sign( string $canonical, string $secret_key ): string {
		if ( SODIUM_CRYPTO_SIGN_SECRETKEYBYTES !== strlen( $secret_key ) ) {
			throw new \InvalidArgumentException( 'Ed25519 secret key must be 64 bytes.' );
		}
		return base64_encode( sodium_crypto_sign_detached( $canonical, $secret_key ) ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- the protocol's wire format.
	}

	/**
	 * True when the base64 signature is a valid Ed25519 signature of the canonical string.
	 *
	 * @param string $canonical        From canonical().
	 * @param string $signature_base64 Header value.
	 * @param string $public_key       Raw 32-byte public key.
	 */
	public function verify( string $canonical, string $signature_base64, string $public_key ): bool {
		$signature = self::decode_base64( $signature_base64 );
		if ( null === $signature || SODIUM_CRYPTO_SIGN_BYTES !== strlen( $signature ) ) {
			return false;
		}
		if ( SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES !== strlen( $public_key ) ) {
			return false;
		}
		try {
			return sodium_crypto_sign_verify_detached( $signature, $canonical, $public_key );
		} catch ( \SodiumException $e ) {
			return false;
		}
	}

	/**
	 * A fresh key pair.
	 *
	 * @return array{public_key: string, secret_key: string} Raw bytes.
	 */
	public function generate_keypair(): array {
		return self::split( sodium_crypto_sign_keypair() );
	}

	/**
	 * The key pair of a 32-byte seed (deterministic: used by the test vectors).
	 *
	 * @return array{public_key: string, secret_key: string} Raw bytes.
	 */
	public function keypair_from_seed( string $seed ): array {
		if ( SODIUM_CRYPTO_SIGN_SEEDBYTES !== strlen( $seed ) ) {
			throw new \InvalidArgumentException( 'Ed25519 seed must be 32 bytes.' );
		}
		return self::split( sodium_crypto_sign_seed_keypair( $seed ) );
	}

	/**
	 * 16 random bytes, hex.
	 */
	public function new_nonce(): string {
		return bin2hex( random_bytes( 16 ) );
	}

	/**
	 * The four X-Retainer-* headers for one request.
	 *
	 * @return array<string, string>
	 */
	public function request_headers( string $site_id, string $method, string $path, string $body, string $secret_key, int $timestamp, ?string $nonce = null ): array {
		$nonce     = $nonce ?? $this->new_nonce();
		$ts        = (string) $timestamp;
		$signature = $this->sign( $this->canonical( $method, $path, $ts, $nonce, $body ), $secret_key );
		return array(
			self::HEADER_SITE      => $site_id,
			self::HEADER_TIMESTAMP => $ts,
			self::HEADER_NONCE     => $nonce,
			self::HEADER_SIGNATURE => $signature,
		);
	}

	/**
	 * Strict standard-base64 decoding; null when the input is not base64.
	 */
	public static function decode_base64( string $value ): ?string {
		$decoded = base64_decode( $value, true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- the protocol's wire format.
		return false === $decoded ? null : $decoded;
	}

	/**
	 * Decodes a base64 Ed25519 public key; null unless it is exactly 32 bytes.
	 */
	public static function decode_public_key( string $value ): ?string {
		$raw = self::decode_base64( $value );
		return ( null !== $raw && SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES === strlen( $raw ) ) ? $raw : null;
	}

	/**
	 * The request-target (path plus query) of a URL, as signed.
	 */
	public static function request_target( string $url ): string {
		$parts = parse_url( $url ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- no WordPress here (plain-PHP tests load this class).
		$path  = isset( $parts['path'] ) && '' !== $parts['path'] ? $parts['path'] : '/';
		return isset( $parts['query'] ) && '' !== $parts['query'] ? $path . '?' . $parts['query'] : $path;
	}

	/**
	 * @return array{public_key: string, secret_key: string}
	 */
	private static function split( string $keypair ): array {
		return array(
			'public_key' => sodium_crypto_sign_publickey( $keypair ),
			'secret_key' => sodium_crypto_sign_secretkey( $keypair ),
		);
	}
}
