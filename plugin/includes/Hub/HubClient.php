<?php
/**
 * HTTP to the hub: the unsigned enrollment and the signed requests that follow it.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class HubClient {

	public const ENROLL_PATH          = '/agent/v1/enroll';
	public const REPORTS_PATH         = '/agent/v1/reports';
	public const COMMAND_RESULTS_PATH = '/agent/v1/command-results';

	private const TIMEOUT_S = 15;

	private Connection $connection;
	private KeyStore $keys;
	private Signer $signer;
	private Clock $clock;
	private string $agent_version;

	public function __construct( Connection $connection, KeyStore $keys, Signer $signer, Clock $clock, string $agent_version ) {
		$this->connection    = $connection;
		$this->keys          = $keys;
		$this->signer        = $signer;
		$this->clock         = $clock;
		$this->agent_version = $agent_version;
	}

	/**
	 * POST {hub}/agent/v1/enroll (the only unsigned request: the one-time code is the credential).
	 *
	 * @param string                $hub_url Normalised hub URL (no trailing slash).
	 * @param array<string, string> $payload EnrollRequest.
	 */
	public function enroll( string $hub_url, array $payload ): HubResponse {
		return $this->post( $hub_url . self::ENROLL_PATH, (string) wp_json_encode( $payload, JSON_UNESCAPED_SLASHES ), array() );
	}

	/**
	 * A signed POST of exactly $body to {hub}{$endpoint}.
	 *
	 * @param string $endpoint e.g. /agent/v1/reports.
	 * @param string $body     JSON, sent and signed byte for byte.
	 */
	public function post_signed( string $endpoint, string $body ): HubResponse {
		$connection = $this->connection->get();
		$secret     = $this->keys->secret_key();
		if ( null === $connection || null === $secret ) {
			return HubResponse::from_http( new \WP_Error( 'not_connected', 'This site is not connected to a hub.' ) );
		}
		$url     = $connection['hub_url'] . $endpoint;
		$headers = $this->signer->request_headers(
			$connection['site_id'],
			'POST',
			Signer::request_target( $url ),
			$body,
			$secret,
			$this->clock->now()
		);
		return $this->post( $url, $body, $headers );
	}

	/**
	 * @param array<string, string> $headers
	 */
	private function post( string $url, string $body, array $headers ): HubResponse {
		$response = wp_remote_post(
			$url,
			array(
				'timeout'     => self::TIMEOUT_S,
				// A redirect would change the signed path (and may turn POST into GET): never follow one.
				'redirection' => 0,
				'headers'     => array_merge(
					array(
						'Content-Type' => 'application/json',
						'Accept'       => 'application/json',
					),
					$headers
				),
				'body'        => $body,
				'data_format' => 'body',
				'user-agent'  => 'RetainerAgent/' . $this->agent_version . '; ' . home_url( '/' ),
			)
		);
		return HubResponse::from_http( $response );
	}
}
