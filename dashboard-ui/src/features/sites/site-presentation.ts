/** How site and command states read on screen. Pure, so the wording is tested in one place. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { Command, CommandStatus, HealthStatus, SiteStatus, UpdateCounts } from '../../app/api';

export const SITE_STATUS_LABEL: Record<SiteStatus, string> = {
  pending: 'Waiting to connect',
  connected: 'Connected',
  revoked: 'Revoked',
};

export const SITE_STATUS_TONE: Record<SiteStatus, BadgeTone> = {
  pending: 'warning',
  connected: 'success',
  revoked: 'neutral',
};

export const SITE_STATUS_HELP: Record<SiteStatus, string> = {
  pending: 'The Retainer Agent plugin has not connected yet. Create an enrollment code and paste it into the plugin.',
  connected: 'The Retainer Agent plugin is connected and reports to this hub.',
  revoked: 'The connection was revoked. The hub ignores this site’s agent until it is enrolled again.',
};

export const COMMAND_STATUS_LABEL: Record<CommandStatus, string> = {
  pending: 'Queued',
  sent: 'Sent to site',
  done: 'Done',
  failed: 'Failed',
  expired: 'Expired',
};

export const COMMAND_STATUS_TONE: Record<CommandStatus, BadgeTone> = {
  pending: 'info',
  sent: 'info',
  done: 'success',
  failed: 'error',
  expired: 'neutral',
};

export const HEALTH_LABEL: Record<HealthStatus, string> = {
  good: 'Good',
  recommended: 'Should be improved',
  critical: 'Critical issues',
  unknown: 'Not checked',
};

export const HEALTH_TONE: Record<HealthStatus, BadgeTone> = {
  good: 'success',
  recommended: 'warning',
  critical: 'error',
  unknown: 'neutral',
};

export function isCommandFinished(status: CommandStatus): boolean {
  return status === 'done' || status === 'failed' || status === 'expired';
}

/** Only a connected site has an agent that can receive commands. */
export function canSync(status: SiteStatus): boolean {
  return status === 'connected';
}

/** "2 plugins, 1 theme" — the breakdown behind a site's pending-update count; "" when none. */
export function describeUpdates(updates: UpdateCounts): string {
  const parts: string[] = [];
  if (updates.core > 0) parts.push('WordPress core');
  if (updates.plugins > 0) parts.push(`${updates.plugins} ${updates.plugins === 1 ? 'plugin' : 'plugins'}`);
  if (updates.themes > 0) parts.push(`${updates.themes} ${updates.themes === 1 ? 'theme' : 'themes'}`);
  if (updates.translations > 0) {
    parts.push(`${updates.translations} ${updates.translations === 1 ? 'translation' : 'translations'}`);
  }
  return parts.join(', ');
}

/** Items with an update first (so they are seen), then by name. Does not change the input. */
export function updatesFirst<T extends { name: string; update_version: string | null }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const au = a.update_version ? 0 : 1;
    const bu = b.update_version ? 0 : 1;
    return au - bu || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  });
}

/** A command's result as one short line for the commands table. */
export function summarizeResult(result: unknown, maxLength = 120): string {
  if (result === null || result === undefined) return '';
  if (typeof result === 'string') return truncate(result, maxLength);
  if (typeof result === 'object' && !Array.isArray(result)) {
    const record = result as Record<string, unknown>;
    const nested = record.error;
    if (typeof nested === 'object' && nested !== null && typeof (nested as { message?: unknown }).message === 'string') {
      return truncate((nested as { message: string }).message, maxLength);
    }
    for (const key of ['message', 'error', 'summary']) {
      const value = record[key];
      if (typeof value === 'string' && value.trim() !== '') return truncate(value, maxLength);
    }
  }
  try {
    return truncate(JSON.stringify(result), maxLength);
  } catch {
    return '';
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The "Result" cell of a command: its outcome when finished; while waiting, why it has not
 * arrived yet (the hub could not push it), so a stuck delivery is visible rather than silent.
 */
export function describeCommandProgress(command: Command): string {
  if (isCommandFinished(command.status)) {
    if (command.status === 'expired') return 'The site did not pick this up in time.';
    return summarizeResult(command.result);
  }
  if (command.last_delivery_error) {
    const attempts = command.delivery_attempts ?? 0;
    const tries = attempts > 1 ? ` after ${attempts} tries` : '';
    return `The hub could not reach the site${tries} (${truncate(command.last_delivery_error, 80)}). The site gets it with its next report.`;
  }
  return command.status === 'sent' ? 'Waiting for the site to answer.' : 'Waiting to be delivered.';
}

/**
 * How long to wait before checking unfinished commands again: every few seconds right after a
 * request, then slower for commands that are waiting for the site's next report. null = stop.
 */
export function commandPollDelay(commands: readonly Command[], nowMs: number): number | null {
  const waiting = commands.filter((c) => !isCommandFinished(c.status));
  if (waiting.length === 0) return null;
  const newest = Math.max(...waiting.map((c) => Date.parse(c.created_at) || 0));
  return nowMs - newest < 2 * 60_000 ? 4_000 : 30_000;
}
