<?php
/**
 * BackWPup. Reads:
 * - site option backwpup_jobs, keyed by job id: name, type (DBDUMP, FILE, WPEXP, WPPLUGIN…),
 *   destinations (FOLDER, S3, DROPBOX, FTP…), lastrun (the job's START, as a local timestamp of the
 *   site's timezone), lastruntime (seconds), logfile, lastbackupdownloadurl (names the archive), and
 *   for S3 s3bucket / s3dir / s3region / s3base_url. Keys and passwords in a job are never read;
 * - the log file's header, where BackWPup writes the run's outcome as meta tags (backwpup_errors,
 *   backwpup_warnings, backwpup_jobruntime, backwpup_backupfilesize);
 * - site transients backwpup_{jobid}_{destination}: the files BackWPup last saw AT the destination
 *   (their "time" is a local timestamp too). A run whose archive is listed there is the strongest
 *   evidence; older archives listed there become records of their own.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups\Sources;

use Retainer\Agent\Backups\BackupSource;
use Retainer\Agent\Backups\PluginPresence;
use Retainer\Agent\Backups\Record;
use Retainer\Agent\Backups\StoredData;
use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type BackupRecordShape from Record
 * @phpstan-import-type DestinationShape from Record
 * @phpstan-type LogMeta array{errors: int|null, warnings: int|null, runtime: int|null, size: int|null}
 * @phpstan-type ListedFile array{name: string, time: int|null, size: int|null}
 */
final class BackWPupSource implements BackupSource {

	/** BackWPup destination id => protocol kind and the name BackWPup shows. */
	private const DESTINATIONS = array(
		'FOLDER'    => array( 'local', 'Backup to Folder' ),
		'S3'        => array( 's3', 'Backup to S3 Service' ),
		'GLACIER'   => array( 's3', 'Backup to Amazon Glacier' ),
		'DROPBOX'   => array( 'dropbox', 'Backup to Dropbox' ),
		'FTP'       => array( 'ftp', 'Backup to FTP' ),
		'MSAZURE'   => array( 'azure', 'Backup to Microsoft Azure (Blob)' ),
		'GDRIVE'    => array( 'gdrive', 'Backup to Google Drive' ),
		'ONEDRIVE'  => array( 'onedrive', 'Backup to OneDrive' ),
		'EMAIL'     => array( 'email', 'Backup sent by email' ),
		'RSC'       => array( 'other', 'Backup to Rackspace Cloud Files' ),
		'SUGARSYNC' => array( 'other', 'Backup to SugarSync' ),
		'HIDRIVE'   => array( 'other', 'Backup to HiDrive' ),
	);

	/** Job types that produce something in the archive. */
	private const PARTS = array(
		'DBDUMP'   => 'db',
		'FILE'     => 'files',
		'WPEXP'    => 'export',
		'WPPLUGIN' => 'plugin-list',
	);

	/** How much of a log is read: the meta tags sit in its head. */
	private const LOG_HEAD_BYTES = 8192;

	public function name(): string {
		return 'backwpup';
	}

	public function detected(): bool {
		return PluginPresence::active( array(), array( 'BackWPup' ), array( 'backwpup/backwpup.php', 'backwpup-pro/backwpup.php' ) );
	}

	/**
	 * @return list<string>
	 */
	public function finish_hooks(): array {
		return array( 'backwpup_job_success' );
	}

	/**
	 * @return list<BackupRecordShape>
	 */
	public function records( int $since ): array {
		$jobs     = StoredData::option_array(
			'backwpup_jobs',
			__( 'The BackWPup jobs (site option backwpup_jobs) are corrupted or unreadable, so their backups cannot be checked.', 'retainer-agent' ),
			true
		);
		$timezone = wp_timezone();
		$records  = array();
		foreach ( $jobs as $job_id => $job ) {
			if ( ! is_array( $job ) || null === Record::int_or_null( $job_id ) ) {
				continue;
			}
			foreach ( $this->job_records( (int) $job_id, $job, $since, $timezone ) as $record ) {
				$records[] = $record;
			}
		}
		return $records;
	}

