<?php
/**
 * One command the hub can ask for. Adding a command = one class implementing this interface plus
 * one registration line in Plugin::add_hooks() (or on the retainer_agent_register_commands action).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

defined( 'ABSPATH' ) || exit;

interface Command {

	/**
	 * The command's type on the wire, e.g. "sync" (lowercase, digits, _ and -).
	 */
	public function name(): string;

	/**
	 * Does the work and returns the result's output object.
	 *
	 * @param array<string, mixed> $args The command's args.
	 * @return array<string, mixed>
	 * @throws CommandFailed When the command ran but did not succeed.
	 */
	public function run( array $args ): array;
}
