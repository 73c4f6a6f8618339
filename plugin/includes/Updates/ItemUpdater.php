<?php
/**
 * Applies one update item safely and says what happened as an UpdateEvent:
 *
 * 1. checks that touch nothing: installed? offered? the offered version is the one asked for? the
 *    new version's PHP/WordPress requirements? file-system method direct? site healthy before?
 * 2. a rollback copy of the plugin/theme folder (core: the version is recorded, nothing copied);
 * 3. WordPress's own upgrader, silently;
 * 4. health probe after. Broken (5xx, fatal marker, plugin no longer active or its file gone) means
 *    the copy is put back, the plugin re-activated and the site probed again: "rolled_back" with the
 *    evidence. Healthy means the copy is deleted: "updated".
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type Installed from InstalledItems
 * @phpstan-import-type Probe from HealthProbe
 * @phpstan-type Item array{type: string, id: string, to_version?: string}
 * @phpstan-type Probes array{before: list<Probe>, after: list<Probe>, after_rollback: list<Probe>}
 */
final class ItemUpdater {

	private InstalledItems $items;
	private HealthProbe $health;
	private RollbackCopy $copies;
	private Upgraders $upgraders;
	private Clock $clock;

	public function __construct( InstalledItems $items, HealthProbe $health, RollbackCopy $copies, Upgraders $upgraders, Clock $clock ) {
		$this->items     = $items;
		$this->health    = $health;
		$this->copies    = $copies;
		$this->upgraders = $upgraders;
		$this->clock     = $clock;
	}

	/**
	 * @param Item $item A validated item.
	 * @return array<string, mixed> UpdateEvent.
	 */
	public function apply( array $item, string $command_id, ?string $run_id ): array {
		$event = new UpdateEventDraft( $command_id, $run_id, $item['type'], $item['id'], $this->clock->now() );
		try {
			$this->run( $item, $event );
		} catch ( \Throwable $e ) {
			$event->finish( 'failed', 'UPGRADER_FAILED', 'The update stopped unexpectedly: ' . $e->getMessage() );
		}
		return $event->to_array( $this->clock->now() );
	}

	/**
	 * @param Item $item
	 */
	private function run( array $item, UpdateEventDraft $event ): void {
		$found = $this->items->find( $item['type'], $item['id'] );
		if ( null === $found ) {
			$event->finish( 'failed', 'UNKNOWN_ITEM', sprintf( 'No %s "%s" is installed on this site.', $item['type'], $item['id'] ) );
			return;
		}
		$event->describe( $found['name'], $found['version'], $found['offer']['version'] ?? ( $item['to_version'] ?? null ) );
		$refusal = $this->refusal( $item, $found );
		if ( null !== $refusal ) {
			$event->finish( $refusal[0], $refusal[1], $refusal[2] );
			return;
		}
		$before = $this->health->probe();
		$event->probes( 'before', $before );
		if ( ! HealthProbe::is_healthy( $before ) ) {
			$event->finish( 'skipped', 'SITE_UNHEALTHY_BEFORE', 'The site was not healthy before the update, so nothing was touched: ' . HealthProbe::describe( $before ) . '.' );
			return;
		}
		$this->install( $item, $found, $event );
	}

	/**
	 * Steps 2 to 4, for an item that passed every check on a healthy site.
	 *
	 * @param Item      $item
	 * @param Installed $found
	 */
	private function install( array $item, array $found, UpdateEventDraft $event ): void {
		/** @var array{version: string, requires_wp: string, requires_php: string, raw: mixed} $offer */
		$offer = $found['offer'];
		$copy  = null;
		if ( null !== $found['path'] ) {
			$copy = $this->copies->keep( $found['path'] );
			if ( null === $copy ) {
				$event->finish( 'failed', 'UPGRADER_FAILED', 'Could not make a rollback copy of ' . basename( $found['path'] ) . '; nothing was updated.' );
				return;
			}
		}

		$error = $this->upgraders->run( $item['type'], $item['id'], $offer['raw'] );
		// WordPress deactivates an active plugin before replacing it (its screens re-activate it).
		$this->reactivate( $found );
		if ( null !== $error ) {
			$this->after_upgrader_error( $found, $copy, $error, $event );
			return;
		}

		self::let_code_settle();
		$after = $this->health->probe();
		$event->probes( 'after', $after );
		$broken = $this->breakage( $found, $after );
		if ( null === $broken ) {
			if ( null !== $copy ) {
				$this->copies->discard( $copy );
			}
			$this->items->forget_offer( $item['type'], $item['id'] );
			$event->set_to_version( $this->items->version_on_disk( $item['type'], $item['id'] ) ?? $offer['version'] );
			$event->finish( 'updated', null, null );
			return;
		}
		$this->roll_back( $found, $copy, $broken, $event );
	}

