<?php
/**
 * Messages waiting for the hub, in their own table ({prefix}retainer_outbox). Every report, every
 * result of a command that came with a report's answer and every update event goes through here,
 * so a hub outage loses nothing: rows are deleted only after the hub acknowledged them.
 *
 * Row status: pending (will be sent) or dead (the hub refused it for good; kept visible, not retried).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Storage\Tables;
use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;
use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type OutboxRow array{id: int, report_id: string, kind: string, payload: string, created_at: int, attempts: int, next_attempt_at: int, last_error: string|null, status: string}
 */
final class Outbox {

	public const KIND_REPORT         = 'report';
	public const KIND_COMMAND_RESULT = 'command_result';
	/** One update event ({"events": [UpdateEvent]}), keyed by its event_id. */
	public const KIND_UPDATE_EVENTS = 'update_events';

	public const UPDATE_EVENTS_PATH = '/agent/v1/update-events';

	public const STATUS_PENDING = 'pending';
	public const STATUS_DEAD    = 'dead';

	/** A permanently offline hub must not fill the database: beyond this the oldest rows are dropped. */
	public const MAX_ROWS = 500;

	public const BACKOFF_BASE_S = 60;
	public const BACKOFF_MAX_S  = 21600;

	private \wpdb $wpdb;
	private Tables $tables;
	private Clock $clock;
	private Logger $logger;

	public function __construct( \wpdb $wpdb, Tables $tables, Clock $clock, Logger $logger ) {
		$this->wpdb   = $wpdb;
		$this->tables = $tables;
		$this->clock  = $clock;
		$this->logger = $logger;
	}

	/**
	 * Queues one message; returns its row id (0 when the insert failed).
	 *
	 * @param string $kind       self::KIND_*.
	 * @param string $message_id report_id (or command_id for a command result).
	 * @param string $payload    The exact JSON to send.
	 */
	public function enqueue( string $kind, string $message_id, string $payload ): int {
		$now = Time::mysql( $this->clock->now() );
		$ok  = $this->wpdb->insert(
			$this->tables->outbox(),
			array(
				'report_id'       => $message_id,
				'kind'            => $kind,
				'payload'         => $payload,
				'created_at'      => $now,
				'attempts'        => 0,
				'next_attempt_at' => $now,
				'status'          => self::STATUS_PENDING,
			),
			array( '%s', '%s', '%s', '%s', '%d', '%s', '%s' )
		);
		if ( false === $ok ) {
			$this->logger->log( 'outbox_insert_failed', sprintf( 'Could not queue %s %s: %s', $kind, $message_id, $this->wpdb->last_error ) );
			return 0;
		}
		$id = (int) $this->wpdb->insert_id;
		$this->trim();
		return $id;
	}

