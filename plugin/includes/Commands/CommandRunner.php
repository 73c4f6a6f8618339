<?php
/**
 * Runs hub commands at most once each, from either path:
 * - run_signed(): a signed POST to our commands endpoint; the result goes back in the HTTP answer.
 * - run_waiting(): commands that came with a report's answer; results are queued in the outbox and
 *   POSTed (signed) to {hub}/agent/v1/command-results.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Hub\Outbox;
use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;
use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type Outcome array{http_status: int, result: array<string, mixed>|null, error: array{code: string, message: string}|null}
 */
final class CommandRunner {

	private const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/';
	private const FIELDS = array( 'command_id', 'site_id', 'type', 'args', 'issued_at', 'expires_at' );

	private CommandRegistry $registry;
	private CommandLog $log;
	private Outbox $outbox;
	private Connection $connection;
	private Clock $clock;
	private Logger $logger;
	private bool $result_queued = false;

	public function __construct( CommandRegistry $registry, CommandLog $log, Outbox $outbox, Connection $connection, Clock $clock, Logger $logger ) {
		$this->registry   = $registry;
		$this->log        = $log;
		$this->outbox     = $outbox;
		$this->connection = $connection;
		$this->clock      = $clock;
		$this->logger     = $logger;
	}

	/**
	 * A command from the signed endpoint (the signature was verified by the caller).
	 *
	 * @param mixed $command Decoded JSON body.
	 * @return Outcome
	 */
	public function run_signed( $command ): array {
		$problem = self::validate( $command );
		if ( null !== $problem ) {
			return self::refuse( 400, 'VALIDATION_FAILED', $problem );
		}
		/** @var array<string, mixed> $command */
		if ( $command['site_id'] !== $this->connection->site_id() ) {
			return self::refuse( 401, 'SITE_MISMATCH', 'The command is addressed to another site.' );
		}
		$id = (string) $command['command_id'];

		$known = $this->repeat_outcome( $id );
		if ( null !== $known ) {
			return $known;
		}
		if ( $this->is_expired( $command ) ) {
			return self::refuse( 410, 'COMMAND_EXPIRED', 'The command expired before it reached this site.' );
		}
		if ( null === $this->registry->get( (string) $command['type'] ) ) {
			return self::refuse( 400, 'COMMAND_UNKNOWN', sprintf( 'This agent does not know the command type "%s".', (string) $command['type'] ) );
		}
		if ( ! $this->log->claim( $command, CommandLog::SOURCE_SIGNED ) ) {
			return $this->repeat_outcome( $id ) ?? self::refuse( 409, 'CONFLICT', 'The command is already running.' );
		}
		$started = microtime( true );
		$result  = $this->execute( $command );
		$this->log->finish( $id, $result );
		if ( microtime( true ) - $started > self::push_answer_budget_s() ) {
			// The hub stops waiting for a pushed command's answer after a while (15 s by default), and an
			// update run easily takes longer: the result also goes through the outbox, so it reaches the
			// hub either way. The hub stores a command's result once, whichever copy comes first.
			$this->queue_result( $result );
			$this->result_queued = true;
		}
		return array(
			'http_status' => 200,
			'result'      => $result,
			'error'       => null,
		);
	}

	/**
	 * Whether the last run_signed() also queued its result in the outbox (the caller flushes it).
	 */
	public function result_queued(): bool {
		return $this->result_queued;
	}

	/**
	 * Seconds a signed command may run before its answer is assumed lost to a hub that gave up waiting.
	 */
	private static function push_answer_budget_s(): float {
		return max( 0.0, (float) apply_filters( 'retainer_agent_push_answer_budget_s', 10.0 ) );
	}

