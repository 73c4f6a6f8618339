/** Wording for update runs: statuses and what each reason code means for the freelancer. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { ItemType, RunItemStatus, RunSite, UpdateRun } from './updates-api';

export const ITEM_TYPE_LABELS: Record<ItemType, string> = { core: 'WordPress core', plugin: 'Plugin', theme: 'Theme', translation: 'Translation' };

export const ITEM_STATUS: Record<RunItemStatus, { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Updating', tone: 'info' },
  updated: { label: 'Updated', tone: 'success' },
  failed: { label: 'Failed', tone: 'error' },
  rolled_back: { label: 'Rolled back', tone: 'warning' },
  skipped_held: { label: 'Held, skipped', tone: 'neutral' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
};

export const SITE_STATUS: Record<RunSite['status'], { label: string; tone: BadgeTone }> = {
  queued: { label: 'Waiting', tone: 'neutral' },
  dispatched: { label: 'Sent to site', tone: 'info' },
  running: { label: 'Running', tone: 'info' },
  done: { label: 'Done', tone: 'success' },
  failed: { label: 'Failed', tone: 'error' },
  cancelled: { label: 'Cancelled, not sent', tone: 'neutral' },
};

export const RUN_STATUS: Record<UpdateRun['status'], { label: string; tone: BadgeTone }> = {
  queued: { label: 'Queued', tone: 'neutral' },
  running: { label: 'Running', tone: 'info' },
  done: { label: 'Finished', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'warning' },
};

/** Plain-language explanations of the agent's and hub's reason codes. */
const REASONS: Record<string, string> = {
  SITE_BROKEN: 'The site stopped answering correctly after the update, so the previous version was restored automatically. The site is back as it was.',
  ROLLBACK_FAILED: 'The site broke after the update and restoring the previous version failed too. Check the site now.',
  SITE_UNHEALTHY_BEFORE: 'The site was already failing its health check before the update, so nothing was touched.',
  UPGRADER_FAILED: 'WordPress’s own updater reported an error; the item was left as it was.',
  VERSION_MISMATCH: 'WordPress now offers a different version than the one selected, so nothing was installed. Refresh and start a new run.',
  NO_UPDATE: 'WordPress no longer offers an update for this item (it may have been updated already).',
  UNKNOWN_ITEM: 'The item is not installed on the site any more.',
  REQUIREMENTS_NOT_MET: 'The new version needs a newer PHP or WordPress than the site runs.',
  FS_NOT_DIRECT: 'WordPress cannot write its files directly on this server (it asks for FTP credentials), so updates cannot run unattended.',
  HELD: 'A hold on this item kept it out of the run.',
  COMMAND_FAILED: 'The site could not run the update command.',
  NOT_REPORTED: 'The site finished without reporting this item.',
  COMMAND_EXPIRED: 'The site did not pick up the update command in time.',
  CANCELLED: 'The run was cancelled before this site’s turn; nothing was sent to the site and nothing changed on it.',
};

/** The run's badge; an open run with a cancel pending says it is waiting for the sites already updating. */
export function runStatusView(run: Pick<UpdateRun, 'status' | 'cancel_requested_at'>): { label: string; tone: BadgeTone } {
  if (run.cancel_requested_at && (run.status === 'queued' || run.status === 'running')) return { label: 'Cancelling', tone: 'warning' };
  return RUN_STATUS[run.status];
}

/** Codes whose text the hub writes itself: the explanation above already says it, so it is not repeated. */
const HUB_WORDED = new Set(['CANCELLED']);

export function explainReason(code: string | null, reason: string | null): string | null {
  const known = code ? REASONS[code] : undefined;
  if (known && code && HUB_WORDED.has(code)) return known;
  if (known && reason && reason.trim() !== '' && reason.trim() !== known) return `${known} Details: ${reason.trim()}`;
  return known ?? (reason?.trim() || (code ? `Reason: ${code}.` : null));
}

export function versionChange(from: string | null, to: string | null): string {
  if (from && to) return `${from} → ${to}`;
  return to ?? from ?? '—';
}
