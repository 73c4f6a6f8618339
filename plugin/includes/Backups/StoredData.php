<?php
/**
 * Reads another plugin's stored data and tells "not there" apart from "there but unreadable".
 * WordPress turns a corrupted serialized value into false without a notice (maybe_unserialize), so
 * a missing option is asked for with a null default and anything that is not an array is reported
 * as unreadable by the caller.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

defined( 'ABSPATH' ) || exit;

final class StoredData {

	/**
	 * An option that should hold an array: array() when it does not exist.
	 *
	 * @param string $unreadable_reason Shown to the freelancer when the value is not an array.
	 * @return array<mixed>
	 * @throws BackupDataUnreadable When the option exists but is not an array.
	 */
	public static function option_array( string $name, string $unreadable_reason, bool $network = false ): array {
		$value = $network ? get_site_option( $name, null ) : get_option( $name, null );
		if ( null === $value ) {
			return array();
		}
		if ( ! is_array( $value ) ) {
			throw new BackupDataUnreadable( $unreadable_reason );
		}
		return $value;
	}

	/**
	 * An optional array option (settings): array() when missing or unreadable, since the records
	 * stay useful without it.
	 *
	 * @return array<mixed>
	 */
	public static function optional_array( string $name, bool $network = false ): array {
		$value = $network ? get_site_option( $name, null ) : get_option( $name, null );
		return is_array( $value ) ? $value : array();
	}

	/**
	 * A string from an array, or '' when absent or not a scalar.
	 *
	 * @param array<mixed> $data
	 */
	public static function string_at( array $data, string $key ): string {
		return isset( $data[ $key ] ) && is_scalar( $data[ $key ] ) ? trim( (string) $data[ $key ] ) : '';
	}

	/**
	 * An array from an array, or array() when absent or not an array.
	 *
	 * @param array<mixed> $data
	 * @return array<mixed>
	 */
	public static function array_at( array $data, string $key ): array {
		return isset( $data[ $key ] ) && is_array( $data[ $key ] ) ? $data[ $key ] : array();
	}
}
