<?php
/**
 * One backup plugin the agent can read: whether it runs on this site, and its recent backups in the
 * protocol's normalised shape (packages/protocol BackupRecordSchema). Sources only read what the
 * plugin already stored; they never talk to a destination and never send credentials.
 *
 * Adding a source: one class implementing this interface, one register() line in Plugin.php.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

defined( 'ABSPATH' ) || exit;

/**
 * @phpstan-import-type BackupRecordShape from Record
 */
interface BackupSource {

	/**
	 * Stable name on the wire (e.g. "updraftplus"), unique in the registry.
	 */
	public function name(): string;

	/**
	 * Whether the plugin is installed and active on this site.
	 */
	public function detected(): bool;

	/**
	 * Backups that finished (or, when the finish is unknown, started) at or after $since.
	 *
	 * @param int $since Unix time.
	 * @return list<BackupRecordShape>
	 * @throws BackupDataUnreadable When the plugin's stored data cannot be read at all.
	 */
	public function records( int $since ): array;

	/**
	 * Actions or filters the plugin fires when a backup finishes (a report follows soon after).
	 * Callbacks attached to them return their first argument unchanged, so filters are safe too.
	 *
	 * @return list<string>
	 */
	public function finish_hooks(): array;
}
