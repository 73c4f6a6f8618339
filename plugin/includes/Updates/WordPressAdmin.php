<?php
/**
 * The wp-admin code the update machinery needs (upgraders, skins, plugin/theme/update helpers,
 * the file-system API). A REST request or cron run does not load wp-admin on its own.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Updates;

defined( 'ABSPATH' ) || exit;

final class WordPressAdmin {

	public static function load(): void {
		foreach ( array( 'file.php', 'misc.php', 'plugin.php', 'theme.php', 'update.php', 'translation-install.php', 'class-wp-upgrader.php' ) as $file ) {
			require_once ABSPATH . 'wp-admin/includes/' . $file;
		}
	}
}