	/**
	 * Why the item must not be touched: [outcome, reason code, reason], or null to go ahead.
	 *
	 * @param Item      $item
	 * @param Installed $found
	 * @return array{0: string, 1: string, 2: string}|null
	 */
	private function refusal( array $item, array $found ): ?array {
		$offer = $found['offer'];
		if ( null === $offer ) {
			$now = null === $found['version'] ? '' : ' (installed: ' . $found['version'] . ')';
			return array( 'skipped', 'NO_UPDATE', sprintf( 'WordPress offers no update for %s%s.', $found['name'], $now ) );
		}
		if ( isset( $item['to_version'] ) && $item['to_version'] !== $offer['version'] ) {
			return array( 'failed', 'VERSION_MISMATCH', sprintf( 'Version %s was asked for, but WordPress offers %s for %s.', $item['to_version'], $offer['version'], $found['name'] ) );
		}
		if ( '' !== $offer['requires_php'] && ! is_php_version_compatible( $offer['requires_php'] ) ) {
			return array( 'failed', 'REQUIREMENTS_NOT_MET', sprintf( '%s %s requires PHP %s; this site runs PHP %s. Nothing was changed.', $found['name'], $offer['version'], $offer['requires_php'], PHP_VERSION ) );
		}
		if ( '' !== $offer['requires_wp'] && ! is_wp_version_compatible( $offer['requires_wp'] ) ) {
			return array( 'failed', 'REQUIREMENTS_NOT_MET', sprintf( '%s %s requires WordPress %s; this site runs WordPress %s. Nothing was changed.', $found['name'], $offer['version'], $offer['requires_wp'], (string) ( $GLOBALS['wp_version'] ?? '' ) ) );
		}
		$method = get_filesystem_method( array(), 'core' === $found['type'] ? ABSPATH : WP_CONTENT_DIR );
		if ( 'direct' !== $method ) {
			return array( 'failed', 'FS_NOT_DIRECT', sprintf( 'WordPress would need "%s" file-system credentials to write files here; updates from the hub need the "direct" method (files writable by PHP).', (string) $method ) );
		}
		return null;
	}

	/**
	 * What is wrong with the site after the update, or null when it is healthy.
	 *
	 * @param Installed   $found
	 * @param list<Probe> $after
	 */
	private function breakage( array $found, array $after ): ?string {
		$problems = array();
		if ( ! HealthProbe::is_healthy( $after ) ) {
			$problems[] = 'health probe after the update: ' . HealthProbe::describe( $after );
		}
		if ( 'plugin' === $found['type'] ) {
			if ( ! file_exists( WP_PLUGIN_DIR . '/' . $found['id'] ) ) {
				$problems[] = 'the plugin\'s main file ' . $found['id'] . ' is gone';
			} elseif ( $found['active'] && ! $this->plugin_still_active( $found ) ) {
				$problems[] = 'the plugin was deactivated during the update';
			}
		}
		if ( 'theme' === $found['type'] && ! wp_get_theme( $found['id'] )->exists() ) {
			$problems[] = 'the theme is no longer valid';
		}
		return $problems ? implode( '; ', $problems ) : null;
	}

