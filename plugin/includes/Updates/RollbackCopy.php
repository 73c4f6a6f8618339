<?php
/**
 * A copy of a plugin or theme folder (or a single-file plugin) taken before its update, restored when
 * the site is broken afterwards and deleted once the update is known good. Copies live in
 * wp-content/retainer-rollback/, one random sub-folder per item: not in wp-content/upgrade/, which
 * WordPress's upgrader empties before it unpacks a package.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

defined( 'ABSPATH' ) || exit;

final class RollbackCopy {

	private const ROOT = 'retainer-rollback';

	/**
	 * Copies $path; returns where the copy is, or null when it could not be made.
	 */
	public function keep( string $path ): ?string {
		$fs = self::fs();
		if ( null === $fs || ! file_exists( $path ) ) {
			return null;
		}
		$root   = WP_CONTENT_DIR . '/' . self::ROOT;
		$holder = $root . '/' . bin2hex( random_bytes( 8 ) );
		if ( ! wp_mkdir_p( $holder ) ) {
			return null;
		}
		if ( ! file_exists( $root . '/index.php' ) ) {
			$fs->put_contents( $root . '/index.php', "<?php\n// Silence is golden.\n", FS_CHMOD_FILE );
		}
		$copy = $holder . '/' . basename( $path );
		if ( is_dir( $path ) ) {
			$ok = $fs->mkdir( $copy, FS_CHMOD_DIR ) && true === copy_dir( $path, $copy );
		} else {
			$ok = $fs->copy( $path, $copy, true, FS_CHMOD_FILE );
		}
		if ( ! $ok ) {
			$fs->delete( $holder, true );
			return null;
		}
		return $copy;
	}

	/**
	 * Puts the copy back at $path (whatever the update left there is removed first).
	 */
	public function restore( string $copy, string $path ): bool {
		$fs = self::fs();
		if ( null === $fs || ! file_exists( $copy ) ) {
			return false;
		}
		if ( file_exists( $path ) && ! $fs->delete( $path, true ) ) {
			return false;
		}
		if ( ! $fs->move( $copy, $path, true ) ) {
			return false;
		}
		// PHP may still serve the updated files' compiled code from the opcode cache.
		if ( is_dir( $path ) && function_exists( 'wp_opcache_invalidate_directory' ) ) {
			wp_opcache_invalidate_directory( $path );
		} elseif ( function_exists( 'wp_opcache_invalidate' ) ) {
			wp_opcache_invalidate( $path, true );
		}
		$this->discard( $copy );
		return true;
	}

	/**
	 * Deletes a copy (and its holder folder).
	 */
	public function discard( string $copy ): void {
		$fs = self::fs();
		if ( null !== $fs && 0 === strpos( $copy, WP_CONTENT_DIR . '/' . self::ROOT . '/' ) ) {
			$fs->delete( dirname( $copy ), true );
		}
	}

	private static function fs(): ?\WP_Filesystem_Base {
		global $wp_filesystem;
		WordPressAdmin::load();
		if ( ! $wp_filesystem instanceof \WP_Filesystem_Base && ! WP_Filesystem() ) {
			return null;
		}
		return $wp_filesystem instanceof \WP_Filesystem_Base ? $wp_filesystem : null;
	}
}