	/**
	 * Runs commands stored from reports' answers (and re-queues results the hub asked for again).
	 * Returns how many were handled.
	 */
	public function run_waiting( int $limit = 20 ): int {
		$handled = 0;
		foreach ( $this->log->waiting( $limit ) as $row ) {
			if ( CommandLog::STATUS_RESEND === $row['status'] ) {
				if ( $this->log->claim_resend( $row['command_id'] ) && null !== $row['result'] ) {
					$this->queue_result( self::normalize_result( $row['result'] ) );
					++$handled;
				}
				continue;
			}
			if ( ! $this->log->claim_received( $row['command_id'] ) ) {
				continue; // Another process took it.
			}
			$result = $this->result_for_received( $row['command'] );
			$this->log->finish( $row['command_id'], $result );
			$this->queue_result( $result );
			++$handled;
		}
		return $handled;
	}

	/**
	 * Why $command is not a valid Command (schemas/command.json), or null when it is.
	 *
	 * @param mixed $command
	 */
	public static function validate( $command ): ?string {
		if ( ! is_array( $command ) ) {
			return 'The command must be a JSON object.';
		}
		$extra = array_diff( array_keys( $command ), self::FIELDS );
		if ( $extra ) {
			return 'Unexpected field(s): ' . implode( ', ', array_map( 'strval', $extra ) ) . '.';
		}
		foreach ( array( 'command_id', 'site_id' ) as $key ) {
			if ( ! isset( $command[ $key ] ) || ! is_string( $command[ $key ] ) || ! preg_match( self::UUID, $command[ $key ] ) ) {
				return sprintf( '%s must be a lowercase UUID.', $key );
			}
		}
		if ( ! isset( $command['type'] ) || ! is_string( $command['type'] ) || '' === $command['type'] || strlen( $command['type'] ) > 64 ) {
			return 'type must be a string of 1 to 64 characters.';
		}
		if ( ! array_key_exists( 'args', $command ) || ! is_array( $command['args'] ) || ( $command['args'] && array_keys( $command['args'] ) === range( 0, count( $command['args'] ) - 1 ) ) ) {
			return 'args must be an object.';
		}
		foreach ( array( 'issued_at', 'expires_at' ) as $key ) {
			if ( ! isset( $command[ $key ] ) || ! is_string( $command[ $key ] ) || null === Time::parse_rfc3339( $command[ $key ] ) ) {
				return sprintf( '%s must be an RFC 3339 date-time.', $key );
			}
		}
		return null;
	}

	/**
	 * A stored result with its "output" kept a JSON object (an empty PHP array would encode as []).
	 *
	 * @param array<string, mixed> $result
	 * @return array<string, mixed>
	 */
	public static function normalize_result( array $result ): array {
		if ( ! isset( $result['output'] ) || ( is_array( $result['output'] ) && array() === $result['output'] ) ) {
			$result['output'] = new \stdClass();
		}
		return $result;
	}

	/**
	 * The outcome for a command_id this site has seen before, or null when it is new (or only "received").
	 *
	 * @return Outcome|null
	 */
	private function repeat_outcome( string $command_id ): ?array {
		$row = $this->log->get( $command_id );
		if ( null === $row || CommandLog::STATUS_RECEIVED === $row['status'] ) {
			return null;
		}
		if ( null !== $row['result'] ) {
			return array(
				'http_status' => 200,
				'result'      => self::normalize_result( $row['result'] ),
				'error'       => null,
			);
		}
		if ( $this->log->is_stale( $row ) ) {
			$result = $this->build_result( $command_id, 'failed', $row['received_at'], $this->clock->now(), array(), 'INTERNAL_ERROR', 'The command was interrupted before it finished.' );
			$this->log->finish( $command_id, $result );
			return array(
				'http_status' => 200,
				'result'      => $result,
				'error'       => null,
			);
		}
		return self::refuse( 409, 'CONFLICT', 'The command is already running.' );
	}

