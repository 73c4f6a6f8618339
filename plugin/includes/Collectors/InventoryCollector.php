<?php
/**
 * Builds the status report (schemas/status-report.json) from WordPress's own data: versions, pending
 * updates (the update_* site transients WordPress keeps), auto-update settings, environment and the
 * Site Health summary, and the backups section (what the site's backup plugin recorded). It reads
 * only; it never asks wordpress.org for anything.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Collectors;

use Retainer\Agent\Backups\BackupsCollector;
use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type PluginInfo array{file: string, name: string, version: string, active: bool, network_active: bool, auto_update: bool, update_version: string|null}
 * @phpstan-type ThemeInfo array{stylesheet: string, name: string, version: string, active: bool, auto_update: bool, update_version: string|null}
 * @phpstan-type TranslationInfo array{type: string, slug: string, language: string, version: string}
 * @phpstan-type Health array{status: string, good: int, recommended: int, critical: int, checked_at: string|null}
 */
final class InventoryCollector {

	public const PROTOCOL_VERSION = 1;
	public const TRIGGERS         = array( 'cron', 'upgrade', 'manual', 'command', 'connect', 'backup' );

	/** WordPress's Site Health summary (JSON with good / recommended / critical counts). */
	public const HEALTH_OPTION = 'health-check-site-status-result';
	/** When that summary last changed (WordPress does not store it): kept by this plugin. */
	public const HEALTH_CHECKED_AT_OPTION = 'retainer_agent_health_checked_at';

	private Clock $clock;
	private string $agent_version;
	private ?BackupsCollector $backups;

	/**
	 * @param BackupsCollector|null $backups Null leaves the optional backups section out.
	 */
	public function __construct( Clock $clock, string $agent_version, ?BackupsCollector $backups = null ) {
		$this->clock         = $clock;
		$this->agent_version = $agent_version;
		$this->backups       = $backups;
	}

	public function add_hooks(): void {
		add_action( 'add_option_' . self::HEALTH_OPTION, array( $this, 'remember_health_check' ) );
		add_action( 'update_option_' . self::HEALTH_OPTION, array( $this, 'remember_health_check' ) );
	}

	/**
	 * Site Health stored a new result: note when.
	 */
	public function remember_health_check(): void {
		update_option( self::HEALTH_CHECKED_AT_OPTION, $this->clock->now(), false );
	}

	/**
	 * The full report.
	 *
	 * @param string $trigger One of self::TRIGGERS.
	 * @return array<string, mixed>
	 */
	public function collect( string $trigger ): array {
		$this->load_admin_functions();
		if ( ! in_array( $trigger, self::TRIGGERS, true ) ) {
			throw new \InvalidArgumentException( sprintf( 'Unknown report trigger "%s".', $trigger ) );
		}
		$report = array(
			'report_id'        => wp_generate_uuid4(),
			'protocol_version' => self::PROTOCOL_VERSION,
			'generated_at'     => Time::rfc3339( $this->clock->now() ),
			'trigger'          => $trigger,
			'site_url'         => home_url(),
			'agent_version'    => $this->agent_version,
			'core'             => $this->core(),
			'environment'      => $this->environment(),
			'plugins'          => $this->plugins(),
			'themes'           => $this->themes(),
			'translations'     => $this->translations(),
			'health'           => $this->health(),
		);
		if ( null !== $this->backups ) {
			$report['backups'] = $this->backups->collect();
		}
		return $report;
	}

	/**
	 * How many updates wait, by kind (for the admin page; cheaper than a full report).
	 *
	 * @return array{core: int, plugins: int, themes: int, translations: int}
	 */
	public function pending_update_counts(): array {
		$this->load_admin_functions();
		$count = static function ( array $items ): int {
			return count( array_filter( array_column( $items, 'update_version' ) ) );
		};
		return array(
			'core'         => null === $this->core_update_version() ? 0 : 1,
			'plugins'      => $count( $this->plugins() ),
			'themes'       => $count( $this->themes() ),
			'translations' => count( $this->translations() ),
		);
	}

