<?php
/**
 * Plugin Name:       Retainer Agent
 * Description:       Connects this site to a Retainer hub: reports versions, pending updates and health over a signed protocol and runs the hub's signed commands.
 * Version:           0.1.0
 * Requires at least: 6.6
 * Requires PHP:      7.4
 * Author:            Retainer contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       retainer-agent
 * Domain Path:       /languages
 *
 * This file only holds the guards and the bootstrap; everything else lives in includes/.
 * It stays free of newer PHP syntax so that an old PHP shows a notice instead of a fatal error.
 *
 * @package Retainer\Agent
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'RETAINER_AGENT_VERSION', '0.1.0' );
define( 'RETAINER_AGENT_FILE', __FILE__ );
define( 'RETAINER_AGENT_MIN_PHP', '7.4' );

/**
 * Why the plugin cannot run here, or an empty string when it can.
 *
 * @return string
 */
function retainer_agent_requirements_problem() {
	if ( version_compare( PHP_VERSION, RETAINER_AGENT_MIN_PHP, '<' ) ) {
		return sprintf(
			/* translators: 1: required PHP version, 2: PHP version of this server. */
			__( 'Retainer Agent needs PHP %1$s or newer; this server runs PHP %2$s. The plugin is inactive until PHP is upgraded.', 'retainer-agent' ),
			RETAINER_AGENT_MIN_PHP,
			PHP_VERSION
		);
	}
	if ( ! function_exists( 'sodium_crypto_sign_keypair' ) || ! function_exists( 'sodium_crypto_sign_detached' ) ) {
		return __( 'Retainer Agent needs the PHP sodium extension (Ed25519 signatures). Ask your host to enable it; the plugin is inactive until then.', 'retainer-agent' );
	}
	return '';
}

$retainer_agent_problem = retainer_agent_requirements_problem();
if ( '' !== $retainer_agent_problem ) {
	add_action(
		'admin_notices',
		function () use ( $retainer_agent_problem ) {
			if ( current_user_can( 'activate_plugins' ) ) {
				printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( $retainer_agent_problem ) );
			}
		}
	);
	return;
}
unset( $retainer_agent_problem );

spl_autoload_register(
	function ( $class_name ) {
		$prefix = 'Retainer\\Agent\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}
		$relative = substr( $class_name, strlen( $prefix ) );
		$file     = __DIR__ . '/includes/' . str_replace( '\\', '/', $relative ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

( new Retainer\Agent\Plugin( __FILE__, RETAINER_AGENT_VERSION ) )->add_hooks();
