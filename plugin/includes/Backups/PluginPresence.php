<?php
/**
 * Whether a third-party plugin is active, without loading wp-admin's includes (reports are also
 * built in cron and REST requests). A source counts as detected when the plugin's own symbol is
 * loaded (it is running in this request) or one of its known main files is active.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

defined( 'ABSPATH' ) || exit;

final class PluginPresence {

	/**
	 * @param list<string> $constants   Constants the plugin defines when it loads.
	 * @param list<string> $classes     Classes it declares when it loads.
	 * @param list<string> $plugin_files Main files relative to the plugins folder ("folder/file.php").
	 */
	public static function active( array $constants, array $classes, array $plugin_files ): bool {
		foreach ( $constants as $constant ) {
			if ( defined( $constant ) ) {
				return true;
			}
		}
		foreach ( $classes as $class ) {
			if ( class_exists( $class, false ) ) {
				return true;
			}
		}
		$active = get_option( 'active_plugins', array() );
		$active = is_array( $active ) ? $active : array();
		if ( is_multisite() ) {
			$network = get_site_option( 'active_sitewide_plugins', array() );
			$active  = array_merge( $active, is_array( $network ) ? array_keys( $network ) : array() );
		}
		return array() !== array_intersect( $plugin_files, $active );
	}
}
