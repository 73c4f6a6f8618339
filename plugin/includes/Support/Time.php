<?php
/**
 * Time formats used on the wire and in the database.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Support;

defined( 'ABSPATH' ) || exit;

final class Time {

	/**
	 * RFC 3339 in UTC, e.g. 2026-11-01T08:00:00Z.
	 */
	public static function rfc3339( int $timestamp ): string {
		return gmdate( 'Y-m-d\TH:i:s\Z', $timestamp );
	}

	/**
	 * RFC 3339 or null.
	 */
	public static function rfc3339_or_null( ?int $timestamp ): ?string {
		return null === $timestamp ? null : self::rfc3339( $timestamp );
	}

	/**
	 * MySQL DATETIME in UTC.
	 */
	public static function mysql( int $timestamp ): string {
		return gmdate( 'Y-m-d H:i:s', $timestamp );
	}

	/**
	 * A MySQL DATETIME (UTC) back to unix time, null when empty.
	 */
	public static function from_mysql( ?string $value ): ?int {
		if ( null === $value || '' === $value || '0000-00-00 00:00:00' === $value ) {
			return null;
		}
		$time = strtotime( $value . ' UTC' );
		return false === $time ? null : $time;
	}

	/**
	 * Parses an RFC 3339 timestamp; null when it is not one.
	 */
	public static function parse_rfc3339( string $value ): ?int {
		if ( ! preg_match( '/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/', $value ) ) {
			return null;
		}
		$time = strtotime( $value );
		return false === $time ? null : $time;
	}

	/**
	 * A "local timestamp" (wall-clock time of $timezone counted as if it were UTC, as WordPress's
	 * current_time( 'timestamp' ) makes them) back to real unix time. Around a DST change the wall
	 * clock is ambiguous; PHP picks the first occurrence, which is at most an hour off.
	 */
	public static function local_to_utc( int $local_timestamp, \DateTimeZone $timezone ): int {
		$local = new \DateTimeImmutable( gmdate( 'Y-m-d H:i:s', $local_timestamp ), $timezone );
		return $local->getTimestamp();
	}
}
