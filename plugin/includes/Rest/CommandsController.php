<?php
/**
 * POST /wp-json/retainer/v1/commands: the hub's signed commands. The permission callback verifies
 * the signature; errors are answered as the protocol's {error: {code, message}} body.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Rest;

use Retainer\Agent\Commands\CommandRunner;
use Retainer\Agent\Hub\Reporter;

defined( 'ABSPATH' ) || exit;

final class CommandsController {

	public const NAMESPACE = 'retainer/v1';
	public const ROUTE     = '/commands';

	private HubRequestVerifier $verifier;
	private CommandRunner $runner;
	private Reporter $reporter;

	public function __construct( HubRequestVerifier $verifier, CommandRunner $runner, Reporter $reporter ) {
		$this->verifier = $verifier;
		$this->runner   = $runner;
		$this->reporter = $reporter;
	}

	public function add_hooks(): void {
		add_action( 'rest_api_init', array( $this, 'register_routes' ) );
		add_filter( 'rest_post_dispatch', array( $this, 'shape_errors' ), 10, 3 );
	}

	public function register_routes(): void {
		register_rest_route(
			self::NAMESPACE,
			self::ROUTE,
			array(
				'methods'             => \WP_REST_Server::CREATABLE,
				'callback'            => array( $this, 'handle' ),
				'permission_callback' => array( $this, 'check_signature' ),
			)
		);
	}

	/**
	 * @return true|\WP_Error
	 */
	public function check_signature( \WP_REST_Request $request ) {
		// The exact request-target the hub signed: not sanitised, only compared byte for byte.
		$target = isset( $_SERVER['REQUEST_URI'] ) ? (string) wp_unslash( $_SERVER['REQUEST_URI'] ) : ''; // phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
		return $this->verifier->verify( $request, $target );
	}

	/**
	 * @return \WP_REST_Response|\WP_Error
	 */
	public function handle( \WP_REST_Request $request ) {
		$command = json_decode( (string) $request->get_body(), true );
		if ( ! is_array( $command ) ) {
			return new \WP_Error( 'MALFORMED_JSON', 'The body must be a JSON Command object.', array( 'status' => 400 ) );
		}
		$outcome = $this->runner->run_signed( $command );
		if ( null !== $outcome['error'] ) {
			return new \WP_Error( $outcome['error']['code'], $outcome['error']['message'], array( 'status' => $outcome['http_status'] ) );
		}
		// Commands that came back with a report sent by this command run now, bounded to one round.
		$this->reporter->run_waiting_commands();
		if ( $this->runner->result_queued() ) {
			$this->reporter->flush( true );
		}
		return new \WP_REST_Response( $outcome['result'], $outcome['http_status'] );
	}

	/**
	 * Errors on the commands route become {error: {code, message}} (the protocol's error body).
	 *
	 * @param mixed $response
	 * @return mixed
	 */
	public function shape_errors( $response, \WP_REST_Server $server, \WP_REST_Request $request ) {
		if ( ! $response instanceof \WP_REST_Response || $response->get_status() < 400 ) {
			return $response;
		}
		if ( '/' . self::NAMESPACE . self::ROUTE !== untrailingslashit( $request->get_route() ) ) {
			return $response;
		}
		$data = $response->get_data();
		if ( ! is_array( $data ) || isset( $data['error'] ) ) {
			return $response;
		}
		$code = isset( $data['code'] ) ? (string) $data['code'] : 'INTERNAL_ERROR';
		$map  = array(
			'rest_invalid_json'           => 'MALFORMED_JSON',
			'rest_no_route'               => 'NOT_FOUND',
			'rest_invalid_param'          => 'VALIDATION_FAILED',
			'rest_missing_callback_param' => 'VALIDATION_FAILED',
		);
		$code = $map[ $code ] ?? $code;
		$response->set_data(
			array(
				'error' => array(
					'code'    => $code,
					'message' => isset( $data['message'] ) ? (string) $data['message'] : '',
				),
			)
		);
		return $response;
	}
}
