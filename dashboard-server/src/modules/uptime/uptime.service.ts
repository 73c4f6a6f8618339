import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import type { AlertMessage } from '../alerts/alert-channel.js';
import { createAlertsRepository } from '../alerts/alerts.repository.js';
import type { CheckOutcome } from './checker.js';
import { createUptimeRepository, DEFAULT_SETTINGS, toIncident, type ClaimedCheck, type FullSettings, type IncidentRow } from './uptime.repository.js';
import type { CreateMaintenanceWindow, FleetList, FleetQuery, IncidentQuery, MonitorSettings, MonitorView, RangeQuery, RollupQuery } from './uptime.schemas.js';
import { uptimeForPeriod, utcDay } from './uptime-stats.js';

/** A certificate expiring sooner than this raises one warning. */
export const TLS_WARNING_MS = 14 * 86_400_000;
const DAY_MS = 86_400_000;

export interface UptimeRules {
  /** How often agents report; an agent silent for `agentSilentFactor` times this opens an incident. */
  reportIntervalS: number;
  agentSilentFactor: number;
  /** Delay of the confirming re-check after a first failure. */
  confirmRetryS: number;
}

const fmtDuration = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
};

function alertFor(event: 'opened' | 'resolved', inc: IncidentRow, site: { id: string; label: string; url: string }): AlertMessage {
  const view = toIncident(inc);
  const base = { event, kind: inc.kind, site, incident: { id: inc.id, cause: inc.cause, detail: inc.detail, started_at: view.started_at, resolved_at: view.resolved_at, duration_s: view.duration_s } };
  if (inc.kind === 'down') {
    return event === 'opened'
      ? { ...base, title: `${site.label} is DOWN`, text: `${site.url} has been failing since ${view.started_at} (${inc.cause}${inc.detail ? `: ${inc.detail}` : ''}).` }
      : { ...base, title: `${site.label} is back UP`, text: `${site.url} recovered at ${view.resolved_at} after ${fmtDuration(inc.resolved_at!.getTime() - inc.started_at.getTime())} down (${inc.cause}).` };
  }
  if (inc.kind === 'agent_silent') {
    return event === 'opened'
      ? { ...base, title: `${site.label}: the Retainer agent stopped reporting`, text: `${site.url} answers HTTP but its agent has not reported ${inc.detail ?? ''}. WP-Cron may be broken or the plugin deactivated.` }
      : { ...base, title: `${site.label}: the Retainer agent reports again`, text: `The agent on ${site.url} reported again at ${view.resolved_at}.` };
  }
  return { ...base, title: `${site.label}: TLS certificate expires soon`, text: `The certificate of ${site.url} ${inc.detail ?? 'expires within 14 days'}. Renew it before visitors see a warning.` };
}

/**
 * Opens a maintenance window: checks inside it still run and are shown, but they neither count toward
 * uptime nor confirm an outage, so an update run does not page anyone. Meant to be called by other
 * features (the updates runner) as well as the API.
 */
export async function openMaintenanceWindow(db: Queryable, siteId: string, from: Date, to: Date, reason: string, now: Date = new Date()) {
  if (!(to > from)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'ends_at must be after starts_at');
  try {
    return await createUptimeRepository(db).insertMaintenanceWindow({ id: randomUUID(), siteId, startsAt: from, endsAt: to, reason, now });
  } catch (err) {
    if ((err as { code?: string }).code === '23503') throw notFound('Site');
    throw err;
  }
}

