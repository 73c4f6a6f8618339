/** How backup verdicts, reasons and records read on screen. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { BackupEvidence, BackupVerdict } from './backups-api';

export const VERDICT_LABEL: Record<BackupVerdict, string> = {
  ok: 'Backups OK',
  warning: 'Backups need attention',
  failing: 'Backups failing',
  unknown: 'Backups unknown',
};

export const VERDICT_SHORT: Record<BackupVerdict, string> = { ok: 'OK', warning: 'Warning', failing: 'Failing', unknown: 'Unknown' };

export const VERDICT_TONE: Record<BackupVerdict, BadgeTone> = { ok: 'success', warning: 'warning', failing: 'error', unknown: 'neutral' };

export const VERDICT_HELP: Record<BackupVerdict, string> = {
  ok: 'A recent offsite backup exists and meets the backup policy.',
  warning: 'Backups exist, but something in the policy is not met. See the reasons below.',
  failing: 'There is no usable recent offsite backup. A restore may not be possible.',
  unknown: 'The hub has no backup information from this site yet.',
};

export const VERDICTS: readonly BackupVerdict[] = ['failing', 'warning', 'unknown', 'ok'];

export const EVIDENCE_LABEL: Record<NonNullable<BackupEvidence>, string> = {
  'listed-at-destination': 'Seen at the destination',
  'uploaded-per-log': 'Uploaded (per the plugin’s log)',
  'destination-configured': 'Destination configured only',
  none: 'No proof',
};

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (powers of 1024, one decimal below 10). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 || value >= 10 ? Math.round(value).toString() : value.toFixed(1).replace(/\.0$/, '');
  return `${text} ${UNITS[unit]}`;
}

/** Age of the newest offsite backup: "5 h", "3 days". */
export function formatAgeHours(hours: number | null | undefined): string {
  if (hours === null || hours === undefined || Number.isNaN(hours)) return '—';
  if (hours < 1) return 'under 1 h';
  if (hours < 48) return `${Math.floor(hours)} h`;
  return `${Math.floor(hours / 24)} days`;
}
