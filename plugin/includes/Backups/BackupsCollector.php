<?php
/**
 * The report's "backups" section: what each known backup plugin looks like on this site and its
 * backups of the last 60 days, newest first. A source whose data cannot be read is reported as
 * status "unknown" with the reason; it never breaks the report or the other sources.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

use Retainer\Agent\Support\Clock;
use Retainer\Agent\Support\Logger;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type BackupRecordShape from Record
 * @phpstan-type SourceStatus array{source: string, detected: bool, status: string, reason: string|null}
 * @phpstan-type BackupsSection array{sources: list<SourceStatus>, records: list<BackupRecordShape>}
 */
final class BackupsCollector {

	/** Only the recent history travels: the hub keeps the rest. */
	public const WINDOW_S = 60 * DAY_IN_SECONDS;
	/** The protocol's maxItems for records. */
	public const MAX_RECORDS = 1000;
	/** The protocol's maxItems for sources. */
	private const MAX_SOURCES = 50;

	private BackupSourceRegistry $registry;
	private Clock $clock;
	private Logger $logger;

	public function __construct( BackupSourceRegistry $registry, Clock $clock, Logger $logger ) {
		$this->registry = $registry;
		$this->clock    = $clock;
		$this->logger   = $logger;
	}

	/**
	 * @return BackupsSection
	 */
	public function collect(): array {
		$since   = $this->clock->now() - self::WINDOW_S;
		$sources = array();
		$records = array();
		foreach ( array_slice( $this->registry->all(), 0, self::MAX_SOURCES ) as $source ) {
			$name     = $source->name();
			$detected = false;
			try {
				$detected = $source->detected();
				if ( $detected ) {
					foreach ( $source->records( $since ) as $record ) {
						$time = Record::sort_time( $record );
						if ( null !== $time && $time >= $since ) {
							$records[] = array( $time, $record );
						}
					}
				}
				$sources[] = self::status( $name, $detected, null );
			} catch ( BackupDataUnreadable $e ) {
				$sources[] = self::status( $name, $detected, $e->getMessage() );
			} catch ( \Throwable $e ) {
				// A bug or a shape we never saw: the report still goes out, the reason says what failed.
				$this->logger->log( 'backup_source_failed', sprintf( '%s: %s', $name, $e->getMessage() ) );
				$sources[] = self::status(
					$name,
					$detected,
					/* translators: 1: backup plugin name, 2: technical error message. */
					sprintf( __( 'The data of %1$s could not be read: %2$s', 'retainer-agent' ), $name, $e->getMessage() )
				);
			}
		}
		// Newest first; ties keep a stable order (source, then id) so two reports compare equal.
		usort(
			$records,
			static function ( array $a, array $b ): int {
				return array( $b[0], $a[1]['source'], $a[1]['id'] ) <=> array( $a[0], $b[1]['source'], $b[1]['id'] );
			}
		);
		return array(
			'sources' => $sources,
			'records' => array_slice( array_column( $records, 1 ), 0, self::MAX_RECORDS ),
		);
	}

	/**
	 * @return SourceStatus
	 */
	private static function status( string $name, bool $detected, ?string $reason ): array {
		return array(
			'source'   => $name,
			'detected' => $detected,
			'status'   => null === $reason ? 'ok' : 'unknown',
			'reason'   => null === $reason ? null : Record::clip( $reason, 2000 ),
		);
	}
}
