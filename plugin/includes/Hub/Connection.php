<?php
/**
 * What this site knows about its hub once connected, plus the delivery state shown to the admin.
 *
 * Options:
 * - retainer_agent_connection (autoloaded, no secrets): hub_url, site_id, hub_public_key (base64),
 *   agent_public_key (base64), report_interval_s, connected_at (unix), insecure (bool: http on loopback).
 * - retainer_agent_state (not autoloaded): last_report_at, last_report_id, last_error {code, message, at}.
 * The agent's secret key lives in KeyStore.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Hub;

defined( 'ABSPATH' ) || exit;

final class Connection {

	public const OPTION       = 'retainer_agent_connection';
	public const STATE_OPTION = 'retainer_agent_state';

	public const DEFAULT_REPORT_INTERVAL_S = 3600;

	/**
	 * The stored connection, or null when this site is not connected.
	 *
	 * @return array{hub_url: string, site_id: string, hub_public_key: string, agent_public_key: string, report_interval_s: int, connected_at: int, insecure: bool}|null
	 */
	public function get(): ?array {
		$value = get_option( self::OPTION );
		if ( ! is_array( $value ) || empty( $value['hub_url'] ) || empty( $value['site_id'] ) || empty( $value['hub_public_key'] ) ) {
			return null;
		}
		return array(
			'hub_url'           => (string) $value['hub_url'],
			'site_id'           => (string) $value['site_id'],
			'hub_public_key'    => (string) $value['hub_public_key'],
			'agent_public_key'  => (string) ( $value['agent_public_key'] ?? '' ),
			'report_interval_s' => max( 60, (int) ( $value['report_interval_s'] ?? self::DEFAULT_REPORT_INTERVAL_S ) ),
			'connected_at'      => (int) ( $value['connected_at'] ?? 0 ),
			'insecure'          => ! empty( $value['insecure'] ),
		);
	}

	public function is_connected(): bool {
		return null !== $this->get();
	}

	public function site_id(): ?string {
		$c = $this->get();
		return $c ? $c['site_id'] : null;
	}

	public function hub_url(): ?string {
		$c = $this->get();
		return $c ? $c['hub_url'] : null;
	}

	/**
	 * The hub's raw 32-byte public key, null when not connected or malformed.
	 */
	public function hub_public_key(): ?string {
		$c = $this->get();
		return $c ? Signer::decode_public_key( $c['hub_public_key'] ) : null;
	}

	public function report_interval(): int {
		$c = $this->get();
		return $c ? $c['report_interval_s'] : self::DEFAULT_REPORT_INTERVAL_S;
	}

	/**
	 * Stores a new connection (and resets the delivery state).
	 *
	 * @param array{hub_url: string, site_id: string, hub_public_key: string, agent_public_key: string, report_interval_s: int, connected_at: int, insecure: bool} $connection
	 */
	public function save( array $connection ): void {
		update_option( self::OPTION, $connection, true );
		update_option( self::STATE_OPTION, $this->empty_state(), false );
	}

	public function forget(): void {
		delete_option( self::OPTION );
		delete_option( self::STATE_OPTION );
	}

	/**
	 * @return array{last_report_at: int|null, last_report_id: string|null, last_error: array{code: string, message: string, at: int}|null}
	 */
	public function state(): array {
		$state = get_option( self::STATE_OPTION );
		$state = is_array( $state ) ? $state : array();
		return array(
			'last_report_at' => isset( $state['last_report_at'] ) ? (int) $state['last_report_at'] : null,
			'last_report_id' => isset( $state['last_report_id'] ) ? (string) $state['last_report_id'] : null,
			'last_error'     => isset( $state['last_error'] ) && is_array( $state['last_error'] ) ? array(
				'code'    => (string) ( $state['last_error']['code'] ?? '' ),
				'message' => (string) ( $state['last_error']['message'] ?? '' ),
				'at'      => (int) ( $state['last_error']['at'] ?? 0 ),
			) : null,
		);
	}

	public function record_report_delivered( string $report_id, int $at ): void {
		$state                   = $this->state();
		$state['last_report_at'] = $at;
		$state['last_report_id'] = $report_id;
		$state['last_error']     = null;
		update_option( self::STATE_OPTION, $state, false );
	}

	public function record_error( string $code, string $message, int $at ): void {
		$state               = $this->state();
		$state['last_error'] = array(
			'code'    => $code,
			'message' => $message,
			'at'      => $at,
		);
		update_option( self::STATE_OPTION, $state, false );
	}

	public function clear_error(): void {
		$state = $this->state();
		if ( null !== $state['last_error'] ) {
			$state['last_error'] = null;
			update_option( self::STATE_OPTION, $state, false );
		}
	}

	/**
	 * @return array{last_report_at: null, last_report_id: null, last_error: null}
	 */
	private function empty_state(): array {
		return array(
			'last_report_at' => null,
			'last_report_id' => null,
			'last_error'     => null,
		);
	}
}