	/**
	 * The oldest pending row (the one a flush must send first), or null.
	 *
	 * @return OutboxRow|null
	 */
	public function head(): ?array {
		$table = $this->tables->outbox();
		$row   = $this->wpdb->get_row(
			$this->wpdb->prepare( "SELECT * FROM {$table} WHERE status = %s ORDER BY id ASC LIMIT 1", self::STATUS_PENDING ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			ARRAY_A
		);
		return is_array( $row ) ? self::map( $row ) : null;
	}

	/**
	 * Rows, oldest first (for the status page and tests).
	 *
	 * @return list<OutboxRow>
	 */
	public function rows( int $limit = 100 ): array {
		$table = $this->tables->outbox();
		$rows  = $this->wpdb->get_results(
			$this->wpdb->prepare( "SELECT * FROM {$table} ORDER BY id ASC LIMIT %d", $limit ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			ARRAY_A
		);
		return array_map( array( self::class, 'map' ), is_array( $rows ) ? $rows : array() );
	}

	/**
	 * The hub acknowledged the row: it is gone for good (and never sent twice).
	 */
	public function acknowledge( int $id ): void {
		$this->wpdb->delete( $this->tables->outbox(), array( 'id' => $id ), array( '%d' ) );
	}

	/**
	 * A retryable failure: count the attempt and wait min(60 s * 2^previous attempts, 6 h).
	 *
	 * @param OutboxRow $row
	 * @return int The next attempt time (unix).
	 */
	public function defer( array $row, string $error ): int {
		$next = $this->clock->now() + self::backoff_seconds( $row['attempts'] );
		$this->wpdb->update(
			$this->tables->outbox(),
			array(
				'attempts'        => $row['attempts'] + 1,
				'next_attempt_at' => Time::mysql( $next ),
				'last_error'      => substr( $error, 0, 1000 ),
			),
			array( 'id' => $row['id'] ),
			array( '%d', '%s', '%s' ),
			array( '%d' )
		);
		return $next;
	}

	/**
	 * The hub refused the row for good: keep it visible, never retry it.
	 *
	 * @param OutboxRow $row
	 */
	public function bury( array $row, string $error ): void {
		$this->wpdb->update(
			$this->tables->outbox(),
			array(
				'attempts'   => $row['attempts'] + 1,
				'status'     => self::STATUS_DEAD,
				'last_error' => substr( $error, 0, 1000 ),
			),
			array( 'id' => $row['id'] ),
			array( '%d', '%s', '%s' ),
			array( '%d' )
		);
	}

	/**
	 * True when a pending row for this message exists.
	 */
	public function has_pending( string $kind, string $message_id ): bool {
		$table = $this->tables->outbox();
		return (bool) $this->wpdb->get_var(
			$this->wpdb->prepare( "SELECT 1 FROM {$table} WHERE kind = %s AND report_id = %s AND status = %s LIMIT 1", $kind, $message_id, self::STATUS_PENDING ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
		);
	}

	/**
	 * @return array{pending: int, dead: int, next_attempt_at: int|null, last_error: string|null}
	 */
	public function summary(): array {
		$table  = $this->tables->outbox();
		$counts = $this->wpdb->get_results( "SELECT status, COUNT(*) AS n FROM {$table} GROUP BY status", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name, no input.
		$by     = array();
		foreach ( is_array( $counts ) ? $counts : array() as $c ) {
			$by[ (string) $c['status'] ] = (int) $c['n'];
		}
		$head = $this->head();
		return array(
			'pending'         => $by[ self::STATUS_PENDING ] ?? 0,
			'dead'            => $by[ self::STATUS_DEAD ] ?? 0,
			'next_attempt_at' => $head ? $head['next_attempt_at'] : null,
			'last_error'      => $head ? $head['last_error'] : null,
		);
	}

	/**
	 * Empties the outbox (on disconnect: nothing queued for a hub we left may go to the next one).
	 */
	public function clear(): void {
		$table = $this->tables->outbox();
		$this->wpdb->query( "DELETE FROM {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name, no input.
	}

	/**
	 * Seconds to wait after a failure, given the attempts made before it.
	 */
	public static function backoff_seconds( int $previous_attempts ): int {
		$exp = min( max( 0, $previous_attempts ), 20 );
		return (int) min( self::BACKOFF_BASE_S * ( 2 ** $exp ), self::BACKOFF_MAX_S );
	}

	/**
	 * Keeps at most MAX_ROWS rows by dropping the oldest, and says so in the log.
	 */
	private function trim(): void {
		$table = $this->tables->outbox();
		$count = (int) $this->wpdb->get_var( "SELECT COUNT(*) FROM {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name, no input.
		$over  = $count - self::MAX_ROWS;
		if ( $over <= 0 ) {
			return;
		}
		$ids = $this->wpdb->get_col(
			$this->wpdb->prepare( "SELECT id FROM {$table} ORDER BY id ASC LIMIT %d", $over ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
		);
		$ids = array_map( 'intval', is_array( $ids ) ? $ids : array() );
		if ( ! $ids ) {
			return;
		}
		$placeholders = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
		$this->wpdb->query(
			$this->wpdb->prepare( "DELETE FROM {$table} WHERE id IN ({$placeholders})", $ids ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared,WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare -- table name and generated placeholders.
		);
		$this->logger->log(
			'outbox_trimmed',
			sprintf( 'The outbox holds more than %d messages (the hub has not accepted any for a long time): dropped the %d oldest.', self::MAX_ROWS, count( $ids ) )
		);
	}

	/**
	 * @param array<string, mixed> $row
	 * @return OutboxRow
	 */
	private static function map( array $row ): array {
		return array(
			'id'              => (int) $row['id'],
			'report_id'       => (string) $row['report_id'],
			'kind'            => (string) $row['kind'],
			'payload'         => (string) $row['payload'],
			'created_at'      => (int) Time::from_mysql( (string) $row['created_at'] ),
			'attempts'        => (int) $row['attempts'],
			'next_attempt_at' => (int) Time::from_mysql( (string) $row['next_attempt_at'] ),
			'last_error'      => null === $row['last_error'] ? null : (string) $row['last_error'],
			'status'          => (string) $row['status'],
		);
	}
}
