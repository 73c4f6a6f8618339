<?php
/**
 * Nonces of signed hub requests, each accepted once ({prefix}retainer_nonces). The insert is the
 * check: INSERT IGNORE on the primary key is atomic, so two concurrent replays cannot both pass.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Storage\Tables;
use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class NonceStore {

	/**
	 * Remember a nonce this long after the later of its timestamp and now: longer than the
	 * signature window on both sides, so a replay is refused for as long as it could be accepted.
	 */
	public const TTL_S = 600;

	private \wpdb $wpdb;
	private Tables $tables;
	private Clock $clock;

	public function __construct( \wpdb $wpdb, Tables $tables, Clock $clock ) {
		$this->wpdb   = $wpdb;
		$this->tables = $tables;
		$this->clock  = $clock;
	}

	/**
	 * True the first time a nonce is seen, false on every later use.
	 */
	public function use_once( string $nonce, int $timestamp ): bool {
		$table = $this->tables->nonces();
		$now   = $this->clock->now();
		$this->wpdb->query( $this->wpdb->prepare( "DELETE FROM {$table} WHERE expires_at < %d", $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
		$inserted = $this->wpdb->query(
			$this->wpdb->prepare(
				"INSERT IGNORE INTO {$table} (nonce, expires_at) VALUES (%s, %d)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				$nonce,
				max( $now, $timestamp ) + self::TTL_S
			)
		);
		return 1 === $inserted;
	}

	public function clear(): void {
		$table = $this->tables->nonces();
		$this->wpdb->query( "DELETE FROM {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name, no input.
	}
}
