<?php
/**
 * The source of "now". Rules about windows and backoff read it, so tests can move time.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Support;

defined( 'ABSPATH' ) || exit;

interface Clock {

	/**
	 * Current unix time in seconds.
	 */
	public function now(): int;
}