	/**
	 * @return array{version: string, update_version: string|null, locale: string, multisite: bool}
	 */
	private function core(): array {
		return array(
			'version'        => self::version_string( (string) get_bloginfo( 'version' ), '0' ),
			'update_version' => $this->core_update_version(),
			'locale'         => self::clip( (string) get_locale(), 32 ),
			'multisite'      => is_multisite(),
		);
	}

	/**
	 * Newest core version WordPress offers as an upgrade (also when the admin dismissed it).
	 */
	private function core_update_version(): ?string {
		$updates = get_core_updates( array( 'dismissed' => true ) );
		if ( ! is_array( $updates ) ) {
			return null;
		}
		foreach ( $updates as $offer ) {
			if ( is_object( $offer ) && isset( $offer->response, $offer->current ) && 'upgrade' === $offer->response ) {
				return self::nullable_version( (string) $offer->current );
			}
		}
		return null;
	}

	/**
	 * @return array{php_version: string, db_server: string, db_version: string|null, web_server: string, commands_url: string}
	 */
	private function environment(): array {
		list( $db_server, $db_version ) = $this->database();
		$software                       = isset( $_SERVER['SERVER_SOFTWARE'] ) ? sanitize_text_field( wp_unslash( (string) $_SERVER['SERVER_SOFTWARE'] ) ) : '';
		return array(
			'php_version'  => self::version_string( PHP_VERSION, '0' ),
			'db_server'    => $db_server,
			'db_version'   => $db_version,
			'web_server'   => self::clip( '' === $software ? 'unknown' : $software, 200 ),
			'commands_url' => rest_url( 'retainer/v1/commands' ),
		);
	}

	/**
	 * mariadb|mysql|unknown and the server's version.
	 *
	 * @return array{0: string, 1: string|null}
	 */
	private function database(): array {
		global $wpdb;
		$info = '';
		if ( is_object( $wpdb ) && method_exists( $wpdb, 'db_server_info' ) ) {
			$info = (string) $wpdb->db_server_info();
		}
		// MariaDB may present itself as "5.5.5-10.11.6-MariaDB-0+deb12u1" for old MySQL clients.
		$clean   = (string) preg_replace( '/^5\.5\.5-/', '', $info );
		$version = preg_match( '/^(\d+\.\d+(?:\.\d+)?)/', $clean, $m ) ? $m[1] : null;
		if ( false !== stripos( $info, 'mariadb' ) ) {
			return array( 'mariadb', $version );
		}
		if ( null !== $version ) {
			return array( 'mysql', $version );
		}
		return array( 'unknown', null );
	}

	/**
	 * @return list<PluginInfo>
	 */
	private function plugins(): array {
		$updates     = get_site_transient( 'update_plugins' );
		$responses   = is_object( $updates ) && isset( $updates->response ) && is_array( $updates->response ) ? $updates->response : array();
		$auto        = (array) get_site_option( 'auto_update_plugins', array() );
		$auto_global = wp_is_auto_update_enabled_for_type( 'plugin' );
		$plugins     = array();
		foreach ( get_plugins() as $file => $data ) {
			$file = (string) $file;
			if ( '' === $file || strlen( $file ) > 255 ) {
				continue;
			}
			$update    = $responses[ $file ] ?? null;
			$plugins[] = array(
				'file'           => $file,
				'name'           => self::clip( wp_strip_all_tags( (string) ( $data['Name'] ?? '' ) ), 255 ),
				'version'        => self::clip( (string) ( $data['Version'] ?? '' ), 64 ),
				'active'         => is_plugin_active( $file ),
				'network_active' => is_multisite() && is_plugin_active_for_network( $file ),
				'auto_update'    => $auto_global && in_array( $file, $auto, true ),
				'update_version' => is_object( $update ) && isset( $update->new_version ) ? self::nullable_version( (string) $update->new_version ) : null,
			);
		}
		return array_slice( $plugins, 0, 2000 );
	}

