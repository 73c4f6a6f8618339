<?php
/**
 * An UpdateEvent being filled in while one item is applied (protocol: UpdateEventSchema).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type Probe from HealthProbe
 */
final class UpdateEventDraft {

	private string $event_id;
	private string $command_id;
	private ?string $run_id;
	private string $type;
	private string $id;
	private string $name;
	private ?string $from_version = null;
	private ?string $to_version   = null;
	private string $outcome       = 'failed';
	private ?string $reason_code  = null;
	private ?string $reason       = null;
	private int $started;
	/** @var array{before: list<Probe>, after: list<Probe>, after_rollback: list<Probe>} */
	private array $probes = array(
		'before'         => array(),
		'after'          => array(),
		'after_rollback' => array(),
	);

	public function __construct( string $command_id, ?string $run_id, string $type, string $id, int $started ) {
		$this->event_id   = wp_generate_uuid4();
		$this->command_id = $command_id;
		$this->run_id     = $run_id;
		$this->type       = $type;
		$this->id         = $id;
		$this->name       = $id;
		$this->started    = $started;
	}

	public function describe( string $name, ?string $from_version, ?string $to_version ): void {
		$this->name         = '' === $name ? $this->id : $name;
		$this->from_version = $from_version;
		$this->to_version   = $to_version;
	}

	public function set_from_version( ?string $version ): void {
		$this->from_version = $version;
	}

	public function set_to_version( ?string $version ): void {
		$this->to_version = $version;
	}

	/**
	 * @param string      $stage  before|after|after_rollback.
	 * @param list<Probe> $probes
	 */
	public function probes( string $stage, array $probes ): void {
		$this->probes[ $stage ] = array_slice( $probes, 0, 4 );
	}

	public function finish( string $outcome, ?string $reason_code, ?string $reason ): void {
		$this->outcome     = $outcome;
		$this->reason_code = $reason_code;
		$this->reason      = null === $reason ? null : substr( $reason, 0, 2000 );
	}

	/**
	 * @return array<string, mixed>
	 */
	public function to_array( int $finished ): array {
		return array(
			'event_id'     => $this->event_id,
			'command_id'   => $this->command_id,
			'run_id'       => $this->run_id,
			'item'         => array(
				'type' => $this->type,
				'id'   => substr( $this->id, 0, 255 ),
				'name' => substr( $this->name, 0, 255 ),
			),
			'from_version' => self::version( $this->from_version ),
			'to_version'   => self::version( $this->to_version ),
			'outcome'      => $this->outcome,
			'reason_code'  => $this->reason_code,
			'reason'       => $this->reason,
			'started_at'   => Time::rfc3339( $this->started ),
			'finished_at'  => Time::rfc3339( max( $finished, $this->started ) ),
			'probes'       => $this->probes,
		);
	}

	private static function version( ?string $version ): ?string {
		return null === $version || '' === $version ? null : substr( $version, 0, 64 );
	}
}
