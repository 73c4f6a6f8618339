<?php
/**
 * Commands received from the hub and their results ({prefix}retainer_commands): the basis of
 * at-most-once execution. A command_id is claimed atomically (INSERT IGNORE / conditional UPDATE)
 * before it runs, so two deliveries of the same command (signed POST and a report's answer, or a
 * retry) never both execute it. The newest KEEP finished commands are remembered.
 *
 * Status: received (came with a report's answer, not run yet) -> running -> done;
 *         resend (done, but the hub asked again: its result must be posted again).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

use Retainer\Agent\Storage\Tables;
use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type CommandRow array{command_id: string, type: string, source: string, status: string, command: array<string, mixed>, result: array<string, mixed>|null, received_at: int, finished_at: int|null}
 */
final class CommandLog {

	public const KEEP = 200;

	public const STATUS_RECEIVED = 'received';
	public const STATUS_RUNNING  = 'running';
	public const STATUS_DONE     = 'done';
	public const STATUS_RESEND   = 'resend';

	public const SOURCE_SIGNED = 'signed';
	public const SOURCE_REPORT = 'report';

	/** A command still "running" after this long was interrupted (PHP died): it is finished as failed. */
	public const STALE_RUNNING_S = 900;

	private \wpdb $wpdb;
	private Tables $tables;
	private Clock $clock;

	public function __construct( \wpdb $wpdb, Tables $tables, Clock $clock ) {
		$this->wpdb   = $wpdb;
		$this->tables = $tables;
		$this->clock  = $clock;
	}

	/**
	 * @return CommandRow|null
	 */
	public function get( string $command_id ): ?array {
		$table = $this->tables->commands();
		$row   = $this->wpdb->get_row(
			$this->wpdb->prepare( "SELECT * FROM {$table} WHERE command_id = %s", $command_id ), // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			ARRAY_A
		);
		return is_array( $row ) ? self::map( $row ) : null;
	}

	/**
	 * Claims a command for execution: true when this process may run it now.
	 *
	 * @param array<string, mixed> $command A valid Command.
	 */
	public function claim( array $command, string $source ): bool {
		$table = $this->tables->commands();
		$now   = $this->clock->now();
		$json  = (string) wp_json_encode( $command, JSON_UNESCAPED_SLASHES );
		$ins   = $this->wpdb->query(
			$this->wpdb->prepare(
				"INSERT IGNORE INTO {$table} (command_id, type, source, status, command, received_at) VALUES (%s, %s, %s, %s, %s, %d)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				(string) $command['command_id'],
				substr( (string) $command['type'], 0, 64 ),
				$source,
				self::STATUS_RUNNING,
				$json,
				$now
			)
		);
		if ( 1 === $ins ) {
			return true;
		}
		return $this->claim_received( (string) $command['command_id'] );
	}

	/**
	 * Moves one "received" command to "running"; true when this process won it.
	 */
	public function claim_received( string $command_id ): bool {
		$table = $this->tables->commands();
		$upd   = $this->wpdb->query(
			$this->wpdb->prepare(
				"UPDATE {$table} SET status = %s, received_at = %d WHERE command_id = %s AND status = %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				self::STATUS_RUNNING,
				$this->clock->now(),
				$command_id,
				self::STATUS_RECEIVED
			)
		);
		return 1 === $upd;
	}

	/**
	 * Stores commands that came with a report's answer. New ones wait as "received"; finished ones are
	 * marked "resend" (the hub did not get their result). Returns how many need work.
	 *
	 * @param list<array<string, mixed>> $commands Valid Commands.
	 */
	public function receive( array $commands ): int {
		$table = $this->tables->commands();
		$work  = 0;
		foreach ( $commands as $command ) {
			$id  = (string) $command['command_id'];
			$ins = $this->wpdb->query(
				$this->wpdb->prepare(
					"INSERT IGNORE INTO {$table} (command_id, type, source, status, command, received_at) VALUES (%s, %s, %s, %s, %s, %d)", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
					$id,
					substr( (string) $command['type'], 0, 64 ),
					self::SOURCE_REPORT,
					self::STATUS_RECEIVED,
					(string) wp_json_encode( $command, JSON_UNESCAPED_SLASHES ),
					$this->clock->now()
				)
			);
			if ( 1 === $ins ) {
				++$work;
				continue;
			}
			$upd = $this->wpdb->query(
				$this->wpdb->prepare(
					"UPDATE {$table} SET status = %s WHERE command_id = %s AND status = %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
					self::STATUS_RESEND,
					$id,
					self::STATUS_DONE
				)
			);
			$work += 1 === $upd ? 1 : 0;
		}
		return $work;
	}

