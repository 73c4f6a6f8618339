<?php
/**
 * Removes everything Retainer Agent stored: options (including the secret key), its tables,
 * transients and cron events, on every site of a network, and leftover update rollback copies.
 *
 * @package Retainer\Agent
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Cleans the current site.
 */
function retainer_agent_uninstall_site() {
	global $wpdb;

	foreach ( array( 'retainer_agent_report', 'retainer_agent_flush', 'retainer_agent_upgrade_report', 'retainer_agent_backup_report', 'retainer_agent_preset_connect' ) as $hook ) {
		wp_clear_scheduled_hook( $hook );
	}

	foreach ( array( 'retainer_outbox', 'retainer_nonces', 'retainer_commands' ) as $table ) {
		$wpdb->query( 'DROP TABLE IF EXISTS `' . esc_sql( $wpdb->prefix . $table ) . '`' ); // phpcs:ignore WordPress.DB.PreparedSQL.NotPrepared,WordPress.DB.DirectDatabaseQuery.SchemaChange -- fixed table names.
	}

	// Every option and transient of the plugin: retainer_agent_* (connection, secret key, state, log,
	// flush lock, schema version, health timestamp) and _transient(_timeout)_retainer_agent_*.
	$names = $wpdb->get_col(
		$wpdb->prepare(
			"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( 'retainer_agent_' ) . '%',
			$wpdb->esc_like( '_transient_retainer_agent_' ) . '%',
			$wpdb->esc_like( '_transient_timeout_retainer_agent_' ) . '%'
		)
	);
	foreach ( (array) $names as $name ) {
		delete_option( $name );
	}
}

/**
 * Removes rollback copies a crashed update run left behind (wp-content/retainer-rollback/): with the
 * agent gone nothing can restore them, so they would only take disk space.
 */
function retainer_agent_remove_rollback_copies() {
	$dir = WP_CONTENT_DIR . '/retainer-rollback';
	if ( ! is_dir( $dir ) ) {
		return;
	}
	require_once ABSPATH . 'wp-admin/includes/file.php';
	if ( WP_Filesystem() ) {
		global $wp_filesystem;
		$wp_filesystem->delete( $dir, true );
	}
}

retainer_agent_remove_rollback_copies();

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $retainer_agent_site_id ) {
		switch_to_blog( (int) $retainer_agent_site_id );
		retainer_agent_uninstall_site();
		restore_current_blog();
	}
	global $wpdb;
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->sitemeta} WHERE meta_key LIKE %s OR meta_key LIKE %s",
			$wpdb->esc_like( '_site_transient_retainer_agent_' ) . '%',
			$wpdb->esc_like( '_site_transient_timeout_retainer_agent_' ) . '%'
		)
	);
} else {
	retainer_agent_uninstall_site();
	global $wpdb;
	$wpdb->query(
		$wpdb->prepare(
			"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
			$wpdb->esc_like( '_site_transient_retainer_agent_' ) . '%',
			$wpdb->esc_like( '_site_transient_timeout_retainer_agent_' ) . '%'
		)
	);
}
