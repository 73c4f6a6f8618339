<?php
/**
 * One update run at a time per site; a run whose PHP process was killed mid-update frees the site
 * once its TTL has passed (see OptionLock).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\OptionLock;

defined( 'ABSPATH' ) || exit;

final class UpdateLock extends OptionLock {

	public const OPTION = 'retainer_agent_update_lock';

	public function __construct( \wpdb $wpdb, Clock $clock ) {
		parent::__construct( $wpdb, $clock, self::OPTION );
	}
}
