<?php
/**
 * A mutex so that two requests (cron, an admin click, a hub command) never flush the outbox at the
 * same time. It is a row in the options table taken with INSERT IGNORE, which is atomic in the
 * database (add_option() is not: it upserts). A lock older than its expiry is broken, so a crashed
 * flush cannot block delivery for long.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class FlushLock {

	public const OPTION = 'retainer_agent_flush_lock';

	private \wpdb $wpdb;
	private Clock $clock;
	/** Value of the lock this process holds, '' when none. */
	private string $held = '';

	public function __construct( \wpdb $wpdb, Clock $clock ) {
		$this->wpdb  = $wpdb;
		$this->clock = $clock;
	}

	/**
	 * Takes the lock for $ttl seconds; false when another process holds a live one.
	 */
	public function acquire( int $ttl ): bool {
		if ( '' !== $this->held ) {
			return false;
		}
		$value = ( $this->clock->now() + $ttl ) . ':' . bin2hex( random_bytes( 8 ) );
		if ( $this->insert( $value ) ) {
			$this->held = $value;
			return true;
		}
		// Someone holds it: break it only if it expired, comparing the exact value we saw (no ABA).
		$current = $this->wpdb->get_var(
			$this->wpdb->prepare( "SELECT option_value FROM {$this->wpdb->options} WHERE option_name = %s", self::OPTION )
		);
		if ( is_string( $current ) && (int) strtok( $current, ':' ) < $this->clock->now() ) {
			$this->wpdb->query(
				$this->wpdb->prepare( "DELETE FROM {$this->wpdb->options} WHERE option_name = %s AND option_value = %s", self::OPTION, $current )
			);
			if ( $this->insert( $value ) ) {
				$this->held = $value;
				return true;
			}
		}
		return false;
	}

	public function release(): void {
		if ( '' === $this->held ) {
			return;
		}
		$this->wpdb->query(
			$this->wpdb->prepare( "DELETE FROM {$this->wpdb->options} WHERE option_name = %s AND option_value = %s", self::OPTION, $this->held )
		);
		$this->held = '';
		wp_cache_delete( self::OPTION, 'options' );
	}

	private function insert( string $value ): bool {
		$inserted = $this->wpdb->query(
			$this->wpdb->prepare(
				"INSERT IGNORE INTO {$this->wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, %s)",
				self::OPTION,
				$value,
				'off'
			)
		);
		return 1 === $inserted;
	}
}
