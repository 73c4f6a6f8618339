<?php
/**
 * The commands this agent understands, by name. A second command with the same name is refused.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

defined( 'ABSPATH' ) || exit;

final class CommandRegistry {

	/** @var array<string, Command> */
	private array $commands = array();

	/**
	 * @throws \LogicException On a duplicate or malformed name.
	 */
	public function register( Command $command ): void {
		$name = $command->name();
		if ( ! preg_match( '/^[a-z0-9][a-z0-9_.-]{0,63}$/', $name ) ) {
			throw new \LogicException( sprintf( 'Command name "%s" is not valid.', $name ) );
		}
		if ( isset( $this->commands[ $name ] ) ) {
			throw new \LogicException( sprintf( 'A command named "%s" is already registered.', $name ) );
		}
		$this->commands[ $name ] = $command;
	}

	public function get( string $name ): ?Command {
		return $this->commands[ $name ] ?? null;
	}

	/**
	 * @return list<string>
	 */
	public function names(): array {
		return array_keys( $this->commands );
	}
}
