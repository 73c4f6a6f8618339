<?php
/**
 * The backup sources the agent knows, in registration order. Names are unique: a second source
 * with the same name would make the report ambiguous, so it is refused loudly.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

defined( 'ABSPATH' ) || exit;

final class BackupSourceRegistry {

	/** @var array<string, BackupSource> */
	private array $sources = array();

	/**
	 * @throws \InvalidArgumentException When the name is empty, too long or already registered.
	 */
	public function register( BackupSource $source ): void {
		$name = $source->name();
		if ( ! preg_match( '/^[a-z0-9][a-z0-9_.-]{0,63}$/', $name ) ) {
			throw new \InvalidArgumentException( sprintf( 'Invalid backup source name "%s".', $name ) );
		}
		if ( isset( $this->sources[ $name ] ) ) {
			throw new \InvalidArgumentException( sprintf( 'A backup source named "%s" is already registered.', $name ) );
		}
		$this->sources[ $name ] = $source;
	}

	/**
	 * @return list<BackupSource>
	 */
	public function all(): array {
		return array_values( $this->sources );
	}

	public function get( string $name ): ?BackupSource {
		return $this->sources[ $name ] ?? null;
	}
}
