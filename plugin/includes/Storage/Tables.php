<?php
/**
 * Names of the plugin's own tables (per site: they follow $wpdb->prefix, also after switch_to_blog()).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Storage;

defined( 'ABSPATH' ) || exit;

final class Tables {

	private \wpdb $wpdb;

	public function __construct( \wpdb $wpdb ) {
		$this->wpdb = $wpdb;
	}

	/** Reports and command results waiting for the hub. */
	public function outbox(): string {
		return $this->wpdb->prefix . 'retainer_outbox';
	}

	/** Nonces of signed hub requests already seen (single use). */
	public function nonces(): string {
		return $this->wpdb->prefix . 'retainer_nonces';
	}

	/** Commands received from the hub and their results (at-most-once execution). */
	public function commands(): string {
		return $this->wpdb->prefix . 'retainer_commands';
	}

	/**
	 * Every table, for uninstall and tests.
	 *
	 * @return list<string>
	 */
	public function all(): array {
		return array( $this->outbox(), $this->nonces(), $this->commands() );
	}
}
