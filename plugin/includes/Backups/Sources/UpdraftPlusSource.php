<?php
/**
 * UpdraftPlus. Reads:
 * - updraft_backup_history: one entry per backup, keyed by its start time (unix, UTC), with the
 *   archives per part (db, plugins, themes, uploads, others…), their "<part>-size", the "nonce" and
 *   "service" (the destinations configured when it ran: a string or a list of ids, "none" = local);
 * - updraft_last_backup: the newest run's backup_time, success, errors and backup_nonce, the only
 *   place UpdraftPlus says whether the run (uploads included) succeeded;
 * - updraft_s3 / updraft_s3generic: bucket and folder ("path" = bucket/prefix) of S3 destinations,
 *   so the hub can list them itself. Keys and secrets in those options are never read.
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
final class UpdraftPlusSource implements BackupSource {

	/** Parts UpdraftPlus stores (db1, db2… are extra databases). */
	private const PARTS = array( 'db', 'plugins', 'themes', 'uploads', 'others', 'mu-plugins', 'wpcore', 'more' );

	/** UpdraftPlus service id => protocol kind and the name UpdraftPlus shows. */
	private const SERVICES = array(
		's3'           => array( 's3', 'Amazon S3' ),
		's3generic'    => array( 's3-compatible', 'S3-Compatible (Generic)' ),
		'dreamobjects' => array( 's3-compatible', 'DreamObjects' ),
		'updraftvault' => array( 's3', 'UpdraftVault' ),
		'dropbox'      => array( 'dropbox', 'Dropbox' ),
		'googledrive'  => array( 'gdrive', 'Google Drive' ),
		'onedrive'     => array( 'onedrive', 'Microsoft OneDrive' ),
		'azure'        => array( 'azure', 'Microsoft Azure' ),
		'backblaze'    => array( 'backblaze', 'Backblaze' ),
		'sftp'         => array( 'sftp', 'SFTP / SCP' ),
		'ftp'          => array( 'ftp', 'FTP' ),
		'email'        => array( 'email', 'Email' ),
		'googlecloud'  => array( 'other', 'Google Cloud' ),
		'webdav'       => array( 'other', 'WebDAV' ),
		'openstack'    => array( 'other', 'OpenStack (Swift)' ),
		'cloudfiles'   => array( 'other', 'Rackspace Cloud Files' ),
		'pcloud'       => array( 'other', 'pCloud' ),
		'remotesend'   => array( 'other', 'Remote site' ),
	);

	public function name(): string {
		return 'updraftplus';
	}

	public function detected(): bool {
		return PluginPresence::active( array( 'UPDRAFTPLUS_DIR' ), array( 'UpdraftPlus' ), array( 'updraftplus/updraftplus.php' ) );
	}

	/**
	 * @return list<string>
	 */
	public function finish_hooks(): array {
		// A filter: UpdraftPlus saves its return value as updraft_last_backup.
		return array( 'updraftplus_save_last_backup' );
	}

	/**
	 * @return list<BackupRecordShape>
	 */
	public function records( int $since ): array {
		$history = StoredData::option_array(
			'updraft_backup_history',
			__( 'The UpdraftPlus backup history (option updraft_backup_history) is corrupted or unreadable, so its backups cannot be checked.', 'retainer-agent' )
		);
		$last    = StoredData::option_array(
			'updraft_last_backup',
			__( 'The UpdraftPlus record of its last backup (option updraft_last_backup) is corrupted or unreadable, so its outcome cannot be checked.', 'retainer-agent' )
		);

		$last_time  = Record::int_or_null( $last['backup_time'] ?? null );
		$last_nonce = StoredData::string_at( $last, 'backup_nonce' );
		$records    = array();
		$seen_last  = false;
		foreach ( $history as $key => $entry ) {
			$started = Record::int_or_null( $key );
			if ( null === $started || ! is_array( $entry ) || $started < $since ) {
				continue;
			}
			$nonce   = StoredData::string_at( $entry, 'nonce' );
			$is_last = ( '' !== $last_nonce && $nonce === $last_nonce ) || $started === $last_time;
			if ( $is_last ) {
				$seen_last = true;
			}
			$records[] = $this->record( (string) $started, $started, $entry, $is_last ? $last : null );
		}
		// A run that failed before it stored any archive is only in updraft_last_backup.
		if ( ! $seen_last && null !== $last_time && $last_time >= $since ) {
			$entry              = StoredData::array_at( $last, 'backup_array' );
			$entry['service']   = $entry['service'] ?? get_option( 'updraft_service', null );
			$records[]          = $this->record( (string) $last_time, $last_time, $entry, $last );
		}
		return $records;
	}

	/**
	 * @param array<mixed>      $entry A history entry (or the last run's backup_array).
	 * @param array<mixed>|null $last  updraft_last_backup when this entry is that run.
	 * @return BackupRecordShape
	 */
	private function record( string $id, int $started, array $entry, ?array $last ): array {
		$parts = array();
		$size  = null;
		foreach ( $entry as $key => $value ) {
			$key = (string) $key;
			if ( ! in_array( $key, self::PARTS, true ) && ! preg_match( '/^db\d+$/', $key ) ) {
				continue;
			}
			if ( ( is_string( $value ) && '' !== $value ) || ( is_array( $value ) && array() !== $value ) ) {
				$parts[]   = $key;
				$part_size = Record::int_or_null( $entry[ $key . '-size' ] ?? null );
				if ( null !== $part_size ) {
					$size = ( $size ?? 0 ) + $part_size;
				}
			}
		}

		$destinations = $this->destinations( $entry );
		$offsite      = Record::offsite( $destinations );
		$notes        = '';
		if ( null !== $last ) {
			$errors = $last['errors'] ?? array();
			$errors = is_array( $errors ) ? count( $errors ) : ( empty( $errors ) ? 0 : 1 );
			$ok     = ! empty( $last['success'] ) && 0 === $errors && array() !== $parts;
			if ( $errors > 0 ) {
				$notes = sprintf( 'UpdraftPlus reported %d error(s) for this backup.', $errors );
			}
			// UpdraftPlus marks a run successful only once every upload finished without error.
			$evidence = ! $offsite ? Record::EVIDENCE_NONE : ( $ok ? Record::EVIDENCE_LOGGED : Record::EVIDENCE_CONFIGURED );
		} else {
			// Older runs: the history keeps the archives and the configured services, not the upload outcome.
			$ok       = array() !== $parts;
			$evidence = $offsite ? Record::EVIDENCE_CONFIGURED : Record::EVIDENCE_NONE;
		}
		return Record::make( $this->name(), $id, $started, null, $ok, $size, $parts, $destinations, $evidence, $notes );
	}

	/**
	 * @param array<mixed> $entry
	 * @return list<DestinationShape>
	 */
	private function destinations( array $entry ): array {
		$service = $entry['service'] ?? array();
		$ids     = is_array( $service ) ? $service : array( $service );
		$out     = array();
		foreach ( $ids as $id ) {
			if ( ! is_string( $id ) || '' === $id || 'none' === $id ) {
				continue;
			}
			$instances = StoredData::array_at( StoredData::array_at( $entry, 'service_instance_ids' ), $id );
			list( $kind, $label ) = self::SERVICES[ $id ] ?? array( 'other', $id );
			$out[]               = Record::destination( $kind, array( 'label' => $label ) + $this->bucket( $id, $instances ) );
		}
		// No remote service: the archives stay in the site's own updraft folder.
		return array() === $out ? array( Record::destination( 'local', array( 'label' => 'UpdraftPlus (this server)' ) ) ) : $out;
	}

	/**
	 * Bucket, prefix and endpoint of an S3 destination from UpdraftPlus's settings ("path" is
	 * "bucket/folder"); the instance used by the backup when it is known, else the first one.
	 *
	 * @param list<mixed> $instances
	 * @return array<string, string>
	 */
	private function bucket( string $service, array $instances ): array {
		if ( ! in_array( $service, array( 's3', 's3generic', 'dreamobjects' ), true ) ) {
			return array();
		}
		$options  = StoredData::optional_array( 'updraft_' . $service );
		$settings = StoredData::array_at( $options, 'settings' );
		if ( array() === $settings ) {
			$instance = $options; // Settings saved before UpdraftPlus had instances.
		} else {
			$wanted   = isset( $instances[0] ) && is_string( $instances[0] ) ? $instances[0] : '';
			$instance = StoredData::array_at( $settings, $wanted );
			if ( array() === $instance ) {
				$first    = reset( $settings );
				$instance = is_array( $first ) ? $first : array();
			}
		}
		$path = trim( StoredData::string_at( $instance, 'path' ), '/' );
		if ( '' === $path ) {
			return array();
		}
		$split = explode( '/', $path, 2 );
		$out   = array( 'bucket' => $split[0] );
		if ( isset( $split[1] ) && '' !== $split[1] ) {
			$out['prefix'] = rtrim( $split[1], '/' ) . '/';
		}
		$endpoint = StoredData::string_at( $instance, 'endpoint' );
		if ( '' !== $endpoint && 's3' !== $service ) {
			$out['endpoint'] = $endpoint;
		}
		return $out;
	}
}
