<?php
/**
 * Builds records and destinations in the protocol's shape (packages/protocol BackupRecordSchema),
 * clipping every field to the schema's limits: a plugin's odd data must never make the whole report
 * invalid.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

use Retainer\Agent\Support\Time;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-type DestinationShape array{kind: string, label?: string, bucket?: string, prefix?: string, endpoint?: string, region?: string, path?: string}
 * @phpstan-type BackupRecordShape array{source: string, id: string, started_at: string|null, finished_at: string|null, ok: bool, size_bytes: int|null, parts: list<string>, destinations: list<DestinationShape>, offsite: bool, evidence: string, notes?: string}
 */
final class Record {

	public const EVIDENCE_LISTED     = 'listed-at-destination';
	public const EVIDENCE_LOGGED     = 'uploaded-per-log';
	public const EVIDENCE_CONFIGURED = 'destination-configured';
	public const EVIDENCE_NONE       = 'none';

	public const KINDS = array( 'local', 's3', 's3-compatible', 'sftp', 'ftp', 'dropbox', 'gdrive', 'onedrive', 'azure', 'backblaze', 'email', 'host', 'other' );

	/** Optional destination fields and their maximum length in the protocol. */
	private const DESTINATION_FIELDS = array(
		'label'    => 200,
		'bucket'   => 255,
		'prefix'   => 1024,
		'endpoint' => 2048,
		'region'   => 64,
		'path'     => 2048,
	);

	/**
	 * @param array<string, mixed> $fields Optional label, bucket, prefix, endpoint, region, path.
	 * @return DestinationShape
	 */
	public static function destination( string $kind, array $fields = array() ): array {
		$out = array( 'kind' => in_array( $kind, self::KINDS, true ) ? $kind : 'other' );
		foreach ( self::DESTINATION_FIELDS as $key => $max ) {
			if ( isset( $fields[ $key ] ) && is_scalar( $fields[ $key ] ) ) {
				$value = trim( (string) $fields[ $key ] );
				if ( '' !== $value ) {
					$out[ $key ] = self::clip( $value, $max );
				}
			}
		}
		return $out;
	}

	/**
	 * Whether any destination is on another machine than the site.
	 *
	 * @param list<DestinationShape> $destinations
	 */
	public static function offsite( array $destinations ): bool {
		foreach ( $destinations as $destination ) {
			if ( 'local' !== $destination['kind'] ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param list<string>           $parts
	 * @param list<DestinationShape> $destinations
	 * @return BackupRecordShape
	 */
	public static function make( string $source, string $id, ?int $started_at, ?int $finished_at, bool $ok, ?int $size_bytes, array $parts, array $destinations, string $evidence, string $notes = '' ): array {
		$record = array(
			'source'       => self::clip( $source, 64 ),
			'id'           => self::clip( '' === $id ? 'unknown' : $id, 200 ),
			'started_at'   => Time::rfc3339_or_null( $started_at ),
			'finished_at'  => Time::rfc3339_or_null( $finished_at ),
			'ok'           => $ok,
			'size_bytes'   => null === $size_bytes ? null : max( 0, $size_bytes ),
			'parts'        => array_slice( array_values( array_unique( array_map( static fn( string $p ): string => self::clip( $p, 32 ), $parts ) ) ), 0, 20 ),
			'destinations' => array_slice( array_values( $destinations ), 0, 20 ),
			'offsite'      => self::offsite( $destinations ),
			'evidence'     => in_array( $evidence, array( self::EVIDENCE_LISTED, self::EVIDENCE_LOGGED, self::EVIDENCE_CONFIGURED, self::EVIDENCE_NONE ), true ) ? $evidence : self::EVIDENCE_NONE,
		);
		if ( '' !== $notes ) {
			$record['notes'] = self::clip( $notes, 2000 );
		}
		return $record;
	}

	/**
	 * The time a record is placed at in the 60-day window and in the order: its finish, else start.
	 *
	 * @param BackupRecordShape $record
	 */
	public static function sort_time( array $record ): ?int {
		$when = $record['finished_at'] ?? $record['started_at'];
		return null === $when ? null : Time::parse_rfc3339( $when );
	}

	/**
	 * A non-negative integer from a plugin's stored number (int, numeric string, float), else null.
	 *
	 * @param mixed $value
	 */
	public static function int_or_null( $value ): ?int {
		if ( is_int( $value ) ) {
			return $value >= 0 ? $value : null;
		}
		if ( is_float( $value ) || ( is_string( $value ) && is_numeric( trim( $value ) ) ) ) {
			$number = (float) $value;
			return $number >= 0 && $number < PHP_INT_MAX ? (int) $number : null;
		}
		return null;
	}

	public static function clip( string $value, int $max ): string {
		return function_exists( 'mb_substr' ) ? mb_substr( $value, 0, $max ) : substr( $value, 0, $max );
	}
}
