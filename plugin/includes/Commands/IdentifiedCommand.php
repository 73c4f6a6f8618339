<?php
/**
 * A command that needs its own command_id while it runs (e.g. to stamp the events it sends on their
 * own before the result). CommandRunner calls run_command() instead of run() for these.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

defined( 'ABSPATH' ) || exit;

interface IdentifiedCommand extends Command {

	/**
	 * @param string               $command_id The command's id (a UUID).
	 * @param array<string, mixed> $args       The command's args.
	 * @return array<string, mixed>
	 * @throws CommandFailed When the command ran but did not succeed.
	 */
	public function run_command( string $command_id, array $args ): array;
}