	/**
	 * @return list<ThemeInfo>
	 */
	private function themes(): array {
		$updates     = get_site_transient( 'update_themes' );
		$responses   = is_object( $updates ) && isset( $updates->response ) && is_array( $updates->response ) ? $updates->response : array();
		$auto        = (array) get_site_option( 'auto_update_themes', array() );
		$auto_global = wp_is_auto_update_enabled_for_type( 'theme' );
		$active      = get_stylesheet();
		$themes      = array();
		foreach ( wp_get_themes() as $stylesheet => $theme ) {
			$stylesheet = (string) $stylesheet;
			if ( '' === $stylesheet || strlen( $stylesheet ) > 255 ) {
				continue;
			}
			$update   = $responses[ $stylesheet ] ?? null;
			$themes[] = array(
				'stylesheet'     => $stylesheet,
				'name'           => self::clip( wp_strip_all_tags( (string) $theme->get( 'Name' ) ), 255 ),
				'version'        => self::clip( (string) $theme->get( 'Version' ), 64 ),
				'active'         => $stylesheet === $active,
				'auto_update'    => $auto_global && in_array( $stylesheet, $auto, true ),
				'update_version' => is_array( $update ) && isset( $update['new_version'] ) ? self::nullable_version( (string) $update['new_version'] ) : null,
			);
		}
		return array_slice( $themes, 0, 500 );
	}

	/**
	 * @return list<TranslationInfo>
	 */
	private function translations(): array {
		$out = array();
		foreach ( wp_get_translation_updates() as $update ) {
			if ( ! is_object( $update ) || ! isset( $update->type ) || ! in_array( $update->type, array( 'core', 'plugin', 'theme' ), true ) ) {
				continue;
			}
			$out[] = array(
				'type'     => (string) $update->type,
				'slug'     => self::clip( (string) ( $update->slug ?? '' ), 255 ),
				'language' => self::clip( (string) ( $update->language ?? '' ), 32 ),
				'version'  => self::clip( (string) ( $update->version ?? '' ), 64 ),
			);
		}
		return array_slice( $out, 0, 5000 );
	}

	/**
	 * @return Health
	 */
	private function health(): array {
		$raw    = get_option( self::HEALTH_OPTION );
		$counts = is_string( $raw ) ? json_decode( $raw, true ) : ( is_array( $raw ) ? $raw : null );
		if ( ! is_array( $counts ) ) {
			return array(
				'status'      => 'unknown',
				'good'        => 0,
				'recommended' => 0,
				'critical'    => 0,
				'checked_at'  => null,
			);
		}
		$good        = max( 0, (int) ( $counts['good'] ?? 0 ) );
		$recommended = max( 0, (int) ( $counts['recommended'] ?? 0 ) );
		$critical    = max( 0, (int) ( $counts['critical'] ?? 0 ) );
		if ( $critical > 0 ) {
			$status = 'critical';
		} elseif ( $recommended > 0 ) {
			$status = 'recommended';
		} elseif ( $good > 0 ) {
			$status = 'good';
		} else {
			$status = 'unknown';
		}
		$checked_at = get_option( self::HEALTH_CHECKED_AT_OPTION );
		return array(
			'status'      => $status,
			'good'        => $good,
			'recommended' => $recommended,
			'critical'    => $critical,
			'checked_at'  => is_numeric( $checked_at ) ? Time::rfc3339( (int) $checked_at ) : null,
		);
	}

	private function load_admin_functions(): void {
		// Cron and REST requests do not load wp-admin's includes.
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		require_once ABSPATH . 'wp-admin/includes/update.php';
		require_once ABSPATH . 'wp-admin/includes/theme.php';
	}

	private static function clip( string $value, int $max ): string {
		return function_exists( 'mb_substr' ) ? mb_substr( $value, 0, $max ) : substr( $value, 0, $max );
	}

	private static function nullable_version( string $value ): ?string {
		$value = trim( $value );
		return '' === $value ? null : self::clip( $value, 64 );
	}

	private static function version_string( string $value, string $fallback ): string {
		return self::nullable_version( $value ) ?? $fallback;
	}
}
