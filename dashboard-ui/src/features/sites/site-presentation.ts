/** How site and command states read on screen. Pure, so the wording is tested in one place. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { CommandStatus, HealthStatus, SiteStatus, UpdateCounts } from '../../app/api';

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
