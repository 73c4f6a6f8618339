<?php
/**
 * What the rest of the plugin calls to talk to the hub: queue + flush a report, flush the outbox,
 * and afterwards run the commands that came with the hub's answers. The rounds are bounded: a sync
 * command found in an answer queues and flushes one report itself; commands arriving with *that*
 * answer are run in the next round at most, and anything beyond waits for the next flush.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Commands\CommandRunner;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type FlushResult from Delivery
 */
final class Reporter {

	/** Rounds of "run the answer's commands, flush their results" after the first flush. */
	private const COMMAND_ROUNDS = 2;

	private ReportQueue $reports;
	private Delivery $delivery;
	private CommandRunner $runner;

	public function __construct( ReportQueue $reports, Delivery $delivery, CommandRunner $runner ) {
		$this->reports  = $reports;
		$this->delivery = $delivery;
		$this->runner   = $runner;
	}

	/**
	 * Queues a report and flushes at once (ignoring backoff).
	 *
	 * @return array{report_id: string|null, delivered: bool, error: array{code: string, message: string}|null}
	 */
	public function send_now( string $trigger ): array {
		$report_id = $this->reports->queue( $trigger );
		if ( null === $report_id ) {
			return array(
				'report_id' => null,
				'delivered' => false,
				'error'     => array(
					'code'    => 'NOT_CONNECTED',
					'message' => 'This site is not connected to a hub.',
				),
			);
		}
		$result    = $this->flush( true );
		$delivered = in_array( $report_id, $result['delivered'], true );
		return array(
			'report_id' => $report_id,
			'delivered' => $delivered,
			'error'     => $delivered ? null : ( $result['error'] ?? self::not_sent_error( $result ) ),
		);
	}

	/**
	 * Queues a report without sending it (cron sends it right after through flush()).
	 */
	public function queue( string $trigger ): ?string {
		return $this->reports->queue( $trigger );
	}

	/**
	 * Flushes the outbox, then runs commands from the answers and flushes their results.
	 *
	 * @return FlushResult Totals over all rounds; "delivered" lists every message id acknowledged.
	 */
	public function flush( bool $ignore_backoff = false ): array {
		$total = $this->delivery->flush( $ignore_backoff );
		for ( $round = 0; $round < self::COMMAND_ROUNDS && $total['ran']; $round++ ) {
			if ( 0 === $this->runner->run_waiting() ) {
				break;
			}
			$next               = $this->delivery->flush( $ignore_backoff );
			$total['sent']     += $next['sent'];
			$total['dead']     += $next['dead'];
			$total['commands'] += $next['commands'];
			$total['delivered'] = array_merge( $total['delivered'], $next['delivered'] );
			$total['error']     = $next['error'] ?? $total['error'];
		}
		return $total;
	}

	/**
	 * Runs commands waiting from earlier answers (after a signed command, for instance) and flushes.
	 */
	public function run_waiting_commands(): void {
		if ( $this->runner->run_waiting() > 0 ) {
			$this->delivery->flush( true );
		}
	}

	/**
	 * @param FlushResult $result
	 * @return array{code: string, message: string}
	 */
	private static function not_sent_error( array $result ): array {
		if ( $result['busy'] ) {
			return array(
				'code'    => 'FLUSH_BUSY',
				'message' => 'Another delivery is running; the report is queued and will follow.',
			);
		}
		return array(
			'code'    => 'NOT_DELIVERED',
			'message' => 'The report is queued and will be sent with the next delivery.',
		);
	}
}