	/**
	 * Oldest commands waiting for work (received or resend).
	 *
	 * @return list<CommandRow>
	 */
	public function waiting( int $limit ): array {
		$table = $this->tables->commands();
		$rows  = $this->wpdb->get_results(
			$this->wpdb->prepare(
				"SELECT * FROM {$table} WHERE status IN (%s, %s) ORDER BY received_at ASC, command_id ASC LIMIT %d", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				self::STATUS_RECEIVED,
				self::STATUS_RESEND,
				$limit
			),
			ARRAY_A
		);
		return array_map( array( self::class, 'map' ), is_array( $rows ) ? $rows : array() );
	}

	/**
	 * Marks a "resend" command done again (its stored result was queued); true when this process did.
	 */
	public function claim_resend( string $command_id ): bool {
		$table = $this->tables->commands();
		return 1 === $this->wpdb->query(
			$this->wpdb->prepare(
				"UPDATE {$table} SET status = %s WHERE command_id = %s AND status = %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				self::STATUS_DONE,
				$command_id,
				self::STATUS_RESEND
			)
		);
	}

	/**
	 * Stores the result of a finished command and forgets the oldest beyond KEEP.
	 *
	 * @param array<string, mixed> $result CommandResult.
	 */
	public function finish( string $command_id, array $result ): void {
		$table = $this->tables->commands();
		$this->wpdb->query(
			$this->wpdb->prepare(
				"UPDATE {$table} SET status = %s, result = %s, finished_at = %d WHERE command_id = %s", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				self::STATUS_DONE,
				(string) wp_json_encode( $result, JSON_UNESCAPED_SLASHES ),
				$this->clock->now(),
				$command_id
			)
		);
		$this->prune();
	}

	/**
	 * True when the row has been "running" for longer than STALE_RUNNING_S.
	 *
	 * @param CommandRow $row
	 */
	public function is_stale( array $row ): bool {
		return self::STATUS_RUNNING === $row['status'] && $row['received_at'] < $this->clock->now() - self::STALE_RUNNING_S;
	}

	public function clear(): void {
		$table = $this->tables->commands();
		$this->wpdb->query( "DELETE FROM {$table}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name, no input.
	}

	private function prune(): void {
		$table  = $this->tables->commands();
		$cutoff = $this->wpdb->get_var(
			$this->wpdb->prepare(
				"SELECT finished_at FROM {$table} WHERE status = %s ORDER BY finished_at DESC, command_id DESC LIMIT 1 OFFSET %d", // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
				self::STATUS_DONE,
				self::KEEP
			)
		);
		if ( null !== $cutoff ) {
			$this->wpdb->query(
				$this->wpdb->prepare( "DELETE FROM {$table} WHERE status = %s AND finished_at < %d", self::STATUS_DONE, (int) $cutoff ) // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name.
			);
		}
	}

	/**
	 * @param array<string, mixed> $row
	 * @return CommandRow
	 */
	private static function map( array $row ): array {
		$command = json_decode( (string) $row['command'], true );
		$result  = null === $row['result'] ? null : json_decode( (string) $row['result'], true );
		return array(
			'command_id'  => (string) $row['command_id'],
			'type'        => (string) $row['type'],
			'source'      => (string) $row['source'],
			'status'      => (string) $row['status'],
			'command'     => is_array( $command ) ? $command : array(),
			'result'      => is_array( $result ) ? $result : null,
			'received_at' => (int) $row['received_at'],
			'finished_at' => null === $row['finished_at'] ? null : (int) $row['finished_at'],
		);
	}
}