	/**
	 * The job's last run, plus the older archives listed at its offsite destinations.
	 *
	 * @param array<mixed> $job
	 * @return list<BackupRecordShape>
	 */
	private function job_records( int $job_id, array $job, int $since, \DateTimeZone $timezone ): array {
		$parts = array();
		foreach ( StoredData::array_at( $job, 'type' ) as $type ) {
			if ( is_string( $type ) && isset( self::PARTS[ $type ] ) ) {
				$parts[] = self::PARTS[ $type ];
			}
		}
		$destinations = array();
		$listings     = array();
		foreach ( StoredData::array_at( $job, 'destinations' ) as $dest ) {
			if ( ! is_string( $dest ) || '' === $dest ) {
				continue;
			}
			$destination                        = $this->destination( strtoupper( $dest ), $job );
			$destinations[ strtoupper( $dest ) ] = $destination;
			if ( 'local' !== $destination['kind'] ) {
				$listings[ strtoupper( $dest ) ] = $this->listed_files( $job_id, $dest, $timezone );
			}
		}
		$all_destinations = array_values( $destinations );
		$offsite          = Record::offsite( $all_destinations );

		$records  = array();
		$last_run = Record::int_or_null( $job['lastrun'] ?? null );
		$archive  = $this->archive_name( $job );
		$started  = null === $last_run || 0 === $last_run ? null : Time::local_to_utc( $last_run, $timezone );
		if ( null !== $started ) {
			$log      = $this->log_meta( StoredData::string_at( $job, 'logfile' ) );
			$runtime  = Record::int_or_null( $job['lastruntime'] ?? null ) ?? $log['runtime'];
			$finished = null === $runtime ? null : $started + $runtime;
			$listed   = false;
			$size     = $log['size'];
			foreach ( $listings as $files ) {
				foreach ( $files as $file ) {
					$same_archive = '' !== $archive ? $file['name'] === $archive : ( null !== $file['time'] && $file['time'] >= $started - MINUTE_IN_SECONDS );
					if ( $same_archive ) {
						$listed = true;
						$size   = $size ?? $file['size'];
					}
				}
			}
			$notes = '';
			if ( null === $log['errors'] ) {
				// Without the log, only the destination's listing can vouch for the run.
				$ok    = $listed;
				$notes = 'The BackWPup log of this run could not be read.';
			} else {
				$ok = 0 === $log['errors'];
				if ( $log['errors'] > 0 ) {
					$notes = sprintf( 'BackWPup logged %d error(s) and %d warning(s) for this run.', $log['errors'], $log['warnings'] ?? 0 );
				}
			}
			if ( ! $offsite ) {
				$evidence = Record::EVIDENCE_NONE;
			} elseif ( $listed ) {
				$evidence = Record::EVIDENCE_LISTED;
			} elseif ( $ok ) {
				// BackWPup logs an error for every destination it could not write to.
				$evidence = Record::EVIDENCE_LOGGED;
			} else {
				$evidence = Record::EVIDENCE_CONFIGURED;
			}
			if ( ( $finished ?? $started ) >= $since ) {
				$records[] = Record::make( $this->name(), $job_id . '-' . $last_run, $started, $finished, $ok, $size, $parts, $all_destinations, $evidence, $notes );
			}
		}

		// Older archives still present at an offsite destination: one record per archive name.
		$older = array();
		foreach ( $listings as $dest => $files ) {
			foreach ( $files as $file ) {
				if ( $file['name'] === $archive || null === $file['time'] || $file['time'] < $since || ( null !== $started && $file['time'] >= $started - MINUTE_IN_SECONDS && '' === $archive ) ) {
					continue;
				}
				if ( ! isset( $older[ $file['name'] ] ) ) {
					$older[ $file['name'] ] = array(
						'time'         => $file['time'],
						'size'         => $file['size'],
						'destinations' => array(),
					);
				}
				$older[ $file['name'] ]['destinations'][] = $destinations[ $dest ];
			}
		}
		foreach ( $older as $name => $file ) {
			$records[] = Record::make( $this->name(), $job_id . '-' . $name, null, $file['time'], true, $file['size'], $parts, $file['destinations'], Record::EVIDENCE_LISTED, 'Listed at the destination; BackWPup keeps no log entry for this run.' );
		}
		return $records;
	}

	/**
	 * @param array<mixed> $job
	 * @return DestinationShape
	 */
	private function destination( string $dest, array $job ): array {
		list( $kind, $label ) = self::DESTINATIONS[ $dest ] ?? array( 'other', $dest );
		$fields               = array( 'label' => $label );
		if ( 'S3' === $dest ) {
			$endpoint = StoredData::string_at( $job, 's3base_url' );
			if ( '' !== $endpoint ) {
				$kind               = 's3-compatible';
				$fields['endpoint'] = $endpoint;
			}
			$fields['bucket'] = StoredData::string_at( $job, 's3bucket' );
			$fields['region'] = StoredData::string_at( $job, 's3region' );
			$prefix           = trim( StoredData::string_at( $job, 's3dir' ), '/' );
			$fields['prefix'] = '' === $prefix ? '' : $prefix . '/';
		} elseif ( 'DROPBOX' === $dest ) {
			$fields['path'] = StoredData::string_at( $job, 'dropboxdir' );
		} elseif ( 'FTP' === $dest ) {
			$fields['path'] = StoredData::string_at( $job, 'ftpdir' );
		}
		return Record::destination( $kind, $fields );
	}

