<?php
/**
 * The admin page's REST routes (retainer/v1), for users who can manage_options. With cookie
 * authentication WordPress requires the REST nonce (X-WP-Nonce) before these callbacks run.
 *
 *   GET  /status        connection, delivery and pending-update summary
 *   POST /connect       {hub_url, enrollment_code}
 *   POST /disconnect
 *   POST /send-report   queue a report and deliver it now
 *   POST /flush         deliver the outbox now, ignoring backoff
 *
 * Errors are WordPress REST errors: {code, message, data: {status}}.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Rest;

use Retainer\Agent\Collectors\InventoryCollector;
use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Hub\Enrollment;
use Retainer\Agent\Hub\PresetConnection;
use Retainer\Agent\Hub\Outbox;
use Retainer\Agent\Hub\Reporter;
use Retainer\Agent\Support\Logger;
use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

final class AdminController {

	public const NAMESPACE = 'retainer/v1';

	private Connection $connection;
	private Enrollment $enrollment;
	private Reporter $reporter;
	private Outbox $outbox;
	private InventoryCollector $collector;
	private Logger $logger;
	private PresetConnection $preset;
	private string $agent_version;

	public function __construct( Connection $connection, Enrollment $enrollment, Reporter $reporter, Outbox $outbox, InventoryCollector $collector, Logger $logger, PresetConnection $preset, string $agent_version ) {
		$this->connection    = $connection;
		$this->enrollment    = $enrollment;
		$this->reporter      = $reporter;
		$this->outbox        = $outbox;
		$this->collector     = $collector;
		$this->logger        = $logger;
		$this->preset        = $preset;
		$this->agent_version = $agent_version;
	}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
	}

	public function register_routes(): void {
		$admin = array( $this, 'can_manage' );
		register_rest_route(
			self::NAMESPACE,
			'/status',
			array(
				'methods'             => \WP_REST_Server::READABLE,
				'callback'            => array( $this, 'get_status' ),
				'permission_callback' => $admin,
			)
		);
		register_rest_route(
			self::NAMESPACE,
			'/connect',
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'connect' ),
				'permission_callback' => $admin,
				'args'                => array(
					'hub_url'         => array(
						'type'              => 'string',
						'required'          => true,
						'sanitize_callback' => 'esc_url_raw',
					),
					'enrollment_code' => array(
						'type'              => 'string',
						'required'          => true,
						'sanitize_callback' => 'sanitize_text_field',
					),
				),
			)
		);
		foreach ( array(
			'/disconnect'  => 'disconnect',
			'/send-report' => 'send_report',
			'/flush'       => 'flush',
		) as $route => $method ) {
			register_rest_route(
				self::NAMESPACE,
				$route,
				array(
					'methods'             => \WP_REST_Server::CREATABLE,
					'callback'            => array( $this, $method ),
					'permission_callback' => $admin,
				)
			);
		}
	}

	public function can_manage(): bool {
		return current_user_can( 'manage_options' );
	}

	public function get_status(): \WP_REST_Response {
		return new \WP_REST_Response( $this->status(), 200 );
	}

	/**
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function connect( \WP_REST_Request $request ) {
		$result = $this->enrollment->connect( (string) $request->get_param( 'hub_url' ), (string) $request->get_param( 'enrollment_code' ) );
		if ( is_wp_error( $result ) ) {
			return $result;
		}
		return new \WP_REST_Response(
			array(
				'status'       => $this->status(),
				'warning'      => $result['warning'],
				'first_report' => $this->delivery_view( $result['first_report'] ),
			),
			200
		);
	}

	public function disconnect(): \WP_REST_Response {
		$this->enrollment->disconnect();
		return new \WP_REST_Response( array( 'status' => $this->status() ), 200 );
	}

	/**
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function send_report() {
		if ( ! $this->connection->is_connected() ) {
			return self::not_connected();
		}
		$result = $this->reporter->send_now( 'manual' );
		return new \WP_REST_Response(
			array_merge( $this->delivery_view( $result ), array( 'status' => $this->status() ) ),
			200
		);
	}

	/**
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function flush() {
		if ( ! $this->connection->is_connected() ) {
			return self::not_connected();
		}
		$result = $this->reporter->flush( true );
		return new \WP_REST_Response(
			array(
				'sent'   => $result['sent'],
				'dead'   => $result['dead'],
				'busy'   => $result['busy'],
				'error'  => $result['error'] ? $this->error_view( $result['error']['code'], $result['error']['message'] ) : null,
				'status' => $this->status(),
			),
			200
		);
	}

	/**
	 * Everything the admin page shows.
	 *
	 * @return array<string, mixed>
	 */
	public function status(): array {
		$connection = $this->connection->get();
		$state      = $this->connection->state();
		$outbox     = $this->outbox->summary();
		$last_error = $state['last_error'];
		return array(
			'connected'         => null !== $connection,
			'hub_url'           => $connection['hub_url'] ?? null,
			'site_id'           => $connection['site_id'] ?? null,
			'connected_at'      => $connection ? Time::rfc3339( $connection['connected_at'] ) : null,
			'report_interval_s' => $connection['report_interval_s'] ?? null,
			'last_report_at'    => Time::rfc3339_or_null( $state['last_report_at'] ),
			'last_report_id'    => $state['last_report_id'],
			'last_error'        => $last_error ? array_merge(
				$this->error_view( $last_error['code'], $last_error['message'] ),
				array( 'at' => Time::rfc3339( $last_error['at'] ) )
			) : null,
			'outbox'            => array(
				'pending'         => $outbox['pending'],
				'dead'            => $outbox['dead'],
				'next_attempt_at' => $outbox['pending'] > 0 ? Time::rfc3339_or_null( $outbox['next_attempt_at'] ) : null,
				'last_error'      => $outbox['last_error'],
			),
			'pending_updates'   => $this->collector->pending_update_counts(),
			'insecure_hub'      => $connection['insecure'] ?? false,
			'warning'           => ! empty( $connection['insecure'] ) ? Enrollment::insecure_warning() : null,
			'agent_version'     => $this->agent_version,
			'preset'            => $this->preset_view(),
			'recent_events'     => array_map(
				static function ( array $e ): array {
					return array(
						'at'      => Time::rfc3339( $e['at'] ),
						'event'   => $e['event'],
						'message' => $e['message'],
					);
				},
				$this->logger->recent( 10 )
			),
		);
	}

	/**
	 * The wp-config.php connection, with times as RFC 3339.
	 *
	 * @return array<string, mixed>|null
	 */
	private function preset_view(): ?array {
		$view = $this->preset->view();
		if ( null === $view ) {
			return null;
		}
		$view['next_attempt_at'] = null === $view['next_attempt_at'] ? null : Time::rfc3339( $view['next_attempt_at'] );
		return $view;
	}

	/**
	 * @param array{report_id: string|null, delivered: bool, error: array{code: string, message: string}|null} $result
	 * @return array{report_id: string|null, delivered: bool, error: array{code: string, message: string, hub_message: string}|null}
	 */
	private function delivery_view( array $result ): array {
		return array(
			'report_id' => $result['report_id'],
			'delivered' => $result['delivered'],
			'error'     => $result['error'] ? $this->error_view( $result['error']['code'], $result['error']['message'] ) : null,
		);
	}

	/**
	 * A delivery error code with a translated explanation (and the hub's own words).
	 *
	 * @return array{code: string, message: string, hub_message: string}
	 */
	private function error_view( string $code, string $detail ): array {
		switch ( $code ) {
			case 'HUB_UNREACHABLE':
				$message = __( 'The hub could not be reached. The report is kept and will be retried automatically.', 'retainer-agent' );
				break;
			case 'SIGNATURE_INVALID':
			case 'SIGNATURE_MISSING':
			case 'SITE_UNKNOWN':
				$message = __( 'The hub did not accept this site\'s signature. Disconnect and connect again with a new enrollment code.', 'retainer-agent' );
				break;
			case 'SITE_REVOKED':
				$message = __( 'The hub has revoked this site. Ask your maintenance provider, then connect again with a new enrollment code.', 'retainer-agent' );
				break;
			case 'TIMESTAMP_OUT_OF_WINDOW':
				$message = __( 'The hub refused the report because this server\'s clock is off by more than five minutes. Fix the server time.', 'retainer-agent' );
				break;
			case 'NONCE_REPLAYED':
				$message = __( 'The hub refused a repeated request. The next report will use a new one.', 'retainer-agent' );
				break;
			case 'VALIDATION_FAILED':
				$message = __( 'The hub refused the report as invalid. Updating the Retainer Agent plugin may fix this.', 'retainer-agent' );
				break;
			case 'RATE_LIMITED':
			case 'HTTP_429':
				$message = __( 'The hub asked to slow down. The report is kept and will be retried automatically.', 'retainer-agent' );
				break;
			case 'FLUSH_BUSY':
				$message = __( 'Another delivery is already running. The report is queued and will follow.', 'retainer-agent' );
				break;
			case 'NOT_DELIVERED':
				$message = __( 'The report is queued and will be sent with the next delivery.', 'retainer-agent' );
				break;
			default:
				/* translators: %s: error code. */
				$message = sprintf( __( 'The hub answered with an error (%s). The report is kept and retried when possible.', 'retainer-agent' ), $code );
		}
		return array(
			'code'        => $code,
			'message'     => $message,
			'hub_message' => $detail,
		);
	}

	private static function not_connected(): \WP_Error {
		return new \WP_Error( 'NOT_CONNECTED', __( 'This site is not connected to a hub yet.', 'retainer-agent' ), array( 'status' => 409 ) );
	}
}
