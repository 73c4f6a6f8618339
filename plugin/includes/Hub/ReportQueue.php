<?php
/**
 * Builds a report and puts it in the outbox (every report goes through the outbox).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Collectors\InventoryCollector;

defined( 'ABSPATH' ) || exit;

final class ReportQueue {

	private InventoryCollector $collector;
	private Outbox $outbox;
	private Connection $connection;

	public function __construct( InventoryCollector $collector, Outbox $outbox, Connection $connection ) {
		$this->collector  = $collector;
		$this->outbox     = $outbox;
		$this->connection = $connection;
	}

	/**
	 * Queues a fresh report; returns its report_id, or null when not connected (nothing is collected
	 * or stored for a hub before the admin connects one).
	 *
	 * @param string $trigger cron|upgrade|manual|command|connect.
	 */
	public function queue( string $trigger ): ?string {
		if ( ! $this->connection->is_connected() ) {
			return null;
		}
		$report = $this->collector->collect( $trigger );
		$json   = wp_json_encode( $report, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		if ( ! is_string( $json ) ) {
			return null;
		}
		$id = (string) $report['report_id'];
		return $this->outbox->enqueue( Outbox::KIND_REPORT, $id, $json ) > 0 ? $id : null;
	}
}
