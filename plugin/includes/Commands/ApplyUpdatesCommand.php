<?php
/**
 * "apply_updates" {run_id?, items: [{type, id, to_version?}]}: applies the items one by one under a
 * site-wide lock (a second run while one is going is refused with UPDATE_IN_PROGRESS). Each item's
 * UpdateEvent goes to the hub at once through the outbox and is returned in output.events too.
 * Malformed args are refused before anything is touched.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Commands;

use Retainer\Agent\Updates\ItemUpdater;
use Retainer\Agent\Updates\UpdateEvents;
use Retainer\Agent\Updates\UpdateLock;

defined( 'ABSPATH' ) || exit;

final class ApplyUpdatesCommand implements IdentifiedCommand {

	public const MAX_ITEMS = 100;
	/** Long enough for one slow item; renewed before each item. */
	private const LOCK_TTL_S = 1800;

	private const TYPES = array( 'core', 'plugin', 'theme', 'translation' );
	private const UUID  = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/';

	private UpdateLock $lock;
	private ItemUpdater $updater;
	private UpdateEvents $events;

	public function __construct( UpdateLock $lock, ItemUpdater $updater, UpdateEvents $events ) {
		$this->lock    = $lock;
		$this->updater = $updater;
		$this->events  = $events;
	}

	public function name(): string {
		return 'apply_updates';
	}

	public function run( array $args ): array {
		return $this->run_command( wp_generate_uuid4(), $args );
	}

	public function run_command( string $command_id, array $args ): array {
		$problem = self::validate( $args );
		if ( null !== $problem ) {
			throw new CommandFailed( 'VALIDATION_FAILED', 'Invalid apply_updates arguments: ' . $problem . ' Nothing was changed.' );
		}
		if ( ! $this->lock->acquire( self::LOCK_TTL_S ) ) {
			throw new CommandFailed( 'UPDATE_IN_PROGRESS', 'Another update run is in progress on this site; nothing was changed. Send the command again once it has finished.' );
		}
		// A hub that stops waiting must not leave a half-applied update behind.
		ignore_user_abort( true );
		if ( function_exists( 'set_time_limit' ) ) {
			set_time_limit( 0 ); // phpcs:ignore Squiz.PHP.DiscouragedFunctions.Discouraged -- updates outlast the default limit.
		}
		$run_id = isset( $args['run_id'] ) ? (string) $args['run_id'] : null;
		$events = array();
		try {
			foreach ( $args['items'] as $item ) {
				$this->lock->extend( self::LOCK_TTL_S );
				$event    = $this->updater->apply( $item, $command_id, $run_id );
				$events[] = $event;
				$this->events->publish( $event );
			}
		} finally {
			$this->lock->release();
		}
		return array( 'events' => $events );
	}

	/**
	 * Why $args are not valid ApplyUpdatesArgs, or null when they are.
	 *
	 * @param array<mixed> $args
	 */
	public static function validate( array $args ): ?string {
		$extra = array_diff( array_map( 'strval', array_keys( $args ) ), array( 'run_id', 'items' ) );
		if ( $extra ) {
			return 'unexpected field(s) ' . implode( ', ', $extra ) . '.';
		}
		if ( array_key_exists( 'run_id', $args ) && ( ! is_string( $args['run_id'] ) || ! preg_match( self::UUID, $args['run_id'] ) ) ) {
			return 'run_id must be a lowercase UUID.';
		}
		$items = $args['items'] ?? null;
		if ( ! is_array( $items ) || array() === $items || array_keys( $items ) !== range( 0, count( $items ) - 1 ) ) {
			return 'items must be a non-empty list.';
		}
		if ( count( $items ) > self::MAX_ITEMS ) {
			return sprintf( 'items may hold at most %d entries.', self::MAX_ITEMS );
		}
		foreach ( $items as $i => $item ) {
			$problem = self::item_problem( $item );
			if ( null !== $problem ) {
				return sprintf( 'items[%d]: %s', $i, $problem );
			}
		}
		return null;
	}

	/**
	 * @param mixed $item
	 */
	private static function item_problem( $item ): ?string {
		if ( ! is_array( $item ) || ( $item && array_keys( $item ) === range( 0, count( $item ) - 1 ) ) ) {
			return 'must be an object.';
		}
		$extra = array_diff( array_map( 'strval', array_keys( $item ) ), array( 'type', 'id', 'to_version' ) );
		if ( $extra ) {
			return 'unexpected field(s) ' . implode( ', ', $extra ) . '.';
		}
		if ( ! isset( $item['type'] ) || ! in_array( $item['type'], self::TYPES, true ) ) {
			return 'type must be one of ' . implode( ', ', self::TYPES ) . '.';
		}
		if ( ! isset( $item['id'] ) || ! is_string( $item['id'] ) || '' === $item['id'] || strlen( $item['id'] ) > 255 ) {
			return 'id must be a string of 1 to 255 characters.';
		}
		if ( array_key_exists( 'to_version', $item ) && ( ! is_string( $item['to_version'] ) || '' === $item['to_version'] || strlen( $item['to_version'] ) > 64 ) ) {
			return 'to_version must be a string of 1 to 64 characters.';
		}
		return null;
	}
}
