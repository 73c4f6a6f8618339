<?php
/**
 * Looks an update item up in WordPress: is it installed, under which name and version, and what
 * update does WordPress offer for it right now (the update_plugins / update_themes / update_core
 * site transients, and the translations inside them). Item ids follow the protocol:
 * plugin basename, theme stylesheet, "wordpress", "<core|plugin|theme>:<slug>:<language>".
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type Offer array{version: string, requires_wp: string, requires_php: string, raw: mixed}
 * @phpstan-type Installed array{type: string, id: string, name: string, version: string|null, path: string|null, active: bool, network_active: bool, offer: Offer|null}
 */
final class InstalledItems {

	/**
	 * The installed item, or null when WordPress does not know it.
	 *
	 * @return Installed|null
	 */
	public function find( string $type, string $id ): ?array {
		WordPressAdmin::load();
		switch ( $type ) {
			case 'plugin':
				return $this->plugin( $id );
			case 'theme':
				return $this->theme( $id );
			case 'core':
				return 'wordpress' === $id ? $this->core() : null;
			case 'translation':
				return $this->translation( $id );
		}
		return null;
	}

	/**
	 * The version installed now, read afresh from disk (after an update or a restore).
	 */
	public function version_on_disk( string $type, string $id ): ?string {
		$found = $this->find( $type, $id );
		return null === $found ? null : $found['version'];
	}

	/**
	 * Forgets the offer for an item that was just updated, so the inventory stops listing it before
	 * WordPress next asks wordpress.org (the offer for anything else stays as it was).
	 */
	public function forget_offer( string $type, string $id ): void {
		if ( 'plugin' === $type || 'theme' === $type ) {
			$key     = 'plugin' === $type ? 'update_plugins' : 'update_themes';
			$current = get_site_transient( $key );
			if ( is_object( $current ) && isset( $current->response[ $id ] ) ) {
				unset( $current->response[ $id ] );
				set_site_transient( $key, $current );
			}
			return;
		}
		if ( 'translation' === $type ) {
			$parts = explode( ':', $id, 3 );
			$key   = array(
				'core'   => 'update_core',
				'plugin' => 'update_plugins',
				'theme'  => 'update_themes',
			)[ $parts[0] ] ?? null;
			$current = null === $key ? null : get_site_transient( $key );
			if ( ! is_object( $current ) || empty( $current->translations ) || ! is_array( $current->translations ) ) {
				return;
			}
			$current->translations = array_values(
				array_filter(
					$current->translations,
					static function ( $t ) use ( $parts ): bool {
						$t = (array) $t;
						return ! ( ( $t['slug'] ?? '' ) === ( $parts[1] ?? '' ) && ( $t['language'] ?? '' ) === ( $parts[2] ?? '' ) );
					}
				)
			);
			set_site_transient( $key, $current );
		}
	}

	/**
	 * @return Installed|null
	 */
	private function plugin( string $id ): ?array {
		wp_clean_plugins_cache( false );
		$plugins = get_plugins();
		if ( ! isset( $plugins[ $id ] ) ) {
			return null;
		}
		$dir     = dirname( $id );
		$current = get_site_transient( 'update_plugins' );
		$offer   = is_object( $current ) && isset( $current->response[ $id ] ) ? (object) $current->response[ $id ] : null;
		return array(
			'type'           => 'plugin',
			'id'             => $id,
			'name'           => (string) $plugins[ $id ]['Name'],
			'version'        => self::version_or_null( $plugins[ $id ]['Version'] ?? '' ),
			'path'           => '.' === $dir ? WP_PLUGIN_DIR . '/' . $id : WP_PLUGIN_DIR . '/' . $dir,
			'active'         => is_plugin_active( $id ),
			'network_active' => is_multisite() && is_plugin_active_for_network( $id ),
			'offer'          => null === $offer ? null : self::offer( $offer->new_version ?? '', $offer->requires ?? '', $offer->requires_php ?? '', $offer ),
		);
	}

