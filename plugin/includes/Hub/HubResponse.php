<?php
/**
 * One answer from the hub (or the network failure instead of one), classified for delivery rules.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

defined( 'ABSPATH' ) || exit;

final class HubResponse {

	/** HTTP status; 0 when the request never got an answer. */
	public int $status;
	public string $body;
	/** @var array<string, mixed>|null Decoded JSON object, null when the body is not one. */
	public ?array $json;
	public string $network_error;

	/**
	 * @param array<string, mixed>|null $json
	 */
	private function __construct( int $status, string $body, ?array $json, string $network_error ) {
		$this->status        = $status;
		$this->body          = $body;
		$this->json          = $json;
		$this->network_error = $network_error;
	}

	/**
	 * From what wp_remote_request() returned.
	 *
	 * @param array<string, mixed>|\WP_Error $response
	 */
	public static function from_http( $response ): self {
		if ( is_wp_error( $response ) ) {
			return new self( 0, '', null, $response->get_error_message() );
		}
		$body = (string) wp_remote_retrieve_body( $response );
		$json = json_decode( $body, true );
		return new self( (int) wp_remote_retrieve_response_code( $response ), $body, is_array( $json ) ? $json : null, '' );
	}

	public function is_network_error(): bool {
		return 0 === $this->status;
	}

	public function is_success(): bool {
		return $this->status >= 200 && $this->status < 300;
	}

	/**
	 * A rejection the hub will repeat whatever we do (4xx other than 408/429): stop retrying.
	 */
	public function is_permanent_failure(): bool {
		return $this->status >= 400 && $this->status < 500 && 408 !== $this->status && 429 !== $this->status;
	}

	/**
	 * The protocol error code of an error body, HUB_UNREACHABLE for network errors, HTTP_<status> otherwise.
	 */
	public function error_code(): string {
		if ( $this->is_network_error() ) {
			return 'HUB_UNREACHABLE';
		}
		if ( isset( $this->json['error']['code'] ) && is_string( $this->json['error']['code'] ) ) {
			return substr( $this->json['error']['code'], 0, 64 );
		}
		return 'HTTP_' . $this->status;
	}

	/**
	 * The hub's (untranslated) message or the network error, for logs and the admin page.
	 */
	public function error_message(): string {
		if ( $this->is_network_error() ) {
			return $this->network_error;
		}
		if ( isset( $this->json['error']['message'] ) && is_string( $this->json['error']['message'] ) ) {
			return substr( $this->json['error']['message'], 0, 500 );
		}
		return sprintf( 'HTTP %d', $this->status );
	}
}