export function createUptimeService(deps: { db: Database; clock: Clock; rules: UptimeRules }) {
  const { db, clock, rules } = deps;
  const repo = createUptimeRepository(db);

  const requireSite = async (siteId: string) => {
    const url = await repo.siteUrl(siteId);
    if (url === undefined) throw notFound('Site');
    return url;
  };

  /** Opens/closes incidents in one transaction with their alert deliveries, so an incident never lacks its alerts. */
  const transition = async (fn: (tx: Queryable) => Promise<void>) => db.transaction(fn);

  return {
    /**
     * Folds one finished check into the monitor and incidents. Called after the HTTP request is over:
     * no transaction is ever held open across network I/O.
     */
    async recordResult(m: ClaimedCheck, checkedAt: Date, outcome: CheckOutcome): Promise<void> {
      const now = checkedAt;
      const tlsSoon = outcome.ok && outcome.tlsExpiresAt !== null && outcome.tlsExpiresAt.getTime() - now.getTime() < TLS_WARNING_MS;
      const slow = outcome.ok && m.slow_ms !== null && (outcome.responseMs ?? 0) > m.slow_ms;
      const status = !outcome.ok ? 'down' : tlsSoon || slow ? 'degraded' : 'up';
      const state = await repo.recordCheck({
        siteId: m.site_id,
        checkedAt,
        scheduledFor: m.scheduled_for,
        status,
        outcome,
        suppressed: m.in_maintenance,
        retryAt: new Date(now.getTime() + rules.confirmRetryS * 1000),
      });
      if (!state) return; // the site was deleted meanwhile
      const site = { id: m.site_id, label: m.label, url: m.url };
      const alerts = (tx: Queryable) => createAlertsRepository(tx);

      const open = async (kind: IncidentRow['kind'], cause: string, detail: string | null, startedAt: Date) =>
        transition(async (tx) => {
          const inc = await createUptimeRepository(tx).openIncident({ id: randomUUID(), siteId: m.site_id, kind, cause, detail, startedAt, now });
          if (inc) await alerts(tx).enqueue({ incidentId: inc.id, siteId: m.site_id, event: 'opened', message: alertFor('opened', inc, site), now });
        });
      const resolve = async (kind: IncidentRow['kind'], id: string, notify: boolean) =>
        transition(async (tx) => {
          const inc = await createUptimeRepository(tx).resolveIncident(m.site_id, kind, id, now);
          if (inc && notify) await alerts(tx).enqueue({ incidentId: inc.id, siteId: m.site_id, event: 'resolved', message: alertFor('resolved', inc, site), now });
        });

      if (!outcome.ok) {
        if (!m.in_maintenance && state.consecutive_failures >= state.confirm_failures && !state.down_incident_id) {
          await open('down', outcome.errorClass ?? 'other', outcome.error, state.first_failure_at ?? now);
        }
        return;
      }
      if (state.down_incident_id) await resolve('down', state.down_incident_id, true);

      // The agent is silent while the site answers HTTP: WP-Cron broken or the plugin deactivated.
      if (m.site_status === 'connected' && m.last_report_at) {
        const silentAfterMs = rules.agentSilentFactor * rules.reportIntervalS * 1000;
        const silent = now.getTime() - m.last_report_at.getTime() > silentAfterMs;
        if (silent && !state.silent_incident_id) {
          await open('agent_silent', 'agent_silent', `since ${m.last_report_at.toISOString()}`, new Date(m.last_report_at.getTime() + rules.reportIntervalS * 1000));
        } else if (!silent && state.silent_incident_id) {
          await resolve('agent_silent', state.silent_incident_id, true);
        }
      }

      if (outcome.tlsExpiresAt) {
        if (tlsSoon && !state.tls_incident_id) {
          await open('tls_expiring', 'tls_expiring', `expires at ${outcome.tlsExpiresAt.toISOString()}`, now);
        } else if (!tlsSoon && state.tls_incident_id) {
          // Renewed: close quietly; the warning was the only message this incident needed.
          await resolve('tls_expiring', state.tls_incident_id, false);
        }
      }
    },

    async getMonitor(siteId: string): Promise<MonitorView> {
      const siteUrl = await requireSite(siteId);
      const found = await repo.findMonitor(siteId);
      if (found) return found;
      // Not created yet (the scheduler creates monitors for new sites shortly): show the defaults.
      return { site_id: siteId, ...DEFAULT_SETTINGS, effective_url: siteUrl, status: 'unknown', consecutive_failures: 0, last_check_at: null, next_check_at: null, tls_expires_at: null };
    },

    async putMonitor(siteId: string, input: MonitorSettings): Promise<MonitorView> {
      await requireSite(siteId);
      for (const spec of input.accepted_status_codes ?? []) {
        const [lo, hi] = spec.split('-').map(Number);
        if (hi !== undefined && hi < lo!) throw new AppError(ErrorCode.VALIDATION_FAILED, `Invalid status range "${spec}": the end is below the start`, [{ path: '/accepted_status_codes' }]);
      }
      const settings: FullSettings = { ...DEFAULT_SETTINGS, ...input } as FullSettings;
      const now = clock.now();
      const firstCheck = new Date(now.getTime() + Math.random() * Math.min(settings.interval_s, 60) * 1000);
      await repo.upsertMonitor(siteId, settings, now, firstCheck);
      return (await repo.findMonitor(siteId))!;
    },

    async listChecks(siteId: string, q: RangeQuery) {
      await requireSite(siteId);
      return repo.listChecks(siteId, { ...(q.from ? { from: new Date(q.from) } : {}), ...(q.to ? { to: new Date(q.to) } : {}), limit: q.limit, offset: q.offset });
    },

    async listRollups(siteId: string, q: RollupQuery) {
      await requireSite(siteId);
      const to = q.to ?? utcDay(clock.now());
      const from = q.from ?? utcDay(new Date(new Date(`${to}T00:00:00Z`).getTime() - 30 * DAY_MS));
      if (from > to) throw new AppError(ErrorCode.VALIDATION_FAILED, '"from" must not be after "to"');
      return repo.listRollups(siteId, from, to);
    },

    async listIncidents(siteId: string, q: IncidentQuery) {
      await requireSite(siteId);
      return repo.listIncidents(siteId, q);
    },

    async uptime(siteId: string, from: Date, to: Date) {
      await requireSite(siteId);
      if (!(to > from)) throw new AppError(ErrorCode.VALIDATION_FAILED, '"to" must be after "from"');
      const f = (await uptimeForPeriod(db, [siteId], from, to)).get(siteId)!;
      return { from: from.toISOString(), to: to.toISOString(), ...f };
    },

    async createMaintenanceWindow(siteId: string, input: CreateMaintenanceWindow) {
      await requireSite(siteId);
      return openMaintenanceWindow(db, siteId, new Date(input.starts_at), new Date(input.ends_at), input.reason ?? '', clock.now());
    },
    async listMaintenanceWindows(siteId: string) {
      await requireSite(siteId);
      return repo.listMaintenanceWindows(siteId, clock.now());
    },
    async deleteMaintenanceWindow(siteId: string, id: string) {
      await requireSite(siteId);
      if (!(await repo.deleteMaintenanceWindow(siteId, id))) throw notFound('Maintenance window');
    },

    /** Fleet at a glance: one page of sites with status now, uptime 24 h / 30 d and incidents. */
    async fleet(q: FleetQuery): Promise<FleetList> {
      const now = clock.now();
      const statusFilter = q.status ?? null;
      const where = `($1::text IS NULL OR COALESCE(m.status, 'unknown') = $1)`;
      const counts = await db.query<{ status: string; paused: boolean; n: number }>(
        `SELECT COALESCE(m.status, 'unknown') AS status, COALESCE(m.paused, false) AS paused, count(*)::int AS n
         FROM sites s LEFT JOIN monitors m ON m.site_id = s.id GROUP BY 1, 2`,
      );
      const c = { up: 0, down: 0, degraded: 0, unknown: 0, paused: 0 };
      let total = 0;
      for (const r of counts.rows) {
        if (r.paused) c.paused += r.n;
        else c[r.status as keyof typeof c] += r.n;
        if (statusFilter === null || r.status === statusFilter) total += r.n;
      }
      const page = await db.query<{
        site_id: string;
        label: string;
        url: string;
        status: FleetList['items'][number]['status'];
        paused: boolean;
        in_maintenance: boolean;
        last_check_at: Date | null;
        response_ms: number | null;
      }>(
        `SELECT s.id AS site_id, s.label, COALESCE(m.url, s.url) AS url, COALESCE(m.status, 'unknown') AS status, COALESCE(m.paused, false) AS paused,
           EXISTS (SELECT 1 FROM maintenance_windows w WHERE w.site_id = s.id AND w.starts_at <= $4 AND w.ends_at > $4) AS in_maintenance,
           m.last_check_at,
           (SELECT c.response_ms FROM uptime_checks c WHERE c.site_id = s.id ORDER BY c.checked_at DESC LIMIT 1) AS response_ms
         FROM sites s LEFT JOIN monitors m ON m.site_id = s.id
         WHERE ${where}
         ORDER BY CASE COALESCE(m.status, 'unknown') WHEN 'down' THEN 0 WHEN 'degraded' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END, lower(s.label), s.id
         LIMIT $2 OFFSET $3`,
        [statusFilter, q.limit, q.offset, now],
      );
      const ids = page.rows.map((r) => r.site_id);
      const [u24, u30, incidents] = await Promise.all([
        uptimeForPeriod(db, ids, new Date(now.getTime() - DAY_MS), now),
        uptimeForPeriod(db, ids, new Date(now.getTime() - 30 * DAY_MS), now),
        db.query<IncidentRow>(
          `SELECT DISTINCT ON (site_id) id, site_id, kind, cause, detail, started_at, opened_at, resolved_at
           FROM uptime_incidents WHERE site_id = ANY($1::uuid[]) AND kind = 'down' ORDER BY site_id, started_at DESC`,
          [ids],
        ),
      ]);
      const last = new Map(incidents.rows.map((i) => [i.site_id, toIncident(i)]));
      return {
        items: page.rows.map((r) => {
          const li = last.get(r.site_id) ?? null;
          return {
            ...r,
            last_check_at: r.last_check_at?.toISOString() ?? null,
            uptime_24h: u24.get(r.site_id)!.uptime_pct,
            uptime_30d: u30.get(r.site_id)!.uptime_pct,
            open_incident: li && li.resolved_at === null ? li : null,
            last_incident: li,
          };
        }),
        total,
        limit: q.limit,
        offset: q.offset,
        counts: c,
      };
    },
  };
}
export type UptimeService = ReturnType<typeof createUptimeService>;
