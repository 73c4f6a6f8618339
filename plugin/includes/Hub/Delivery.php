<?php
/**
 * Sends the outbox to the hub, oldest first.
 *
 * - A 2xx answer deletes the row (it is never sent again); a report's answer may carry commands,
 *   which are stored in the command log for CommandRunner (never run from inside a flush).
 * - A 4xx other than 408/429 will never be accepted: the row is marked dead and the flush goes on.
 * - Anything else (network error, 5xx, 408, 429) is retried later: the head row gets the backoff and
 *   the flush stops there, so order is kept.
 * - One flush at a time per site (FlushLock).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Commands\CommandLog;
use Retainer\Agent\Commands\CommandRunner;
use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type FlushResult array{ran: bool, busy: bool, sent: int, dead: int, delivered: list<string>, commands: int, error: array{code: string, message: string}|null}
 */
final class Delivery {

	/** Upper bound of rows sent by one flush. */
	public const MAX_ROWS_PER_FLUSH = 100;
	private const LOCK_TTL_S        = 300;

	private Outbox $outbox;
	private HubClient $client;
	private Connection $connection;
	private FlushLock $lock;
	private CommandLog $commands;
	private Clock $clock;
	private Logger $logger;

	public function __construct( Outbox $outbox, HubClient $client, Connection $connection, FlushLock $lock, CommandLog $commands, Clock $clock, Logger $logger ) {
		$this->outbox     = $outbox;
		$this->client     = $client;
		$this->connection = $connection;
		$this->lock       = $lock;
		$this->commands   = $commands;
		$this->clock      = $clock;
		$this->logger     = $logger;
	}

	/**
	 * Sends what is due (everything pending when $ignore_backoff, e.g. the admin's "send now").
	 *
	 * @return FlushResult
	 */
	public function flush( bool $ignore_backoff = false ): array {
		$result = array(
			'ran'       => false,
			'busy'      => false,
			'sent'      => 0,
			'dead'      => 0,
			'delivered' => array(),
			'commands'  => 0,
			'error'     => null,
		);
		if ( ! $this->connection->is_connected() ) {
			$result['error'] = array(
				'code'    => 'NOT_CONNECTED',
				'message' => 'This site is not connected to a hub.',
			);
			return $result;
		}
		if ( ! $this->lock->acquire( self::LOCK_TTL_S ) ) {
			$result['busy'] = true;
			return $result;
		}
		$result['ran'] = true;
		try {
			for ( $i = 0; $i < self::MAX_ROWS_PER_FLUSH; $i++ ) {
				$row = $this->outbox->head();
				if ( null === $row ) {
					break;
				}
				if ( ! $ignore_backoff && $row['next_attempt_at'] > $this->clock->now() ) {
					break;
				}
				$response = $this->client->post_signed( self::endpoint( $row['kind'] ), $row['payload'] );

				if ( $response->is_success() ) {
					$this->outbox->acknowledge( $row['id'] );
					++$result['sent'];
					$result['delivered'][] = $row['report_id'];
					if ( Outbox::KIND_REPORT === $row['kind'] ) {
						$this->connection->record_report_delivered( $row['report_id'], $this->clock->now() );
						$result['commands'] += $this->store_commands( $response );
					} else {
						$this->connection->clear_error();
					}
					continue;
				}

				$error           = array(
					'code'    => $response->error_code(),
					'message' => $response->error_message(),
				);
				$result['error'] = $error;
				$this->connection->record_error( $error['code'], $error['message'], $this->clock->now() );

				if ( $response->is_permanent_failure() ) {
					$this->outbox->bury( $row, $error['code'] . ': ' . $error['message'] );
					++$result['dead'];
					$this->logger->log(
						'delivery_refused',
						sprintf( 'The hub refused %s %s for good (HTTP %d %s): %s', $row['kind'], $row['report_id'], $response->status, $error['code'], $error['message'] )
					);
					continue;
				}

				$next = $this->outbox->defer( $row, $error['code'] . ': ' . $error['message'] );
				$this->logger->log(
					'delivery_deferred',
					sprintf( 'Could not deliver %s %s (%s: %s); next attempt at %s UTC.', $row['kind'], $row['report_id'], $error['code'], $error['message'], gmdate( 'Y-m-d H:i:s', $next ) )
				);
				break;
			}
		} finally {
			$this->lock->release();
		}
		return $result;
	}

	/**
	 * Stores the commands that came with a report's answer; returns how many need work.
	 */
	private function store_commands( HubResponse $response ): int {
		$commands = $response->json['commands'] ?? array();
		if ( ! is_array( $commands ) || ! $commands ) {
			return 0;
		}
		$valid = array();
		foreach ( $commands as $command ) {
			$problem = CommandRunner::validate( $command );
			if ( null === $problem ) {
				$valid[] = $command;
			} else {
				$this->logger->log( 'command_invalid', 'Ignored an invalid command from the hub: ' . $problem );
			}
		}
		return $this->commands->receive( $valid );
	}

	private static function endpoint( string $kind ): string {
		if ( Outbox::KIND_UPDATE_EVENTS === $kind ) {
			return Outbox::UPDATE_EVENTS_PATH;
		}
		return Outbox::KIND_COMMAND_RESULT === $kind ? HubClient::COMMAND_RESULTS_PATH : HubClient::REPORTS_PATH;
	}
}
