/**
 * The site's recent events, gathered from what the hub already keeps (there is no single event
 * log endpoint yet): commands, uptime incidents, backup verdict changes and the enrollment.
 */
import type { BadgeTone } from '../../components/StatusBadge';
import type { Command, SiteDetail } from '../../app/api';
import type { VerdictEvent } from '../backups/backups-api';
import { VERDICT_SHORT } from '../backups/backup-presentation';
import type { Incident } from '../uptime/uptime-api';
import { INCIDENT_KIND_LABEL } from '../uptime/uptime-presentation';
import { formatDuration } from '../uptime/uptime-chart';

export type EventSource = 'site' | 'command' | 'uptime' | 'backups';

export interface SiteEvent {
  /** Stable key for lists. */
  key: string;
  at: string;
  source: EventSource;
  tone: BadgeTone;
  title: string;
  detail: string;
}

export interface EventInputs {
  site: Pick<SiteDetail, 'id' | 'created_at' | 'enrollment'>;
  commands?: readonly Command[];
  incidents?: readonly Incident[];
  verdictEvents?: readonly VerdictEvent[];
}

const COMMAND_NAME: Record<string, string> = { sync: 'Sync' };
const commandName = (type: string) => COMMAND_NAME[type] ?? type;

function commandEvents(commands: readonly Command[]): SiteEvent[] {
  return commands.flatMap((c) => {
    const events: SiteEvent[] = [
      { key: `cmd-${c.command_id}-asked`, at: c.created_at, source: 'command', tone: 'info', title: `${commandName(c.type)} requested`, detail: '' },
    ];
    if (c.finished_at) {
      const outcome = c.status === 'done' ? 'done' : c.status === 'expired' ? 'expired' : 'failed';
      const tone: BadgeTone = c.status === 'done' ? 'success' : c.status === 'expired' ? 'neutral' : 'error';
      events.push({ key: `cmd-${c.command_id}-end`, at: c.finished_at, source: 'command', tone, title: `${commandName(c.type)} ${outcome}`, detail: '' });
    }
    return events;
  });
}

function incidentEvents(incidents: readonly Incident[]): SiteEvent[] {
  return incidents.flatMap((i) => {
    const label = INCIDENT_KIND_LABEL[i.kind] ?? i.kind;
    const events: SiteEvent[] = [
      { key: `inc-${i.id}-open`, at: i.started_at, source: 'uptime', tone: i.kind === 'tls_expiring' ? 'warning' : 'error', title: label, detail: i.detail ? `${i.cause}: ${i.detail}` : i.cause },
    ];
    if (i.resolved_at) {
      events.push({ key: `inc-${i.id}-end`, at: i.resolved_at, source: 'uptime', tone: 'success', title: `${label} — resolved`, detail: `after ${formatDuration(i.duration_s)}` });
    }
    return events;
  });
}

function verdictEvents(events: readonly VerdictEvent[]): SiteEvent[] {
  return events.map((e) => ({
    key: `bkp-${e.id}`,
    at: e.at,
    source: 'backups',
    tone: e.to === 'ok' ? 'success' : e.to === 'failing' ? 'error' : e.to === 'warning' ? 'warning' : 'neutral',
    title: e.from ? `Backups: ${VERDICT_SHORT[e.from]} → ${VERDICT_SHORT[e.to]}` : `Backups: ${VERDICT_SHORT[e.to]}`,
    detail: e.reasons.map((r) => r.message).join('; '),
  }));
}

/** Newest first, at most `limit`. Events without a valid time are left out rather than misplaced. */
export function recentEvents(inputs: EventInputs, limit = 15): SiteEvent[] {
  const all: SiteEvent[] = [
    { key: 'site-added', at: inputs.site.created_at, source: 'site', tone: 'neutral', title: 'Site added', detail: '' },
    ...(inputs.site.enrollment.enrolled_at
      ? [{ key: 'site-enrolled', at: inputs.site.enrollment.enrolled_at, source: 'site' as const, tone: 'success' as const, title: 'Agent connected', detail: '' }]
      : []),
    ...commandEvents(inputs.commands ?? []),
    ...incidentEvents(inputs.incidents ?? []),
    ...verdictEvents(inputs.verdictEvents ?? []),
  ];
  return all
    .filter((e) => !Number.isNaN(Date.parse(e.at)))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.key.localeCompare(b.key))
    .slice(0, limit);
}
