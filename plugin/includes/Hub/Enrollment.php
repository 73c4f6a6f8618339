<?php
/**
 * Connecting this site to a hub with a one-time enrollment code, and disconnecting it.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Commands\CommandLog;
use Retainer\Agent\Cron\Scheduler;
use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;

defined( 'ABSPATH' ) || exit;

final class Enrollment {

	private const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i';

	private Connection $connection;
	private KeyStore $keys;
	private Signer $signer;
	private HubClient $client;
	private Outbox $outbox;
	private CommandLog $commands;
	private NonceStore $nonces;
	private Scheduler $scheduler;
	private Reporter $reporter;
	private Clock $clock;
	private Logger $logger;
	private string $agent_version;

	public function __construct(
		Connection $connection,
		KeyStore $keys,
		Signer $signer,
		HubClient $client,
		Outbox $outbox,
		CommandLog $commands,
		NonceStore $nonces,
		Scheduler $scheduler,
		Reporter $reporter,
		Clock $clock,
		Logger $logger,
		string $agent_version
	) {
		$this->connection    = $connection;
		$this->keys          = $keys;
		$this->signer        = $signer;
		$this->client        = $client;
		$this->outbox        = $outbox;
		$this->commands      = $commands;
		$this->nonces        = $nonces;
		$this->scheduler     = $scheduler;
		$this->reporter      = $reporter;
		$this->clock         = $clock;
		$this->logger        = $logger;
		$this->agent_version = $agent_version;
	}

	/**
	 * Enrolls with the hub, stores the connection and sends the first report.
	 *
	 * On a site that is already connected this re-enrolls: the current connection is replaced only
	 * when the hub accepts the new code, and left exactly as it was when anything fails.
	 *
	 * @return array{warning: string|null, first_report: array{report_id: string|null, delivered: bool, error: array{code: string, message: string}|null}}|\WP_Error
	 */
	public function connect( string $hub_url_input, string $enrollment_code ) {
		$hub = HubUrl::parse( $hub_url_input );
		if ( is_wp_error( $hub ) ) {
			return $hub;
		}
		$code = trim( $enrollment_code );
		if ( strlen( $code ) < 4 || strlen( $code ) > 64 ) {
			return new \WP_Error( 'VALIDATION_FAILED', __( 'Enter the enrollment code shown in your Retainer dashboard.', 'retainer-agent' ), array( 'status' => 400 ) );
		}

		$keypair  = $this->signer->generate_keypair();
		$public   = base64_encode( $keypair['public_key'] ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- protocol wire format.
		$response = $this->client->enroll(
			$hub['url'],
			array(
				'enrollment_code' => $code,
				'site_url'        => home_url(),
				'public_key'      => $public,
				'agent_version'   => $this->agent_version,
				'wp_version'      => (string) get_bloginfo( 'version' ),
				'php_version'     => PHP_VERSION,
			)
		);
		if ( ! $response->is_success() ) {
			$this->logger->log( 'enroll_failed', sprintf( 'Enrollment with %s failed: %s %s', $hub['url'], $response->error_code(), $response->error_message() ) );
			return self::enroll_error( $response, $hub['url'] );
		}

		$answer     = $response->json ?? array();
		$site_id    = $answer['site_id'] ?? null;
		$hub_key    = $answer['hub_public_key'] ?? null;
		$interval   = $answer['report_interval_s'] ?? null;
		$hub_key_ok = is_string( $hub_key ) && null !== Signer::decode_public_key( $hub_key );
		if ( ! is_string( $site_id ) || ! preg_match( self::UUID, $site_id ) || ! $hub_key_ok || ! is_int( $interval ) || $interval < 60 || $interval > 86400 ) {
			return new \WP_Error( 'HUB_RESPONSE_INVALID', __( 'The hub accepted the code but its answer is not a valid enrollment response. Check that the address points to a Retainer hub.', 'retainer-agent' ), array( 'status' => 502 ) );
		}

		// Whatever was queued or remembered for a previous connection does not carry over.
		$this->scheduler->unschedule_all();
		$this->outbox->clear();
		$this->commands->clear();
		$this->nonces->clear();
		$this->keys->save_secret_key( $keypair['secret_key'] );
		$this->connection->save(
			array(
				'hub_url'           => $hub['url'],
				'site_id'           => strtolower( $site_id ),
				'hub_public_key'    => (string) $hub_key,
				'agent_public_key'  => $public,
				'report_interval_s' => $interval,
				'connected_at'      => $this->clock->now(),
				'insecure'          => $hub['insecure'],
			)
		);
		$this->scheduler->ensure_scheduled();
		$this->logger->log( 'connected', sprintf( 'Connected to %s as site %s.', $hub['url'], $site_id ) );

		return array(
			'warning'      => $hub['insecure'] ? self::insecure_warning() : null,
			'first_report' => $this->reporter->send_now( 'connect' ),
		);
	}

	/**
	 * Forgets the hub: keys, site id, hub key, queued messages, command history and schedules.
	 */
	public function disconnect(): void {
		$hub = $this->connection->hub_url();
		$this->scheduler->unschedule_all();
		$this->keys->forget();
		$this->connection->forget();
		$this->outbox->clear();
		$this->commands->clear();
		$this->nonces->clear();
		if ( null !== $hub ) {
			$this->logger->log( 'disconnected', sprintf( 'Disconnected from %s.', $hub ) );
		}
	}

	public static function insecure_warning(): string {
		return __( 'This hub is reached over plain http on this machine. That is fine for local testing; use https for a real hub.', 'retainer-agent' );
	}

	/**
	 * A translated error for a failed enrollment.
	 */
	private static function enroll_error( HubResponse $response, string $hub_url ): \WP_Error {
		$code = $response->error_code();
		switch ( $code ) {
			case 'HUB_UNREACHABLE':
				/* translators: 1: hub address, 2: technical reason. */
				$message = sprintf( __( 'Could not reach the hub at %1$s (%2$s). Check the address and that the hub is running.', 'retainer-agent' ), $hub_url, $response->error_message() );
				$status  = 502;
				break;
			case 'ENROLLMENT_CODE_INVALID':
				$message = __( 'The hub does not recognise this enrollment code. Check it, or create a new one in your Retainer dashboard.', 'retainer-agent' );
				$status  = 400;
				break;
			case 'ENROLLMENT_CODE_EXPIRED':
				$message = __( 'This enrollment code has expired (codes are valid for 24 hours). Create a new one in your Retainer dashboard.', 'retainer-agent' );
				$status  = 400;
				break;
			case 'ENROLLMENT_CODE_USED':
				$message = __( 'This enrollment code has already been used. Create a new one in your Retainer dashboard.', 'retainer-agent' );
				$status  = 409;
				break;
			case 'VALIDATION_FAILED':
				/* translators: %s: the hub's explanation. */
				$message = sprintf( __( 'The hub refused the enrollment request as invalid: %s', 'retainer-agent' ), $response->error_message() );
				$status  = 400;
				break;
			default:
				/* translators: 1: HTTP status code, 2: error code. */
				$message = sprintf( __( 'The hub answered with an unexpected error (HTTP %1$d, %2$s).', 'retainer-agent' ), $response->status, $code );
				$status  = 502;
		}
		return new \WP_Error( $code, $message, array( 'status' => $status ) );
	}
}
