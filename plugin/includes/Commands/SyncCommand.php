<?php
/**
 * "sync": send a fresh report now (trigger "command"). Output: {report_id, delivered}.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

use Retainer\Agent\Hub\Delivery;
use Retainer\Agent\Hub\ReportQueue;

defined( 'ABSPATH' ) || exit;

final class SyncCommand implements Command {

	private ReportQueue $reports;
	private Delivery $delivery;

	public function __construct( ReportQueue $reports, Delivery $delivery ) {
		$this->reports  = $reports;
		$this->delivery = $delivery;
	}

	public function name(): string {
		return 'sync';
	}

	public function run( array $args ): array {
		$report_id = $this->reports->queue( 'command' );
		if ( null === $report_id ) {
			throw new CommandFailed( 'NOT_CONNECTED', 'This site is not connected to a hub.' );
		}
		// One flush, ignoring backoff. Commands that ride on this report's answer are stored and run
		// by the caller afterwards, never from inside this flush (no recursion).
		$result = $this->delivery->flush( true );
		return array(
			'report_id' => $report_id,
			'delivered' => in_array( $report_id, $result['delivered'], true ),
		);
	}
}
