/** How monitor states and incidents read on screen. */
import type { BadgeTone } from '../../components/StatusBadge';
import type { Incident, IncidentKind, MonitorStatus } from './uptime-api';
import { formatDuration } from './uptime-chart';

export const MONITOR_STATUS_LABEL: Record<MonitorStatus, string> = {
  up: 'Up',
  down: 'Down',
  degraded: 'Slow',
  unknown: 'Not checked yet',
};

export const MONITOR_STATUS_TONE: Record<MonitorStatus, BadgeTone> = {
  up: 'success',
  down: 'error',
  degraded: 'warning',
  unknown: 'neutral',
};

export const INCIDENT_KIND_LABEL: Record<IncidentKind, string> = {
  down: 'Site down',
  agent_silent: 'Agent silent',
  tls_expiring: 'Certificate expiring',
};

/** "Resolved after 12 min" or "Ongoing for 3 h"; `nowMs` decides how long an open one has lasted. */
export function describeIncidentDuration(incident: Pick<Incident, 'resolved_at' | 'started_at' | 'duration_s'>, nowMs: number): string {
  if (incident.resolved_at) return `Resolved after ${formatDuration(incident.duration_s)}`;
  const started = Date.parse(incident.started_at);
  return Number.isNaN(started) ? 'Ongoing' : `Ongoing for ${formatDuration((nowMs - started) / 1000)}`;
}