	/**
	 * @param Installed $found
	 */
	private function after_upgrader_error( array $found, ?string $copy, string $error, UpdateEventDraft $event ): void {
		// WordPress restores its own temporary backup when an install fails; ours covers the rest.
		$intact = null === $found['path'] || ( file_exists( $found['path'] ) && $this->items->version_on_disk( $found['type'], $found['id'] ) === $found['version'] );
		if ( ! $intact && null !== $copy ) {
			$intact = $this->copies->restore( $copy, (string) $found['path'] );
			$this->reactivate( $found );
		} elseif ( null !== $copy ) {
			$this->copies->discard( $copy );
		}
		$suffix = $intact ? ' The previous version is in place.' : ' The previous version could not be put back.';
		$event->finish( 'failed', $intact ? 'UPGRADER_FAILED' : 'ROLLBACK_FAILED', 'WordPress\'s upgrader failed: ' . $error . '.' . $suffix );
	}

	/**
	 * @param Installed $found
	 */
	private function roll_back( array $found, ?string $copy, string $broken, UpdateEventDraft $event ): void {
		if ( null === $copy ) {
			$why = 'core' === $found['type'] ? 'WordPress core is not rolled back automatically (previous version: ' . (string) $found['version'] . ')' : 'there is nothing to roll back to';
			$event->finish( 'failed', 'ROLLBACK_FAILED', sprintf( 'The site is broken after the update (%s) and %s.', $broken, $why ) );
			return;
		}
		$restored = $this->copies->restore( $copy, (string) $found['path'] );
		$this->reactivate( $found );
		self::let_code_settle();
		$again = $this->health->probe();
		$event->probes( 'after_rollback', $again );
		$event->set_from_version( $found['version'] );
		if ( $restored && HealthProbe::is_healthy( $again ) ) {
			$event->finish(
				'rolled_back',
				'SITE_BROKEN',
				sprintf( 'The site was broken after updating to %s (%s). Version %s was restored and the site is healthy again: %s.', (string) ( $found['offer']['version'] ?? '' ), $broken, (string) $found['version'], HealthProbe::describe( $again ) )
			);
			return;
		}
		$event->finish(
			'failed',
			'ROLLBACK_FAILED',
			sprintf( 'The site was broken after updating to %s (%s) and %s: %s.', (string) ( $found['offer']['version'] ?? '' ), $broken, $restored ? 'is still unhealthy after restoring the previous version' : 'the previous version could not be restored', HealthProbe::describe( $again ) )
		);
	}

	/**
	 * WordPress clears the opcode cache of the files it writes, but only the cache of this PHP process
	 * family. Run from the command line (WP-CLI, system cron), the web server's cache is another one:
	 * wait until it re-reads changed files, or the probe would see the previous code.
	 */
	private static function let_code_settle(): void {
		if ( 'cli' !== PHP_SAPI || ! ini_get( 'opcache.validate_timestamps' ) ) {
			return;
		}
		sleep( min( 5, max( 0, (int) ini_get( 'opcache.revalidate_freq' ) ) + 1 ) );
	}

	/**
	 * Puts an active plugin back in the active list without loading it here: a new version that
	 * fatals on load must not take this process down before it can roll back.
	 *
	 * @param Installed $found
	 */
	private function reactivate( array $found ): void {
		if ( 'plugin' !== $found['type'] || ! $found['active'] || $this->plugin_still_active( $found ) ) {
			return;
		}
		if ( $found['network_active'] ) {
			$sitewide                 = (array) get_site_option( 'active_sitewide_plugins', array() );
			$sitewide[ $found['id'] ] = time();
			update_site_option( 'active_sitewide_plugins', $sitewide );
			return;
		}
		$active   = (array) get_option( 'active_plugins', array() );
		$active[] = $found['id'];
		$active   = array_values( array_unique( $active ) );
		sort( $active );
		update_option( 'active_plugins', $active );
	}

	/**
	 * @param Installed $found
	 */
	private function plugin_still_active( array $found ): bool {
		// Another process (a probe, WordPress's own checks) may have changed the list: read it afresh.
		wp_cache_delete( 'alloptions', 'options' );
		wp_cache_delete( 'active_plugins', 'options' );
		if ( $found['network_active'] ) {
			wp_cache_delete( 'site-options', 'site-options' );
			return isset( ( (array) get_site_option( 'active_sitewide_plugins', array() ) )[ $found['id'] ] );
		}
		return in_array( $found['id'], (array) get_option( 'active_plugins', array() ), true );
	}
}
