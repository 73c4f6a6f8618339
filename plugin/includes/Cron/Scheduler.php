<?php
/**
 * WP-cron: the periodic report (interval from the hub, hourly by default), a flush every 5 minutes
 * (retries with backoff) and one report shortly after WordPress finishes an upgrade. Nothing is
 * scheduled before the admin connects the site. A backup plugin finishing a backup schedules one
 * report with trigger "backup" (see Backups\BackupPush).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Cron;

use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Hub\Reporter;

defined( 'ABSPATH' ) || exit;

final class Scheduler {

	public const HOOK_REPORT         = 'retainer_agent_report';
	public const HOOK_FLUSH          = 'retainer_agent_flush';
	public const HOOK_UPGRADE_REPORT = 'retainer_agent_upgrade_report';
	public const HOOK_BACKUP_REPORT  = 'retainer_agent_backup_report';

	public const SCHEDULE_REPORT = 'retainer_agent_report_interval';
	public const SCHEDULE_FLUSH  = 'retainer_agent_every_5_minutes';

	public const FLUSH_INTERVAL_S     = 300;
	public const UPGRADE_REPORT_DELAY = 30;

	private Connection $connection;
	private Reporter $reporter;

	public function __construct( Connection $connection, Reporter $reporter ) {
		$this->connection = $connection;
		$this->reporter   = $reporter;
	}

	public function add_hooks(): void {
		add_filter( 'cron_schedules', array( $this, 'add_schedules' ) ); // phpcs:ignore WordPress.WP.CronInterval.ChangeDetected -- 5 minutes on purpose: retries with backoff.
		add_action( self::HOOK_REPORT, array( $this, 'run_report' ) );
		add_action( self::HOOK_FLUSH, array( $this, 'run_flush' ) );
		add_action( self::HOOK_UPGRADE_REPORT, array( $this, 'run_upgrade_report' ) );
		add_action( self::HOOK_BACKUP_REPORT, array( $this, 'run_backup_report' ) );
		add_action( 'upgrader_process_complete', array( $this, 'schedule_upgrade_report' ), 20, 0 );
		add_action( 'init', array( $this, 'ensure_scheduled' ) );
	}

	/**
	 * @param array<string, array{interval: int, display: string}> $schedules
	 * @return array<string, array{interval: int, display: string}>
	 */
	public function add_schedules( $schedules ): array {
		$schedules                          = is_array( $schedules ) ? $schedules : array();
		$schedules[ self::SCHEDULE_FLUSH ]  = array(
			'interval' => self::FLUSH_INTERVAL_S,
			'display'  => __( 'Every 5 minutes (Retainer Agent delivery)', 'retainer-agent' ),
		);
		$schedules[ self::SCHEDULE_REPORT ] = array(
			'interval' => $this->connection->report_interval(),
			'display'  => __( 'Retainer Agent report interval', 'retainer-agent' ),
		);
		return $schedules;
	}

	/**
	 * Keeps the recurring events in place while connected (and matches the hub's interval).
	 */
	public function ensure_scheduled(): void {
		if ( ! $this->connection->is_connected() ) {
			return;
		}
		$interval = $this->connection->report_interval();
		$event    = wp_get_scheduled_event( self::HOOK_REPORT );
		if ( $event && (int) ( $event->interval ?? 0 ) !== $interval ) {
			wp_clear_scheduled_hook( self::HOOK_REPORT );
			$event = false;
		}
		if ( ! $event ) {
			wp_schedule_event( time() + $interval, self::SCHEDULE_REPORT, self::HOOK_REPORT );
		}
		if ( ! wp_next_scheduled( self::HOOK_FLUSH ) ) {
			wp_schedule_event( time() + self::FLUSH_INTERVAL_S, self::SCHEDULE_FLUSH, self::HOOK_FLUSH );
		}
	}

	public function unschedule_all(): void {
		wp_clear_scheduled_hook( self::HOOK_REPORT );
		wp_clear_scheduled_hook( self::HOOK_FLUSH );
		wp_clear_scheduled_hook( self::HOOK_UPGRADE_REPORT );
		wp_clear_scheduled_hook( self::HOOK_BACKUP_REPORT );
	}

	public function run_report(): void {
		$this->reporter->queue( 'cron' );
		$this->reporter->flush( false );
	}

	public function run_flush(): void {
		$this->reporter->flush( false );
	}

	public function run_upgrade_report(): void {
		$this->reporter->queue( 'upgrade' );
		$this->reporter->flush( false );
	}

	public function run_backup_report(): void {
		$this->reporter->queue( 'backup' );
		$this->reporter->flush( false );
	}

	/**
	 * One report with trigger "backup" at $at (unix time). False when one is already waiting.
	 */
	public function schedule_backup_report( int $at ): bool {
		if ( ! $this->connection->is_connected() || wp_next_scheduled( self::HOOK_BACKUP_REPORT ) ) {
			return false;
		}
		return true === wp_schedule_single_event( $at, self::HOOK_BACKUP_REPORT );
	}

	/**
	 * WordPress finished installing or updating something: report soon. Several upgrades in a row
	 * share one report (WordPress refuses a duplicate single event within 10 minutes).
	 */
	public function schedule_upgrade_report(): void {
		if ( ! $this->connection->is_connected() || wp_next_scheduled( self::HOOK_UPGRADE_REPORT ) ) {
			return;
		}
		wp_schedule_single_event( time() + self::UPGRADE_REPORT_DELAY, self::HOOK_UPGRADE_REPORT );
	}
}
