<?php
/**
 * A source's stored data exists but cannot be read (corrupted, wrong type). The message is shown to
 * the freelancer as the reason for status "unknown", so it says what is wrong in plain words.
 *
 * @package Retainer\Agent
 */

declare(strict_types=1);

namespace Retainer\Agent\Backups;

defined( 'ABSPATH' ) || exit;

final class BackupDataUnreadable extends \RuntimeException {
}
