<?php
/**
 * One update run at a time per site: a row in the options table inserted atomically (INSERT IGNORE),
 * holding "<expiry>:<random>". A lock whose holder died (PHP killed mid-update) expires after its TTL
 * and is broken by comparing the exact value seen, so two breakers cannot both win.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class UpdateLock {

	public const OPTION = 'retainer_agent_update_lock';

	private \wpdb $wpdb;
	private Clock $clock;
	private string $held = '';

	public function __construct( \wpdb $wpdb, Clock $clock ) {
		$this->wpdb  = $wpdb;
		$this->clock = $clock;
	}

	public function acquire( int $ttl ): bool {
		if ( '' !== $this->held ) {
			return false;
		}
		$value = ( $this->clock->now() + $ttl ) . ':' . bin2hex( random_bytes( 8 ) );
		if ( $this->insert( $value ) ) {
			$this->held = $value;
			return true;
		}
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

	/**
	 * Pushes the expiry forward (a long run keeps its lock while it makes progress).
	 */
	public function extend( int $ttl ): void {
		if ( '' === $this->held ) {
			return;
		}
		$value = ( $this->clock->now() + $ttl ) . ':' . substr( $this->held, strpos( $this->held, ':' ) + 1 );
		$this->wpdb->query(
			$this->wpdb->prepare( "UPDATE {$this->wpdb->options} SET option_value = %s WHERE option_name = %s AND option_value = %s", $value, self::OPTION, $this->held )
		);
		$this->held = $value;
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
		return 1 === $this->wpdb->query(
			$this->wpdb->prepare(
				"INSERT IGNORE INTO {$this->wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, %s)",
				self::OPTION,
				$value,
				'off'
			)
		);
	}
}
