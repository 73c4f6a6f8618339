<?php
/**
 * The composition root: builds every service once, with its dependencies passed in, and lets each
 * register its hooks. Nothing else creates services and no class registers hooks in its constructor.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent;

use Retainer\Agent\Admin\AdminPage;
use Retainer\Agent\Backups\BackupPush;
use Retainer\Agent\Backups\BackupsCollector;
use Retainer\Agent\Backups\BackupSourceRegistry;
use Retainer\Agent\Backups\Sources\BackWPupSource;
use Retainer\Agent\Backups\Sources\UpdraftPlusSource;
use Retainer\Agent\Backups\Sources\WPvividSource;
use Retainer\Agent\Collectors\InventoryCollector;
use Retainer\Agent\Commands\ApplyUpdatesCommand;
use Retainer\Agent\Commands\CommandLog;
use Retainer\Agent\Commands\CommandRegistry;
use Retainer\Agent\Commands\CommandRunner;
use Retainer\Agent\Commands\SyncCommand;
use Retainer\Agent\Cron\Scheduler;
use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Hub\Delivery;
use Retainer\Agent\Hub\Enrollment;
use Retainer\Agent\Hub\PresetConnection;
use Retainer\Agent\Hub\FlushLock;
use Retainer\Agent\Hub\HubClient;
use Retainer\Agent\Hub\KeyStore;
use Retainer\Agent\Hub\NonceStore;
use Retainer\Agent\Hub\Outbox;
use Retainer\Agent\Hub\Reporter;
use Retainer\Agent\Hub\ReportQueue;
use Retainer\Agent\Hub\Signer;
use Retainer\Agent\Rest\AdminController;
use Retainer\Agent\Rest\CommandsController;
use Retainer\Agent\Rest\HubRequestVerifier;
use Retainer\Agent\Storage\Schema;
use Retainer\Agent\Storage\Tables;
use Retainer\Agent\Support\SystemClock;
use Retainer\Agent\Support\Logger;
use Retainer\Agent\Updates\HealthProbe;
use Retainer\Agent\Updates\InstalledItems;
use Retainer\Agent\Updates\ItemUpdater;
use Retainer\Agent\Updates\RollbackCopy;
use Retainer\Agent\Updates\UpdateEvents;
use Retainer\Agent\Updates\Upgraders;
use Retainer\Agent\Updates\UpdateLock;

defined( 'ABSPATH' ) || exit;

final class Plugin {

	private string $file;
	private string $version;

	public function __construct( string $file, string $version ) {
		$this->file    = $file;
		$this->version = $version;
	}

	public function add_hooks(): void {
		global $wpdb;

		$clock      = new SystemClock();
		$logger     = new Logger( $clock );
		$tables     = new Tables( $wpdb );
		$schema     = new Schema( $wpdb, $tables );
		$signer     = new Signer();
		$connection = new Connection();
		$keys       = new KeyStore();
		$client     = new HubClient( $connection, $keys, $signer, $clock, $this->version );
		$outbox     = new Outbox( $wpdb, $tables, $clock, $logger );
		$commands   = new CommandLog( $wpdb, $tables, $clock );
		$nonces     = new NonceStore( $wpdb, $tables, $clock );

		// Backup plugins the report reads: one class and one line each.
		$backup_sources = new BackupSourceRegistry();
		$backup_sources->register( new UpdraftPlusSource() );
		$backup_sources->register( new BackWPupSource() );
		$backup_sources->register( new WPvividSource() );

		$collector  = new InventoryCollector( $clock, $this->version, new BackupsCollector( $backup_sources, $clock, $logger ) );
		$reports    = new ReportQueue( $collector, $outbox, $connection );
		$delivery   = new Delivery( $outbox, $client, $connection, new FlushLock( $wpdb, $clock ), $commands, $clock, $logger );

		$registry = new CommandRegistry();
		$registry->register( new SyncCommand( $reports, $delivery ) );
		$registry->register(
			new ApplyUpdatesCommand(
				new UpdateLock( $wpdb, $clock ),
				new ItemUpdater( new InstalledItems(), new HealthProbe(), new RollbackCopy(), new Upgraders(), $clock ),
				new UpdateEvents( $outbox, $delivery )
			)
		);
		add_action(
			'plugins_loaded',
			static function () use ( $registry ): void {
				/**
				 * Lets other plugins add commands: $registry->register( new MyCommand() ). Names are unique.
				 *
				 * @param CommandRegistry $registry
				 */
				do_action( 'retainer_agent_register_commands', $registry );
			}
		);

		$runner     = new CommandRunner( $registry, $commands, $outbox, $connection, $clock, $logger );
		$reporter   = new Reporter( $reports, $delivery, $runner );
		$scheduler  = new Scheduler( $connection, $reporter );
		$enrollment = new Enrollment( $connection, $keys, $signer, $client, $outbox, $commands, $nonces, $scheduler, $reporter, $clock, $logger, $this->version );

		$preset     = new PresetConnection( $enrollment, $connection, $clock, $logger );

		$services = array(
			$schema,
			$collector,
			$scheduler,
			new BackupPush( $backup_sources, $scheduler, $connection, $clock ),
			new AdminController( $connection, $enrollment, $reporter, $outbox, $collector, $logger, $preset, $this->version ),
			new CommandsController( new HubRequestVerifier( $connection, $signer, $nonces, $clock ), $runner, $reporter ),
			new AdminPage( $this->file, $this->version ),
			$preset,
		);
		foreach ( $services as $service ) {
			$service->add_hooks();
		}

		register_activation_hook( $this->file, array( $schema, 'install' ) );
		register_deactivation_hook( $this->file, array( $scheduler, 'unschedule_all' ) );
		add_action( 'init', array( $this, 'load_textdomain' ) );
	}

	public function load_textdomain(): void {
		load_plugin_textdomain( 'retainer-agent', false, dirname( plugin_basename( $this->file ) ) . '/languages' );
	}
}
