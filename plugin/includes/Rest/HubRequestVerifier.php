<?php
/**
 * Verifies a signed hub -> agent request: our site id, a timestamp within ±300 s, an Ed25519
 * signature (hub's stored key) over RETAINER-V1 / method / request URI / timestamp / nonce / sha256
 * of the raw body, and a nonce never seen before. Messages go to the hub, not to this site's
 * admin, so they are not translated.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Rest;

use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Hub\NonceStore;
use Retainer\Agent\Hub\Signer;
use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class HubRequestVerifier {

	private Connection $connection;
	private Signer $signer;
	private NonceStore $nonces;
	private Clock $clock;

	public function __construct( Connection $connection, Signer $signer, NonceStore $nonces, Clock $clock ) {
		$this->connection = $connection;
		$this->signer     = $signer;
		$this->nonces     = $nonces;
		$this->clock      = $clock;
	}

	/**
	 * @param string $request_target Path plus query exactly as requested (REQUEST_URI).
	 * @return true|\WP_Error
	 */
	public function verify( \WP_REST_Request $request, string $request_target ) {
		$connection = $this->connection->get();
		$hub_key    = $this->connection->hub_public_key();
		if ( null === $connection || null === $hub_key ) {
			return self::error( 'NOT_CONNECTED', 'This site is not connected to a hub.', 409 );
		}

		$site      = (string) $request->get_header( Signer::HEADER_SITE );
		$timestamp = (string) $request->get_header( Signer::HEADER_TIMESTAMP );
		$nonce     = (string) $request->get_header( Signer::HEADER_NONCE );
		$signature = (string) $request->get_header( Signer::HEADER_SIGNATURE );
		if ( '' === $site || '' === $timestamp || '' === $nonce || '' === $signature ) {
			return self::error( 'SIGNATURE_MISSING', 'The X-Retainer-Site, -Timestamp, -Nonce and -Signature headers are required.', 401 );
		}
		if ( ! hash_equals( $connection['site_id'], strtolower( $site ) ) ) {
			return self::error( 'SITE_MISMATCH', 'The request is addressed to another site.', 401 );
		}
		if ( ! preg_match( Signer::TIMESTAMP_PATTERN, $timestamp ) || abs( $this->clock->now() - (int) $timestamp ) > Signer::WINDOW_S ) {
			return self::error( 'TIMESTAMP_OUT_OF_WINDOW', sprintf( 'The timestamp is more than %d seconds away from this site\'s clock.', Signer::WINDOW_S ), 401 );
		}
		if ( ! preg_match( Signer::NONCE_PATTERN, $nonce ) ) {
			return self::error( 'SIGNATURE_INVALID', 'The nonce must be 16 to 64 random bytes in lowercase hex.', 401 );
		}
		$canonical = $this->signer->canonical( $request->get_method(), $request_target, $timestamp, $nonce, (string) $request->get_body() );
		if ( ! $this->signer->verify( $canonical, $signature, $hub_key ) ) {
			return self::error( 'SIGNATURE_INVALID', 'The signature does not verify with the hub key this site holds.', 401 );
		}
		// Only a verified request may spend a nonce, so nobody can burn the hub's nonces for it.
		if ( ! $this->nonces->use_once( $nonce, (int) $timestamp ) ) {
			return self::error( 'NONCE_REPLAYED', 'This nonce was used before.', 401 );
		}
		return true;
	}

	private static function error( string $code, string $message, int $status ): \WP_Error {
		return new \WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
