<?php
/**
 * A mutex held in one row of the options table, for work that must not run twice at once on a site
 * (flushing the outbox, an update run). The row is taken with INSERT IGNORE, which is atomic in the
 * database (add_option() is not: it upserts), and holds "<expiry>:<random>". A lock whose holder died
 * expires after its TTL and is broken by deleting the exact value seen, so two breakers cannot both win.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Support;

defined( 'ABSPATH' ) || exit;

class OptionLock {

	private \wpdb $wpdb;
	private Clock $clock;
	private string $option;
	/** Value of the lock this process holds, '' when none. */
	private string $held = '';

	public function __construct( \wpdb $wpdb, Clock $clock, string $option ) {
		$this->wpdb   = $wpdb;
		$this->clock  = $clock;
		$this->option = $option;
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
			$this->wpdb->prepare( "SELECT option_value FROM {$this->wpdb->options} WHERE option_name = %s", $this->option )
		);
		if ( is_string( $current ) && (int) strtok( $current, ':' ) < $this->clock->now() ) {
			$this->wpdb->query(
				$this->wpdb->prepare( "DELETE FROM {$this->wpdb->options} WHERE option_name = %s AND option_value = %s", $this->option, $current )
			);
			if ( $this->insert( $value ) ) {
				$this->held = $value;
				return true;
			}
		}
		return false;
	}

	/**
	 * Pushes the expiry forward (long work keeps its lock while it makes progress).
	 */
	public function extend( int $ttl ): void {
		if ( '' === $this->held ) {
			return;
		}
		$value = ( $this->clock->now() + $ttl ) . ':' . substr( $this->held, strpos( $this->held, ':' ) + 1 );
		$this->wpdb->query(
			$this->wpdb->prepare( "UPDATE {$this->wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", $value, $this->option, $this->held )
		);
		$this->held = $value;
	}

	public function release(): void {
		if ( '' === $this->held ) {
			return;
		}
		$this->wpdb->query(
			$this->wpdb->prepare( "DELETE FROM {$this->wpdb->options} WHERE option_name = %s AND option_value = %s", $this->option, $this->held )
		);
		$this->held = '';
		wp_cache_delete( $this->option, 'options' );
	}

	private function insert( string $value ): bool {
		return 1 === $this->wpdb->query(
			$this->wpdb->prepare(
				"INSERT IGNORE INTO {$this->wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, %s)",
				$this->option,
				$value,
				'off'
			)
		);
	}
}
