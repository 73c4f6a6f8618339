<?php
/**
 * WPvivid Backup. Reads option wpvivid_backup_list, keyed by task id: "type" (Manual, Cron,
 * Upload), "create_time" (unix time the task started), "local" (the folder on this server),
 * "remote" (the remote storages the backup was uploaded to; empty = it stayed on this server) and
 * "backup" with the archives and their sizes ("files", or per type under "data"). WPvivid adds a
 * backup to this list only once it completed, and fills "remote" only after the upload.
 * Keys and secrets in the remote entries are never read: only the kind, name, bucket and folder.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups\Sources;

use Retainer\Agent\Backups\BackupSource;
use Retainer\Agent\Backups\PluginPresence;
use Retainer\Agent\Backups\Record;
use Retainer\Agent\Backups\StoredData;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type BackupRecordShape from Record
 * @phpstan-import-type DestinationShape from Record
 */
final class WPvividSource implements BackupSource {

	/** WPvivid remote type => protocol kind. */
	private const REMOTES = array(
		'amazons3'    => 's3',
		's3compat'    => 's3-compatible',
		'wasabi'      => 's3-compatible',
		'b2'          => 'backblaze',
		'dropbox'     => 'dropbox',
		'googledrive' => 'gdrive',
		'one_drive'   => 'onedrive',
		'onedrive'    => 'onedrive',
		'ftp'         => 'ftp',
		'sftp'        => 'sftp',
	);

	public function name(): string {
		return 'wpvivid';
	}

	public function detected(): bool {
		return PluginPresence::active( array( 'WPVIVID_PLUGIN_VERSION' ), array( 'WPvivid' ), array( 'wpvivid-backuprestore/wpvivid-backuprestore.php' ) );
	}

	/**
	 * @return list<string>
	 */
	public function finish_hooks(): array {
		return array( 'wpvivid_handle_backup_succeed', 'wpvivid_handle_backup_failed' );
	}

	/**
	 * @return list<BackupRecordShape>
	 */
	public function records( int $since ): array {
		$list    = StoredData::option_array(
			'wpvivid_backup_list',
			__( 'The WPvivid backup list (option wpvivid_backup_list) is corrupted or unreadable, so its backups cannot be checked.', 'retainer-agent' )
		);
		$records = array();
		foreach ( $list as $task_id => $backup ) {
			if ( ! is_array( $backup ) ) {
				continue;
			}
			$created = Record::int_or_null( $backup['create_time'] ?? null );
			if ( null === $created || $created < $since ) {
				continue;
			}
			list( $size, $parts ) = $this->archives( StoredData::array_at( $backup, 'backup' ) );

			$destinations = array();
			foreach ( StoredData::array_at( $backup, 'remote' ) as $remote ) {
				if ( is_array( $remote ) ) {
					$destinations[] = $this->destination( $remote );
				}
			}
			$offsite = array() !== $destinations;
			if ( ! $offsite ) {
				$destinations[] = Record::destination( 'local', array( 'label' => 'WPvivid (this server)' ) );
			}
			$type      = StoredData::string_at( $backup, 'type' );
			$records[] = Record::make(
				$this->name(),
				(string) $task_id,
				$created,
				null,
				true,
				$size,
				$parts,
				$destinations,
				$offsite ? Record::EVIDENCE_LOGGED : Record::EVIDENCE_NONE,
				'Upload' === $type ? 'Uploaded to WPvivid by hand, not made by this site.' : ''
			);
		}
		return $records;
	}

	/**
	 * Total size and parts from the archive list.
	 *
	 * @param array<mixed> $backup
	 * @return array{0: int|null, 1: list<string>}
	 */
	private function archives( array $backup ): array {
		$files = StoredData::array_at( $backup, 'files' );
		foreach ( StoredData::array_at( StoredData::array_at( $backup, 'data' ), 'type' ) as $type ) {
			if ( is_array( $type ) ) {
				$files = array_merge( $files, StoredData::array_at( $type, 'files' ) );
			}
		}
		$size  = null;
		$parts = array();
		foreach ( $files as $file ) {
			if ( ! is_array( $file ) ) {
				continue;
			}
			$file_size = Record::int_or_null( $file['size'] ?? null );
			if ( null !== $file_size ) {
				$size = ( $size ?? 0 ) + $file_size;
			}
			// WPvivid names archives "<site>_wpvivid-<id>_<date>_backup_<what>.zip".
			if ( preg_match( '/_backup_(all|db|files|plugin|themes|uploads|content|core|others)[._]/', StoredData::string_at( $file, 'file_name' ), $m ) ) {
				$parts = array_merge( $parts, 'all' === $m[1] ? array( 'db', 'files' ) : array( 'plugin' === $m[1] ? 'plugins' : $m[1] ) );
			}
		}
		return array( $size, array_values( array_unique( $parts ) ) );
	}

	/**
	 * @param array<mixed> $remote
	 * @return DestinationShape
	 */
	private function destination( array $remote ): array {
		$type   = strtolower( StoredData::string_at( $remote, 'type' ) );
		$kind   = self::REMOTES[ $type ] ?? 'other';
		$fields = array(
			'label' => '' !== StoredData::string_at( $remote, 'name' ) ? StoredData::string_at( $remote, 'name' ) : $type,
			'path'  => StoredData::string_at( $remote, 'path' ),
		);
		if ( in_array( $kind, array( 's3', 's3-compatible' ), true ) ) {
			$fields['bucket']   = StoredData::string_at( $remote, 'bucket' );
			$prefix             = trim( $fields['path'], '/' );
			$fields['prefix']   = '' === $prefix ? '' : $prefix . '/';
			$fields['endpoint'] = StoredData::string_at( $remote, 'endpoint' );
			$fields['region']   = StoredData::string_at( $remote, 'region' );
		}
		return Record::destination( $kind, $fields );
	}
}