	/**
	 * The files BackWPup listed at a destination (site transient), times converted to UTC.
	 *
	 * @return list<ListedFile>
	 */
	private function listed_files( int $job_id, string $dest, \DateTimeZone $timezone ): array {
		$files = get_site_transient( 'backwpup_' . $job_id . '_' . strtolower( $dest ) );
		if ( ! is_array( $files ) ) {
			return array();
		}
		$out = array();
		foreach ( $files as $file ) {
			if ( ! is_array( $file ) ) {
				continue;
			}
			$name = StoredData::string_at( $file, 'filename' );
			if ( '' === $name ) {
				$name = wp_basename( StoredData::string_at( $file, 'file' ) );
			}
			if ( '' === $name ) {
				continue;
			}
			$time  = Record::int_or_null( $file['time'] ?? null );
			$out[] = array(
				'name' => $name,
				'time' => null === $time ? null : Time::local_to_utc( $time, $timezone ),
				'size' => Record::int_or_null( $file['filesize'] ?? null ),
			);
		}
		return $out;
	}

	/**
	 * The archive of the last run, from the download link BackWPup stores ("…&file=<path>&jobid=…").
	 *
	 * @param array<mixed> $job
	 */
	private function archive_name( array $job ): string {
		$query = (string) wp_parse_url( StoredData::string_at( $job, 'lastbackupdownloadurl' ), PHP_URL_QUERY );
		if ( '' === $query ) {
			return '';
		}
		parse_str( $query, $args );
		return isset( $args['file'] ) && is_string( $args['file'] ) ? wp_basename( $args['file'] ) : '';
	}

	/**
	 * The outcome BackWPup wrote into the log's head; nulls when the log is missing or unreadable.
	 *
	 * @return LogMeta
	 */
	private function log_meta( string $path ): array {
		$meta = array(
			'errors'   => null,
			'warnings' => null,
			'runtime'  => null,
			'size'     => null,
		);
		$head = $this->read_head( $path );
		if ( '' === $head ) {
			return $meta;
		}
		$keys = array(
			'errors'   => 'backwpup_errors',
			'warnings' => 'backwpup_warnings',
			'runtime'  => 'backwpup_jobruntime',
			'size'     => 'backwpup_backupfilesize',
		);
		foreach ( $keys as $field => $name ) {
			if ( preg_match( '/<meta\s+name="' . $name . '"\s+content="(\d+)"/i', $head, $m ) ) {
				$meta[ $field ] = Record::int_or_null( $m[1] );
			}
		}
		return $meta;
	}

	/**
	 * BackWPup stores the log's full path; a bare file name is looked up in its log folder
	 * (site option backwpup_cfg_logfolder, relative to wp-content unless absolute).
	 */
	private function absolute_log_path( string $path ): string {
		if ( '' === $path || path_is_absolute( $path ) ) {
			return $path;
		}
		$folder = get_site_option( 'backwpup_cfg_logfolder', '' );
		$folder = is_string( $folder ) ? trim( $folder ) : '';
		if ( '' === $folder ) {
			return '';
		}
		$folder = path_is_absolute( $folder ) ? $folder : WP_CONTENT_DIR . '/' . ltrim( $folder, '/' );
		return trailingslashit( $folder ) . wp_basename( $path );
	}

	/**
	 * is_file() outside open_basedir raises a warning on the site: check the restriction first.
	 */
	private function allowed_by_open_basedir( string $path ): bool {
		$restriction = (string) ini_get( 'open_basedir' );
		if ( '' === $restriction ) {
			return true;
		}
		foreach ( explode( PATH_SEPARATOR, $restriction ) as $allowed ) {
			$allowed = trim( $allowed );
			if ( '' !== $allowed && 0 === strpos( $path, $allowed ) ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The first bytes of a log file (BackWPup may gzip its logs). '' when it cannot be read; the
	 * checks come first so that a missing file never raises a warning on the site.
	 */
	private function read_head( string $path ): string {
		$path = $this->absolute_log_path( $path );
		if ( '' === $path || ! preg_match( '/\.html?(\.gz)?$/i', $path ) || ! $this->allowed_by_open_basedir( $path ) || ! is_file( $path ) || ! is_readable( $path ) ) {
			return '';
		}
		if ( '.gz' === strtolower( substr( $path, -3 ) ) ) {
			if ( ! function_exists( 'gzopen' ) ) {
				return '';
			}
			$handle = gzopen( $path, 'rb' );
			if ( false === $handle ) {
				return '';
			}
			$head = gzread( $handle, self::LOG_HEAD_BYTES );
			gzclose( $handle );
			return is_string( $head ) ? $head : '';
		}
		$head = file_get_contents( $path, false, null, 0, self::LOG_HEAD_BYTES ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local log file, first bytes only.
		return is_string( $head ) ? $head : '';
	}
}
