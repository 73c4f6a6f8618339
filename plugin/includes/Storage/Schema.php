<?php
/**
 * Creates and upgrades the plugin's tables with dbDelta: on activation and whenever the stored
 * schema version differs from the code's (updates do not run activation hooks).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Storage;

defined( 'ABSPATH' ) || exit;

final class Schema {

	public const VERSION_OPTION = 'retainer_agent_db_version';
	/** Bump when a CREATE TABLE below changes. */
	public const VERSION = '1';

	private \wpdb $wpdb;
	private Tables $tables;

	public function __construct( \wpdb $wpdb, Tables $tables ) {
		$this->wpdb   = $wpdb;
		$this->tables = $tables;
	}

	public function add_hooks(): void {
		add_action( 'plugins_loaded', array( $this, 'maybe_upgrade' ) );
	}

	/**
	 * Runs install() when the tables are older than this code (or missing on this site of a network).
	 */
	public function maybe_upgrade(): void {
		if ( self::VERSION !== get_option( self::VERSION_OPTION ) ) {
			$this->install();
		}
	}

	public function install(): void {
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$charset = $this->wpdb->get_charset_collate();
		$outbox  = $this->tables->outbox();
		$nonces  = $this->tables->nonces();
		$cmds    = $this->tables->commands();

		// dbDelta's format: one column per line, two spaces after PRIMARY KEY, KEY not INDEX.
		dbDelta(
			"CREATE TABLE {$outbox} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  report_id varchar(64) NOT NULL,
  kind varchar(32) NOT NULL,
  payload longtext NOT NULL,
  created_at datetime NOT NULL,
  attempts int(10) unsigned NOT NULL DEFAULT 0,
  next_attempt_at datetime NOT NULL,
  last_error text NULL,
  status varchar(16) NOT NULL DEFAULT 'pending',
  PRIMARY KEY  (id),
  KEY status_id (status,id),
  KEY report_id (report_id)
) {$charset};
CREATE TABLE {$nonces} (
  nonce varchar(128) NOT NULL,
  expires_at bigint(20) unsigned NOT NULL,
  PRIMARY KEY  (nonce),
  KEY expires_at (expires_at)
) {$charset};
CREATE TABLE {$cmds} (
  command_id varchar(64) NOT NULL,
  type varchar(64) NOT NULL,
  source varchar(16) NOT NULL,
  status varchar(16) NOT NULL,
  command longtext NOT NULL,
  result longtext NULL,
  received_at bigint(20) unsigned NOT NULL,
  finished_at bigint(20) unsigned NULL,
  PRIMARY KEY  (command_id),
  KEY status (status),
  KEY received_at (received_at)
) {$charset};"
		);
		update_option( self::VERSION_OPTION, self::VERSION, true );
	}
}
