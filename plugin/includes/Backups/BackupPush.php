<?php
/**
 * When a backup plugin says a backup finished, a report with trigger "backup" follows at once
 * instead of waiting for the next scheduled one. The report is built in a cron event rather than
 * inside the backup plugin's hook: UpdraftPlus fires its filter *before* it saves the outcome, and a
 * report must not slow down or break the backup plugin's own request. At most one such report is
 * scheduled per minute (jobs that finish together share one).
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

use Retainer\Agent\Cron\Scheduler;
use Retainer\Agent\Hub\Connection;
use Retainer\Agent\Support\Clock;

defined( 'ABSPATH' ) || exit;

final class BackupPush {

	/** When the last backup report was scheduled for (unix time). */
	public const LAST_OPTION = 'retainer_agent_backup_report_at';
	public const MIN_GAP_S   = 60;

	private BackupSourceRegistry $registry;
	private Scheduler $scheduler;
	private Connection $connection;
	private Clock $clock;

	public function __construct( BackupSourceRegistry $registry, Scheduler $scheduler, Connection $connection, Clock $clock ) {
		$this->registry   = $registry;
		$this->scheduler  = $scheduler;
		$this->connection = $connection;
		$this->clock      = $clock;
	}

	public function add_hooks(): void {
		foreach ( $this->registry->all() as $source ) {
			foreach ( $source->finish_hooks() as $hook ) {
				// add_filter so that filters (updraftplus_save_last_backup) get their value back.
				add_filter( $hook, array( $this, 'backup_finished' ), 999, 1 );
			}
		}
	}

	/**
	 * A backup plugin finished a backup: schedule a report. Returns its first argument unchanged,
	 * because some of these hooks are filters whose value the backup plugin goes on to save.
	 *
	 * @param mixed $value
	 * @return mixed
	 */
	public function backup_finished( $value = null ) {
		try {
			$this->schedule();
		} catch ( \Throwable $e ) {
			// Never let reporting break the backup plugin's request.
			unset( $e );
		}
		return $value;
	}

	private function schedule(): void {
		if ( ! $this->connection->is_connected() || false !== wp_next_scheduled( Scheduler::HOOK_BACKUP_REPORT ) ) {
			return;
		}
		$now  = $this->clock->now();
		$last = get_option( self::LAST_OPTION );
		$at   = is_numeric( $last ) ? max( $now, (int) $last + self::MIN_GAP_S ) : $now;
		if ( $this->scheduler->schedule_backup_report( $at ) ) {
			update_option( self::LAST_OPTION, $at, false );
		}
	}
}
