<?php
/**
 * Loopback health probe: the home page and wp-admin/ fetched as a logged-out visitor would fetch
 * them (no cookies), with the status code, whether the body carries a PHP fatal / "critical error"
 * marker, and how long it took. A site is healthy when every URL answered below 500 without a marker
 * (wp-admin/ answers a logged-out visitor with a redirect to the login page: that is healthy).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type Probe array{url: string, status: int|null, ms: int, fatal_marker: bool, error?: string}
 */
final class HealthProbe {

	private const TIMEOUT_S = 20;

	/** What WordPress's fatal error handler and PHP print when a page dies. */
	private const FATAL_MARKERS = array(
		'There has been a critical error on this website',
		'There has been a critical error on your website',
		'Fatal error</b>:',
		'PHP Fatal error',
		'Fatal error: ',
		'Parse error</b>:',
	);

	/**
	 * Probes the home page and wp-admin/ now.
	 *
	 * @return list<Probe>
	 */
	public function probe(): array {
		return array(
			$this->fetch( home_url( '/' ) ),
			$this->fetch( admin_url( '/' ) ),
		);
	}

	/**
	 * @param list<Probe> $probes
	 */
	public static function is_healthy( array $probes ): bool {
		foreach ( $probes as $probe ) {
			if ( null === $probe['status'] || $probe['status'] >= 500 || $probe['fatal_marker'] ) {
				return false;
			}
		}
		return array() !== $probes;
	}

	/**
	 * One line of evidence, e.g. "home 500 with a fatal-error marker (120 ms); wp-admin/ 302 (80 ms)".
	 *
	 * @param list<Probe> $probes
	 */
	public static function describe( array $probes ): string {
		$parts = array();
		foreach ( $probes as $probe ) {
			$what = false !== strpos( $probe['url'], '/wp-admin' ) ? 'wp-admin/' : 'home';
			if ( null === $probe['status'] ) {
				$parts[] = sprintf( '%s: no answer (%s)', $what, $probe['error'] ?? 'request failed' );
				continue;
			}
			$parts[] = sprintf( '%s %d%s (%d ms)', $what, $probe['status'], $probe['fatal_marker'] ? ' with a fatal-error marker' : '', $probe['ms'] );
		}
		return implode( '; ', $parts );
	}

	/**
	 * @return Probe
	 */
	private function fetch( string $url ): array {
		// A unique query argument so that no page cache answers for the site.
		$target  = add_query_arg( 'retainer_probe', wp_generate_password( 12, false ), $url );
		$started = microtime( true );
		$res     = wp_remote_get(
			$target,
			array(
				'timeout'     => self::TIMEOUT_S,
				'redirection' => 0,
				'cookies'     => array(),
				'headers'     => array( 'Cache-Control' => 'no-cache' ),
				// Same rule as WordPress's own loopback checks (Site Health, fatal-error detection).
				'sslverify'   => (bool) apply_filters( 'https_local_ssl_verify', false ), // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- core filter.
			)
		);
		$ms    = (int) round( ( microtime( true ) - $started ) * 1000 );
		$probe = array(
			'url'          => $url,
			'status'       => null,
			'ms'           => max( 0, $ms ),
			'fatal_marker' => false,
		);
		if ( is_wp_error( $res ) ) {
			$probe['error'] = substr( $res->get_error_message(), 0, 500 );
			return $probe;
		}
		$status = (int) wp_remote_retrieve_response_code( $res );
		if ( $status < 100 || $status > 599 ) {
			$probe['error'] = 'The answer had no valid HTTP status.';
			return $probe;
		}
		$probe['status']       = $status;
		$probe['fatal_marker'] = self::has_fatal_marker( (string) wp_remote_retrieve_body( $res ) );
		return $probe;
	}

	private static function has_fatal_marker( string $body ): bool {
		foreach ( self::FATAL_MARKERS as $marker ) {
			if ( false !== stripos( $body, $marker ) ) {
				return true;
			}
		}
		return false;
	}
}
