<?php
/**
 * Sends each update event to the hub as soon as it exists: queued in the outbox (so a hub outage
 * loses nothing and the usual signed delivery and retries apply) and flushed right away.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

use Retainer\Agent\Hub\Delivery;
use Retainer\Agent\Hub\Outbox;

defined( 'ABSPATH' ) || exit;

final class UpdateEvents {

	private Outbox $outbox;
	private Delivery $delivery;

	public function __construct( Outbox $outbox, Delivery $delivery ) {
		$this->outbox   = $outbox;
		$this->delivery = $delivery;
	}

	/**
	 * @param array<string, mixed> $event An UpdateEvent.
	 */
	public function publish( array $event ): void {
		$payload = (string) wp_json_encode( array( 'events' => array( $event ) ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		if ( 0 === $this->outbox->enqueue( Outbox::KIND_UPDATE_EVENTS, (string) $event['event_id'], $payload ) ) {
			return;
		}
		// Not delivered now (hub down, another flush running): the row waits for the next flush.
		$this->delivery->flush( true );
	}
}
