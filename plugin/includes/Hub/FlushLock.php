<?php
/**
 * Two requests (cron, an admin click, a hub command) never flush the outbox at the same time; a
 * crashed flush cannot block delivery for longer than its TTL (see OptionLock).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\OptionLock;

defined( 'ABSPATH' ) || exit;

final class FlushLock extends OptionLock {

	public const OPTION = 'retainer_agent_flush_lock';

	public function __construct( \wpdb $wpdb, Clock $clock ) {
		parent::__construct( $wpdb, $clock, self::OPTION );
	}
}