	/**
	 * @param array<string, mixed> $command
	 * @return array<string, mixed> CommandResult.
	 */
	private function result_for_received( array $command ): array {
		$id  = (string) ( $command['command_id'] ?? '' );
		$now = $this->clock->now();
		if ( ( $command['site_id'] ?? null ) !== $this->connection->site_id() ) {
			return $this->build_result( $id, 'rejected', $now, $now, array(), 'SITE_MISMATCH', 'The command is addressed to another site.' );
		}
		if ( $this->is_expired( $command ) ) {
			return $this->build_result( $id, 'rejected', $now, $now, array(), 'COMMAND_EXPIRED', 'The command expired before it reached this site.' );
		}
		if ( null === $this->registry->get( (string) $command['type'] ) ) {
			return $this->build_result( $id, 'rejected', $now, $now, array(), 'COMMAND_UNKNOWN', sprintf( 'This agent does not know the command type "%s".', (string) $command['type'] ) );
		}
		return $this->execute( $command );
	}

	/**
	 * @param array<string, mixed> $command A valid, claimed, known command.
	 * @return array<string, mixed> CommandResult.
	 */
	private function execute( array $command ): array {
		$id      = (string) $command['command_id'];
		$handler = $this->registry->get( (string) $command['type'] );
		$started = $this->clock->now();
		try {
			if ( null === $handler ) {
				throw new CommandFailed( 'COMMAND_UNKNOWN', 'Unknown command.' );
			}
			$args   = is_array( $command['args'] ) ? $command['args'] : array();
			$output = $handler instanceof IdentifiedCommand ? $handler->run_command( $id, $args ) : $handler->run( $args );
			return $this->build_result( $id, 'ok', $started, $this->clock->now(), $output, null, null );
		} catch ( CommandFailed $e ) {
			$this->logger->log( 'command_failed', sprintf( '%s %s: %s', (string) $command['type'], $id, $e->getMessage() ) );
			return $this->build_result( $id, 'failed', $started, $this->clock->now(), $e->output(), $e->error_code(), $e->getMessage() );
		} catch ( \Throwable $e ) {
			$this->logger->log( 'command_failed', sprintf( '%s %s crashed: %s', (string) $command['type'], $id, $e->getMessage() ) );
			return $this->build_result( $id, 'failed', $started, $this->clock->now(), array(), 'INTERNAL_ERROR', 'The command failed unexpectedly.' );
		}
	}

	/**
	 * @param array<string, mixed> $command
	 */
	private function is_expired( array $command ): bool {
		$expires = Time::parse_rfc3339( (string) $command['expires_at'] );
		return null === $expires || $expires <= $this->clock->now();
	}

	/**
	 * @param array<string, mixed> $result
	 */
	private function queue_result( array $result ): void {
		$id = (string) $result['command_id'];
		if ( ! $this->outbox->has_pending( Outbox::KIND_COMMAND_RESULT, $id ) ) {
			$this->outbox->enqueue( Outbox::KIND_COMMAND_RESULT, $id, (string) wp_json_encode( $result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ) );
		}
	}

	/**
	 * @param array<string, mixed> $output
	 * @return array<string, mixed> CommandResult (schemas/command-result.json).
	 */
	private function build_result( string $command_id, string $status, int $started, int $finished, array $output, ?string $error_code, ?string $error_message ): array {
		$result = array(
			'command_id'  => $command_id,
			'status'      => $status,
			'started_at'  => Time::rfc3339( $started ),
			'finished_at' => Time::rfc3339( $finished ),
			'output'      => array() === $output ? new \stdClass() : $output,
		);
		if ( null !== $error_code ) {
			$result['error'] = array(
				'code'    => substr( $error_code, 0, 64 ),
				'message' => substr( (string) $error_message, 0, 2000 ),
			);
		}
		return $result;
	}

	/**
	 * @return Outcome
	 */
	private static function refuse( int $status, string $code, string $message ): array {
		return array(
			'http_status' => $status,
			'result'      => null,
			'error'       => array(
				'code'    => $code,
				'message' => $message,
			),
		);
	}
}
