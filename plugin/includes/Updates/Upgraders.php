<?php
/**
 * Runs WordPress's own upgrader for one item with a silent skin (Automatic_Upgrader_Skin collects
 * the messages instead of printing them). Returns null on success or a short error with the
 * upgrader's messages.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

defined( 'ABSPATH' ) || exit;

final class Upgraders {

	/**
	 * @param mixed $offer The transient's entry for the item (InstalledItems' offer['raw']).
	 * @return string|null Null on success, else what went wrong.
	 */
	public function run( string $type, string $id, $offer ): ?string {
		WordPressAdmin::load();
		$skin = new \Automatic_Upgrader_Skin();
		// The transients keep their other offers: a run updates items one by one and each needs its own.
		$args = array( 'clear_update_cache' => false );
		switch ( $type ) {
			case 'plugin':
				$result = ( new \Plugin_Upgrader( $skin ) )->upgrade( $id, $args );
				break;
			case 'theme':
				$result = ( new \Theme_Upgrader( $skin ) )->upgrade( $id, $args );
				break;
			case 'core':
				$result = ( new \Core_Upgrader( $skin ) )->upgrade( $offer, array( 'attempt_rollback' => false ) );
				break;
			case 'translation':
				$results = ( new \Language_Pack_Upgrader( $skin ) )->bulk_upgrade( array( $offer ), $args );
				$result  = is_array( $results ) ? ( $results[0] ?? false ) : $results;
				break;
			default:
				return 'Unknown item type.';
		}
		if ( is_wp_error( $result ) ) {
			return self::explain( $result, $skin );
		}
		if ( false === $result || null === $result ) {
			$skin_result = $skin->result;
			return self::explain( is_wp_error( $skin_result ) ? $skin_result : null, $skin );
		}
		return null;
	}

	private static function explain( ?\WP_Error $error, \Automatic_Upgrader_Skin $skin ): string {
		$parts = array();
		if ( null !== $error ) {
			$parts[] = $error->get_error_code() . ': ' . implode( ' ', $error->get_error_messages() );
		}
		$messages = array_filter( array_map( 'strval', (array) $skin->get_upgrade_messages() ) );
		if ( $messages ) {
			$parts[] = implode( ' / ', array_slice( array_map( 'wp_strip_all_tags', $messages ), -5 ) );
		}
		return $parts ? substr( implode( ' — ', $parts ), 0, 1500 ) : 'WordPress\'s upgrader did not complete the update.';
	}
}
