<?php
/**
 * A short, bounded event log kept in a non-autoloaded option (shown on the status route), also sent
 * to PHP's error log when WP_DEBUG is on. Failed deliveries must be loud, not silent.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Support;

defined( 'ABSPATH' ) || exit;

final class Logger {

	public const OPTION = 'retainer_agent_log';
	private const KEEP  = 50;

	private Clock $clock;

	public function __construct( Clock $clock ) {
		$this->clock = $clock;
	}

	/**
	 * Records one event.
	 *
	 * @param string $event   Short machine-readable name, e.g. outbox_trimmed.
	 * @param string $message Human-readable detail (not translated: it is a log).
	 */
	public function log( string $event, string $message ): void {
		$entries = get_option( self::OPTION, array() );
		if ( ! is_array( $entries ) ) {
			$entries = array();
		}
		$entries[] = array(
			'at'      => $this->clock->now(),
			'event'   => $event,
			'message' => $message,
		);
		if ( count( $entries ) > self::KEEP ) {
			$entries = array_slice( $entries, -self::KEEP );
		}
		update_option( self::OPTION, $entries, false );

		if ( defined( 'WP_DEBUG' ) && WP_DEBUG ) {
			error_log( sprintf( '[retainer-agent] %s: %s', $event, $message ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log
		}
	}

	/**
	 * Newest entries first.
	 *
	 * @return list<array{at: int, event: string, message: string}>
	 */
	public function recent( int $limit = 10 ): array {
		$entries = get_option( self::OPTION, array() );
		if ( ! is_array( $entries ) ) {
			return array();
		}
		return array_values( array_slice( array_reverse( $entries ), 0, $limit ) );
	}
}
