/** How the fleet's per-site status badges read: the uptime monitor's state and the backup verdict. */
import type { BackupVerdictState, UptimeState } from '../../app/api';
import type { BadgeTone } from '../../components/StatusBadge';

export const UPTIME_STATE_LABEL: Record<UptimeState, string> = {
  up: 'Up',
  down: 'Down',
  degraded: 'Slow',
  paused: 'Paused',
  unknown: 'Not checked yet',
  not_monitored: 'Not monitored',
};

export const UPTIME_STATE_TONE: Record<UptimeState, BadgeTone> = {
  up: 'success',
  down: 'error',
  degraded: 'warning',
  paused: 'neutral',
  unknown: 'neutral',
  not_monitored: 'neutral',
};

export const BACKUP_STATE_LABEL: Record<BackupVerdictState, string> = {
  ok: 'Backup OK',
  warning: 'Backup due',
  failing: 'Backup failing',
  unknown: 'Backup unknown',
  not_evaluated: 'Not evaluated',
};

export const BACKUP_STATE_TONE: Record<BackupVerdictState, BadgeTone> = {
  ok: 'success',
  warning: 'warning',
  failing: 'error',
  unknown: 'neutral',
  not_evaluated: 'neutral',
};
