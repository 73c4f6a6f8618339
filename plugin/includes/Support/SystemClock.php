<?php
/**
 * The real clock.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Support;

defined( 'ABSPATH' ) || exit;

final class SystemClock implements Clock {

	public function now(): int {
		return time();
	}
}
