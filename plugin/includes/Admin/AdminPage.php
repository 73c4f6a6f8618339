<?php
/**
 * Settings → Retainer Agent: a small React app (admin/index.tsx, built into build/) over the
 * retainer/v1 admin routes. The PHP renders the heading and a mount point; everything else is the app.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Admin;

defined( 'ABSPATH' ) || exit;

final class AdminPage {

	public const SLUG   = 'retainer-agent';
	public const HANDLE = 'retainer-agent-admin';

	private string $plugin_file;
	private string $version;
	private string $hook_suffix = '';

	public function __construct( string $plugin_file, string $version ) {
		$this->plugin_file = $plugin_file;
		$this->version     = $version;
	}

	public function add_hooks(): void {
		add_action( 'admin_menu', array( $this, 'add_menu' ) );
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( $this->plugin_file ), array( $this, 'action_links' ) );
	}

	public function add_menu(): void {
		$suffix            = add_options_page(
			__( 'Retainer Agent', 'retainer-agent' ),
			__( 'Retainer Agent', 'retainer-agent' ),
			'manage_options',
			self::SLUG,
			array( $this, 'render' )
		);
		$this->hook_suffix = is_string( $suffix ) ? $suffix : '';
	}

	/**
	 * @param array<int|string, string> $links
	 * @return array<int|string, string>
	 */
	public function action_links( $links ): array {
		$links   = is_array( $links ) ? $links : array();
		$links[] = sprintf(
			'<a href="%s">%s</a>',
			esc_url( admin_url( 'options-general.php?page=' . self::SLUG ) ),
			esc_html__( 'Settings', 'retainer-agent' )
		);
		return $links;
	}

	/**
	 * @param string $hook_suffix The current admin page.
	 */
	public function enqueue( $hook_suffix ): void {
		if ( '' === $this->hook_suffix || $hook_suffix !== $this->hook_suffix ) {
			return;
		}
		$dir   = plugin_dir_path( $this->plugin_file );
		$asset = $dir . 'build/index.asset.php';
		if ( ! is_readable( $asset ) ) {
			return; // render() explains that the page's script is missing.
		}
		$meta = require $asset;
		$deps = is_array( $meta ) && isset( $meta['dependencies'] ) ? (array) $meta['dependencies'] : array();
		$ver  = is_array( $meta ) && isset( $meta['version'] ) ? (string) $meta['version'] : $this->version;

		wp_enqueue_script( self::HANDLE, plugins_url( 'build/index.js', $this->plugin_file ), $deps, $ver, true );
		wp_set_script_translations( self::HANDLE, 'retainer-agent', $dir . 'languages' );
		wp_enqueue_style( 'wp-components' );
		if ( is_readable( $dir . 'build/index.css' ) ) {
			wp_enqueue_style( self::HANDLE, plugins_url( 'build/index.css', $this->plugin_file ), array( 'wp-components' ), $ver );
		}
	}

	public function render(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$built = is_readable( plugin_dir_path( $this->plugin_file ) . 'build/index.asset.php' );
		?>
		<div class="wrap retainer-agent-wrap">
			<h1><?php esc_html_e( 'Retainer Agent', 'retainer-agent' ); ?></h1>
			<?php if ( ! $built ) : ?>
				<div class="notice notice-error"><p><?php esc_html_e( 'The admin page script is missing (build/index.js). Reinstall the plugin from its release zip, or run the build.', 'retainer-agent' ); ?></p></div>
			<?php endif; ?>
			<div id="retainer-agent-root"></div>
			<noscript><p><?php esc_html_e( 'This page needs JavaScript.', 'retainer-agent' ); ?></p></noscript>
		</div>
		<?php
	}
}