	/**
	 * @return Installed|null
	 */
	private function theme( string $id ): ?array {
		wp_clean_themes_cache( false );
		$theme = wp_get_theme( $id );
		if ( ! $theme->exists() ) {
			return null;
		}
		$current = get_site_transient( 'update_themes' );
		$offer   = is_object( $current ) && isset( $current->response[ $id ] ) ? (array) $current->response[ $id ] : null;
		return array(
			'type'           => 'theme',
			'id'             => $id,
			'name'           => (string) $theme->get( 'Name' ),
			'version'        => self::version_or_null( (string) $theme->get( 'Version' ) ),
			'path'           => $theme->get_stylesheet_directory(),
			'active'         => get_stylesheet() === $id || get_template() === $id,
			'network_active' => false,
			'offer'          => null === $offer ? null : self::offer( $offer['new_version'] ?? '', $offer['requires'] ?? '', $offer['requires_php'] ?? '', $offer ),
		);
	}

	/**
	 * @return Installed
	 */
	private function core(): array {
		$offer = null;
		foreach ( (array) get_core_updates() as $update ) {
			if ( is_object( $update ) && isset( $update->response ) && 'upgrade' === $update->response ) {
				// Core offers carry the PHP minimum but not a WordPress minimum (it *is* WordPress).
				$offer = self::offer( $update->current ?? '', '', $update->php_version ?? '', $update );
				break;
			}
		}
		return array(
			'type'           => 'core',
			'id'             => 'wordpress',
			'name'           => 'WordPress',
			'version'        => self::version_or_null( function_exists( 'wp_get_wp_version' ) ? wp_get_wp_version() : ( $GLOBALS['wp_version'] ?? '' ) ),
			'path'           => null,
			'active'         => true,
			'network_active' => false,
			'offer'          => $offer,
		);
	}

	/**
	 * @return Installed|null
	 */
	private function translation( string $id ): ?array {
		$parts = explode( ':', $id );
		if ( 3 !== count( $parts ) || ! in_array( $parts[0], array( 'core', 'plugin', 'theme' ), true ) || '' === $parts[1] || '' === $parts[2] ) {
			return null;
		}
		list( $kind, $slug, $language ) = $parts;
		$offer                          = null;
		foreach ( wp_get_translation_updates() as $update ) {
			if ( is_object( $update ) && ( $update->type ?? '' ) === $kind && ( $update->slug ?? '' ) === $slug && ( $update->language ?? '' ) === $language ) {
				$offer = self::offer( (string) ( $update->version ?? '' ), '', '', $update );
				break;
			}
		}
		$installed = wp_get_installed_translations( 'core' === $kind ? 'core' : $kind . 's' );
		$domain    = 'core' === $kind ? 'default' : $slug;
		if ( null === $offer && ! isset( $installed[ $domain ][ $language ] ) ) {
			return null;
		}
		return array(
			'type'           => 'translation',
			'id'             => $id,
			'name'           => sprintf( '%s (%s)', 'core' === $kind ? 'WordPress' : $slug, $language ),
			// A language pack has no version of its own: like the hub, the event names it by the version
			// of what it translates (the offer's), with no "from" version.
			'version'        => null,
			'path'           => null,
			'active'         => true,
			'network_active' => false,
			'offer'          => $offer,
		);
	}

	/**
	 * @param mixed $raw What the upgrader needs (the transient's entry).
	 * @return Offer|null
	 */
	private static function offer( $version, $requires_wp, $requires_php, $raw ): ?array {
		$version = is_scalar( $version ) ? trim( (string) $version ) : '';
		if ( '' === $version ) {
			return null;
		}
		return array(
			'version'      => substr( $version, 0, 64 ),
			'requires_wp'  => is_scalar( $requires_wp ) ? (string) $requires_wp : '',
			'requires_php' => is_scalar( $requires_php ) ? (string) $requires_php : '',
			'raw'          => $raw,
		);
	}

	/**
	 * @param mixed $version
	 */
	private static function version_or_null( $version ): ?string {
		$version = is_scalar( $version ) ? trim( (string) $version ) : '';
		return '' === $version ? null : substr( $version, 0, 64 );
	}
}
