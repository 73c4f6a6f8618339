<?php
/**
 * Thrown by a command that ran and failed; becomes a CommandResult with status "failed".
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

defined( 'ABSPATH' ) || exit;

final class CommandFailed extends \RuntimeException {

	private string $error_code;
	/** @var array<string, mixed> */
	private array $output;

	/**
	 * @param array<string, mixed> $output What the command did produce before failing.
	 */
	public function __construct( string $error_code, string $message, array $output = array() ) {
		parent::__construct( $message );
		$this->error_code = $error_code;
		$this->output     = $output;
	}

	public function error_code(): string {
		return $this->error_code;
	}

	/**
	 * @return array<string, mixed>
	 */
	public function output(): array {
		return $this->output;
	}
}
