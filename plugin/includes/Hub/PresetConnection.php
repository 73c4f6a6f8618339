<?php
/**
 * Connecting without a visit to wp-admin: an agency rolling the plugin out to many sites puts the hub
 * address and each site's enrollment code in wp-config.php
 *
 *     define( 'RETAINER_AGENT_HUB_URL', 'https://hub.example.com' );
 *     define( 'RETAINER_AGENT_ENROLLMENT_CODE', 'RTN-XXXX-XXXX-XXXX' );
 *
 * and the site connects by itself. The attempt runs in a WP-cron event, never in a visitor's page
 * load. A refused code (unknown, expired, used) is not tried again until the constant holds another
 * code; an unreachable hub is retried with growing pauses (5 minutes doubling up to 6 hours). Once
 * connected the constants are ignored, so a used code left in wp-config.php does no harm, and a
 * Disconnect is not undone by them.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;

defined( 'ABSPATH' ) || exit;

final class PresetConnection {

	public const HUB_CONSTANT  = 'RETAINER_AGENT_HUB_URL';
	public const CODE_CONSTANT = 'RETAINER_AGENT_ENROLLMENT_CODE';
	public const EVENT         = 'retainer_agent_preset_connect';
	/** The last attempt: which code (its hash), when, how it ended, when the next one may run. */
	public const OPTION = 'retainer_agent_preset';

	private const FIRST_PAUSE_S = 300;
	private const LONGEST_PAUSE_S = 21600;

	private Enrollment $enrollment;
	private Connection $connection;
	private Clock $clock;
	private Logger $logger;

	public function __construct( Enrollment $enrollment, Connection $connection, Clock $clock, Logger $logger ) {
		$this->enrollment = $enrollment;
		$this->connection = $connection;
		$this->clock      = $clock;
		$this->logger     = $logger;
	}

	public function add_hooks(): void {
		add_action( 'init', array( $this, 'maybe_schedule' ) );
		add_action( self::EVENT, array( $this, 'attempt' ) );
	}

	/**
	 * The hub address and code from wp-config.php, or null when they are not both set.
	 *
	 * @return array{hub_url: string, code: string}|null
	 */
	public static function preset(): ?array {
		if ( ! defined( self::HUB_CONSTANT ) || ! defined( self::CODE_CONSTANT ) ) {
			return null;
		}
		$hub  = trim( (string) constant( self::HUB_CONSTANT ) );
		$code = trim( (string) constant( self::CODE_CONSTANT ) );
		return '' === $hub || '' === $code ? null : array(
			'hub_url' => $hub,
			'code'    => $code,
		);
	}

	/** On every request while unconnected and due: one cron event, so the visitor never waits for the hub. */
	public function maybe_schedule(): void {
		$preset = self::preset();
		if ( null === $preset || $this->connection->is_connected() || ! $this->due( $preset, $this->state() ) || false !== wp_next_scheduled( self::EVENT ) ) {
			return;
		}
		wp_schedule_single_event( $this->clock->now(), self::EVENT );
	}

	/** The cron event: connects with the preset, or records why not and when to try again. */
	public function attempt(): void {
		$preset = self::preset();
		$state  = $this->state();
		if ( null === $preset || $this->connection->is_connected() || ! $this->due( $preset, $state ) ) {
			return;
		}
		$result = $this->enrollment->connect( $preset['hub_url'], $preset['code'] );
		if ( ! is_wp_error( $result ) ) {
			$this->logger->log( 'preset_connected', sprintf( 'Connected to %s with the enrollment code from wp-config.php.', $preset['hub_url'] ) );
			// Remembered as spent: after a Disconnect the same constants do not connect the site again.
			update_option(
				self::OPTION,
				array(
					'code_hash'    => self::hash( $preset ),
					'at'           => $this->clock->now(),
					'connected_at' => $this->clock->now(),
					'next_at'      => null,
				),
				true
			);
			return;
		}
		$data      = $result->get_error_data();
		$status    = is_array( $data ) && isset( $data['status'] ) ? (int) $data['status'] : 400;
		$transient = $status >= 500;
		$same      = ( $state['code_hash'] ?? '' ) === self::hash( $preset );
		$failures  = ( $same ? (int) ( $state['failures'] ?? 0 ) : 0 ) + 1;
		$pause     = min( self::LONGEST_PAUSE_S, self::FIRST_PAUSE_S * ( 2 ** ( $failures - 1 ) ) );
		update_option(
			self::OPTION,
			array(
				'code_hash'  => self::hash( $preset ),
				'at'         => $this->clock->now(),
				'failures'   => $failures,
				'error_code' => (string) $result->get_error_code(),
				'error'      => $result->get_error_message(),
				// A refused code stays refused: wait for another code rather than ask again.
				'next_at'    => $transient ? $this->clock->now() + $pause : null,
			),
			true
		);
		$this->logger->log(
			'preset_failed',
			$transient
				? sprintf( 'Could not connect with the code from wp-config.php (%s: %s); trying again in %d minutes.', $result->get_error_code(), $result->get_error_message(), (int) ( $pause / 60 ) )
				: sprintf( 'The hub refused the enrollment code from wp-config.php (%s: %s); put a new code there to try again.', $result->get_error_code(), $result->get_error_message() )
		);
	}

	/**
	 * What the settings page says about the constants: null when they are not set.
	 *
	 * @return array{hub_url: string, status: string, error: array{code: string, message: string}|null, next_attempt_at: int|null}|null
	 */
	public function view(): ?array {
		$preset = self::preset();
		if ( null === $preset ) {
			return null;
		}
		$state = $this->state();
		$view  = array(
			'hub_url'         => $preset['hub_url'],
			'status'          => 'waiting', // never tried with this code: the next WP-cron run will
			'error'           => null,
			'next_attempt_at' => null,
		);
		if ( ( $state['code_hash'] ?? '' ) !== self::hash( $preset ) ) {
			return $view;
		}
		if ( isset( $state['connected_at'] ) ) {
			$view['status'] = 'used';
			return $view;
		}
		$view['error'] = array(
			'code'    => (string) ( $state['error_code'] ?? '' ),
			'message' => (string) ( $state['error'] ?? '' ),
		);
		$view['status']          = null === ( $state['next_at'] ?? null ) ? 'refused' : 'retrying';
		$view['next_attempt_at'] = null === ( $state['next_at'] ?? null ) ? null : (int) $state['next_at'];
		return $view;
	}

	/**
	 * @return array<string, mixed>
	 */
	public function state(): array {
		$state = get_option( self::OPTION, array() );
		return is_array( $state ) ? $state : array();
	}

	/**
	 * @param array{hub_url: string, code: string} $preset
	 * @param array<string, mixed>                  $state What the last attempt left.
	 */
	private function due( array $preset, array $state ): bool {
		if ( ( $state['code_hash'] ?? '' ) !== self::hash( $preset ) ) {
			return true; // never tried, or another code now
		}
		return null !== ( $state['next_at'] ?? null ) && $this->clock->now() >= (int) $state['next_at'];
	}

	/**
	 * @param array{hub_url: string, code: string} $preset
	 */
	private static function hash( array $preset ): string {
		return hash( 'sha256', $preset['hub_url'] . "\n" . $preset['code'] );
	}
}
