<?php
/**
 * Checks the hub address an admin typed: https, or plain http only for a hub on this machine.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

defined( 'ABSPATH' ) || exit;

final class HubUrl {

	/**
	 * The normalised URL (no trailing slash, no query) and whether it is plain http on loopback,
	 * or a WP_Error (VALIDATION_FAILED, INSECURE_HUB_URL) with a translated message.
	 *
	 * @return array{url: string, insecure: bool}|\WP_Error
	 */
	public static function parse( string $input ) {
		$input = trim( $input );
		$parts = wp_parse_url( $input );
		if ( '' === $input || ! is_array( $parts ) || empty( $parts['scheme'] ) || empty( $parts['host'] ) ) {
			return new \WP_Error( 'VALIDATION_FAILED', __( 'Enter the full address of your Retainer hub, for example https://hub.example.com.', 'retainer-agent' ), array( 'status' => 400 ) );
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( ! in_array( $scheme, array( 'http', 'https' ), true ) || isset( $parts['user'] ) || isset( $parts['pass'] ) || isset( $parts['query'] ) || isset( $parts['fragment'] ) ) {
			return new \WP_Error( 'VALIDATION_FAILED', __( 'The hub address must be a plain https:// address, without user name, query or fragment.', 'retainer-agent' ), array( 'status' => 400 ) );
		}
		$host     = strtolower( $parts['host'] );
		$loopback = self::is_loopback( $host );
		if ( 'http' === $scheme && ! $loopback ) {
			return new \WP_Error( 'INSECURE_HUB_URL', __( 'The hub address must start with https://. Plain http:// is only accepted for a hub running on this same machine (localhost).', 'retainer-agent' ), array( 'status' => 400 ) );
		}
		$url = $scheme . '://' . $host . ( isset( $parts['port'] ) ? ':' . (int) $parts['port'] : '' ) . rtrim( $parts['path'] ?? '', '/' );
		return array(
			'url'      => $url,
			'insecure' => 'http' === $scheme,
		);
	}

	/**
	 * localhost, 127.0.0.0/8 or ::1.
	 */
	public static function is_loopback( string $host ): bool {
		$host = trim( strtolower( $host ), '[]' );
		if ( 'localhost' === $host || '::1' === $host || '0:0:0:0:0:0:0:1' === $host ) {
			return true;
		}
		return (bool) filter_var( $host, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4 ) && 0 === strpos( $host, '127.' );
	}
}
