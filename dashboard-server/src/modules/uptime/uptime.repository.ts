import type { Queryable } from '../../db/index.js';
import type { CheckOutcome } from './checker.js';
import type { CheckView, IncidentView, MaintenanceWindowView, MonitorView, RollupView } from './uptime.schemas.js';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** How one check is made: the settings the checker reads, shared by monitor rows and claimed checks. */
interface CheckSettings {
  timeout_ms: number;
  accepted_status_codes: string[];
  keyword: string | null;
  keyword_mode: 'contains' | 'not_contains';
  follow_redirects: boolean;
  max_redirects: number;
  check_tls: boolean;
  slow_ms: number | null;
}

interface MonitorRow extends CheckSettings {
  site_id: string;
  url: string | null;
  site_url: string;
  interval_s: number;
  confirm_failures: number;
  paused: boolean;
  status: MonitorView['status'];
  consecutive_failures: number;
  last_check_at: Date | null;
  next_check_at: Date;
  tls_expires_at: Date | null;
}
const toMonitor = (r: MonitorRow): MonitorView => ({
  site_id: r.site_id,
  url: r.url,
  effective_url: r.url ?? r.site_url,
  interval_s: r.interval_s,
  timeout_ms: r.timeout_ms,
  accepted_status_codes: r.accepted_status_codes,
  keyword: r.keyword,
  keyword_mode: r.keyword_mode,
  follow_redirects: r.follow_redirects,
  max_redirects: r.max_redirects,
  check_tls: r.check_tls,
  slow_ms: r.slow_ms,
  confirm_failures: r.confirm_failures,
  paused: r.paused,
  status: r.status,
  consecutive_failures: r.consecutive_failures,
  last_check_at: iso(r.last_check_at),
  next_check_at: iso(r.next_check_at),
  tls_expires_at: iso(r.tls_expires_at),
});
const MONITOR_COLS = `m.site_id, m.url, s.url AS site_url, m.interval_s, m.timeout_ms, m.accepted_status_codes, m.keyword, m.keyword_mode, m.follow_redirects,
  m.max_redirects, m.check_tls, m.slow_ms, m.confirm_failures, m.paused, m.status, m.consecutive_failures, m.last_check_at, m.next_check_at, m.tls_expires_at`;

export interface IncidentRow {
  id: string;
  site_id: string;
  kind: IncidentView['kind'];
  cause: string;
  detail: string | null;
  started_at: Date;
  opened_at: Date;
  resolved_at: Date | null;
}
export const toIncident = (r: IncidentRow): IncidentView => ({
  id: r.id,
  site_id: r.site_id,
  kind: r.kind,
  cause: r.cause,
  detail: r.detail,
  started_at: r.started_at.toISOString(),
  opened_at: r.opened_at.toISOString(),
  resolved_at: iso(r.resolved_at),
  duration_s: r.resolved_at ? (r.resolved_at.getTime() - r.started_at.getTime()) / 1000 : null,
});
const INCIDENT_COLS = 'id, site_id, kind, cause, detail, started_at, opened_at, resolved_at';

/** A due check as claimed: the monitor's settings plus what the result handling needs about the site. */
export interface ClaimedCheck extends CheckSettings {
  site_id: string;
  label: string;
  url: string;
  scheduled_for: Date;
  site_status: 'pending' | 'connected' | 'revoked';
  last_report_at: Date | null;
  in_maintenance: boolean;
}

/** The monitor's state right after a result was written; drives incident transitions. */
export interface MonitorState {
  consecutive_failures: number;
  confirm_failures: number;
  first_failure_at: Date | null;
  down_incident_id: string | null;
  silent_incident_id: string | null;
  tls_incident_id: string | null;
}

export type IncidentSlot = 'down_incident_id' | 'silent_incident_id' | 'tls_incident_id';
export const SLOT: Record<IncidentView['kind'], IncidentSlot> = { down: 'down_incident_id', agent_silent: 'silent_incident_id', tls_expiring: 'tls_incident_id' };

export const DEFAULT_SETTINGS = {
  url: null,
  interval_s: 60,
  timeout_ms: 10000,
  accepted_status_codes: ['200-399'],
  keyword: null,
  keyword_mode: 'contains' as const,
  follow_redirects: true,
  max_redirects: 5,
  check_tls: true,
  slow_ms: null,
  confirm_failures: 2,
  paused: false,
};
export type FullSettings = typeof DEFAULT_SETTINGS & { url: string | null; keyword: string | null; slow_ms: number | null; keyword_mode: 'contains' | 'not_contains' };

export function createUptimeRepository(db: Queryable) {
  return {
    /** Gives every site without a monitor a default one, first check jittered over one interval. */
    async syncMonitors(now: Date): Promise<number> {
      const r = await db.query(
        `INSERT INTO monitors (site_id, next_check_at, created_at, updated_at)
         SELECT s.id, $1::timestamptz + random() * interval '60 seconds', $1, $1 FROM sites s
         WHERE NOT EXISTS (SELECT 1 FROM monitors m WHERE m.site_id = s.id)
         ON CONFLICT (site_id) DO NOTHING`,
        [now],
      );
      return r.rowCount;
    },

    async siteUrl(siteId: string): Promise<string | undefined> {
      const r = await db.query<{ url: string }>('SELECT url FROM sites WHERE id = $1', [siteId]);
      return r.rows[0]?.url;
    },

    async findMonitor(siteId: string): Promise<MonitorView | undefined> {
      const r = await db.query<MonitorRow>(`SELECT ${MONITOR_COLS} FROM monitors m JOIN sites s ON s.id = m.site_id WHERE m.site_id = $1`, [siteId]);
      return r.rows[0] && toMonitor(r.rows[0]);
    },

    /** Inserts or replaces the settings; the checker's state columns are kept. */
    async upsertMonitor(siteId: string, s: FullSettings, now: Date, firstCheckAt: Date): Promise<void> {
      await db.query(
        `INSERT INTO monitors (site_id, url, interval_s, timeout_ms, accepted_status_codes, keyword, keyword_mode, follow_redirects, max_redirects, check_tls, slow_ms,
           confirm_failures, paused, next_check_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15)
         ON CONFLICT (site_id) DO UPDATE SET url = EXCLUDED.url, interval_s = EXCLUDED.interval_s, timeout_ms = EXCLUDED.timeout_ms,
           accepted_status_codes = EXCLUDED.accepted_status_codes, keyword = EXCLUDED.keyword, keyword_mode = EXCLUDED.keyword_mode,
           follow_redirects = EXCLUDED.follow_redirects, max_redirects = EXCLUDED.max_redirects, check_tls = EXCLUDED.check_tls, slow_ms = EXCLUDED.slow_ms,
           confirm_failures = EXCLUDED.confirm_failures, paused = EXCLUDED.paused, updated_at = EXCLUDED.updated_at,
           -- a shorter interval takes effect now rather than after the old, longer one
           next_check_at = LEAST(monitors.next_check_at, $14)`,
        [siteId, s.url, s.interval_s, s.timeout_ms, s.accepted_status_codes, s.keyword, s.keyword_mode, s.follow_redirects, s.max_redirects, s.check_tls, s.slow_ms, s.confirm_failures, s.paused, firstCheckAt, now],
      );
    },

    /**
     * Claims up to `limit` due checks for this process. The row lock (SKIP LOCKED) and moving
     * next_check_at in the same statement make each due check belong to exactly one process. The next
     * run keeps the monitor's phase (due + interval) so checks stay spread out; a monitor that fell
     * more than an interval behind (hub was stopped) is re-spread with jitter instead of all at once.
     */
    async claimDue(now: Date, limit: number): Promise<ClaimedCheck[]> {
      const r = await db.query<ClaimedCheck>(
        `WITH due AS (
           SELECT site_id, next_check_at FROM monitors WHERE next_check_at <= $1 AND NOT paused
           ORDER BY next_check_at LIMIT $2 FOR UPDATE SKIP LOCKED
         )
         UPDATE monitors m SET next_check_at = CASE
             WHEN due.next_check_at + make_interval(secs => m.interval_s) > $1 THEN due.next_check_at + make_interval(secs => m.interval_s)
             ELSE $1::timestamptz + make_interval(secs => m.interval_s * (0.5 + random() * 0.5)) END
         FROM due, sites s
         WHERE m.site_id = due.site_id AND s.id = m.site_id
         RETURNING m.site_id, s.label, COALESCE(m.url, s.url) AS url, due.next_check_at AS scheduled_for, m.timeout_ms, m.accepted_status_codes, m.keyword,
           m.keyword_mode, m.follow_redirects, m.max_redirects, m.check_tls, m.slow_ms, s.status AS site_status,
           COALESCE(s.last_report_at, s.enrolled_at) AS last_report_at,
           EXISTS (SELECT 1 FROM maintenance_windows w WHERE w.site_id = m.site_id AND w.starts_at <= $1 AND w.ends_at > $1) AS in_maintenance`,
        [now, limit],
        { name: 'uptime_claim_due' },
      );
      return r.rows;
    },

    /**
     * Writes one check and folds it into the monitor's state in one statement. A failure that is not
     * yet confirmed brings the next check forward (the confirming re-check).
     */
    async recordCheck(c: { siteId: string; checkedAt: Date; scheduledFor: Date; status: 'up' | 'down' | 'degraded'; outcome: CheckOutcome; suppressed: boolean; retryAt: Date }): Promise<MonitorState | undefined> {
      const o = c.outcome;
      const r = await db.query<MonitorState>(
        `WITH ins AS (
           INSERT INTO uptime_checks (site_id, checked_at, scheduled_for, status, http_status, response_ms, tls_expires_at, error_class, error, suppressed)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         )
         UPDATE monitors SET
           last_check_at = $2,
           last_error_class = $8,
           tls_expires_at = COALESCE($7, tls_expires_at),
           status = CASE WHEN $4 <> 'down' THEN $4 WHEN $10 THEN status WHEN consecutive_failures + 1 >= confirm_failures THEN 'down' ELSE status END,
           consecutive_failures = CASE WHEN $4 <> 'down' THEN 0 WHEN $10 THEN consecutive_failures ELSE consecutive_failures + 1 END,
           first_failure_at = CASE WHEN $4 <> 'down' THEN NULL WHEN $10 THEN first_failure_at ELSE COALESCE(first_failure_at, $2) END,
           next_check_at = CASE WHEN $4 = 'down' AND NOT $10 AND consecutive_failures + 1 < confirm_failures THEN LEAST(next_check_at, $11) ELSE next_check_at END
         WHERE site_id = $1
         RETURNING consecutive_failures, confirm_failures, first_failure_at, down_incident_id, silent_incident_id, tls_incident_id`,
        [c.siteId, c.checkedAt, c.scheduledFor, c.status, o.httpStatus, o.responseMs, o.tlsExpiresAt, o.errorClass, o.error, c.suppressed, c.retryAt],
        { name: 'uptime_record_check' },
      );
      return r.rows[0];
    },

    /** Opens an incident unless one of that kind is open already (unique partial index); returns it when opened. */
    async openIncident(i: { id: string; siteId: string; kind: IncidentView['kind']; cause: string; detail: string | null; startedAt: Date; now: Date }): Promise<IncidentRow | undefined> {
      const r = await db.query<IncidentRow>(
        `INSERT INTO uptime_incidents (id, site_id, kind, cause, detail, started_at, opened_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (site_id, kind) WHERE resolved_at IS NULL DO NOTHING RETURNING ${INCIDENT_COLS}`,
        [i.id, i.siteId, i.kind, i.cause, i.detail, i.startedAt, i.now],
      );
      if (r.rows[0]) await db.query(`UPDATE monitors SET ${SLOT[i.kind]} = $2 WHERE site_id = $1`, [i.siteId, i.id]);
      return r.rows[0];
    },

    async resolveIncident(siteId: string, kind: IncidentView['kind'], id: string, at: Date): Promise<IncidentRow | undefined> {
      const r = await db.query<IncidentRow>(`UPDATE uptime_incidents SET resolved_at = $2 WHERE id = $1 AND resolved_at IS NULL RETURNING ${INCIDENT_COLS}`, [id, at]);
      await db.query(`UPDATE monitors SET ${SLOT[kind]} = NULL WHERE site_id = $1 AND ${SLOT[kind]} = $2`, [siteId, id]);
      return r.rows[0];
    },

    async listChecks(siteId: string, q: { from?: Date; to?: Date; limit: number; offset: number }): Promise<CheckView[]> {
      const r = await db.query<{
        checked_at: Date;
        scheduled_for: Date;
        status: CheckView['status'];
        http_status: number | null;
        response_ms: number | null;
        tls_expires_at: Date | null;
        error_class: CheckView['error_class'];
        error: string | null;
        suppressed: boolean;
      }>(
        `SELECT checked_at, scheduled_for, status, http_status, response_ms, tls_expires_at, error_class, error, suppressed FROM uptime_checks
         WHERE site_id = $1 AND ($2::timestamptz IS NULL OR checked_at >= $2) AND ($3::timestamptz IS NULL OR checked_at < $3)
         ORDER BY checked_at DESC, id DESC LIMIT $4 OFFSET $5`,
        [siteId, q.from ?? null, q.to ?? null, q.limit, q.offset],
      );
      return r.rows.map((c) => ({ ...c, checked_at: c.checked_at.toISOString(), scheduled_for: c.scheduled_for.toISOString(), tls_expires_at: iso(c.tls_expires_at) }));
    },

    async listIncidents(siteId: string | null, q: { open?: boolean; kind?: string; limit: number; offset: number }): Promise<{ items: IncidentView[]; total: number }> {
      const where = `($1::uuid IS NULL OR site_id = $1) AND ($2::boolean IS NULL OR (resolved_at IS NULL) = $2) AND ($3::text IS NULL OR kind = $3)`;
      const params = [siteId, q.open ?? null, q.kind ?? null];
      const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM uptime_incidents WHERE ${where}`, params);
      const r = await db.query<IncidentRow>(`SELECT ${INCIDENT_COLS} FROM uptime_incidents WHERE ${where} ORDER BY started_at DESC, id LIMIT $4 OFFSET $5`, [...params, q.limit, q.offset]);
      return { items: r.rows.map(toIncident), total: total.rows[0]!.n };
    },

    async listRollups(siteId: string, from: string, to: string): Promise<RollupView[]> {
      const r = await db.query<{ day: string; checks: number; up_checks: number; p50_ms: number | null; p95_ms: number | null; incident_minutes: number }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, checks, up_checks, p50_ms, p95_ms, incident_minutes FROM uptime_daily
         WHERE site_id = $1 AND day >= $2::date AND day <= $3::date ORDER BY day`,
        [siteId, from, to],
      );
      return r.rows.map((d) => ({ ...d, uptime_pct: d.checks > 0 ? round3((100 * d.up_checks) / d.checks) : null }));
    },

    async insertMaintenanceWindow(w: { id: string; siteId: string; startsAt: Date; endsAt: Date; reason: string; now: Date }): Promise<MaintenanceWindowView> {
      const r = await db.query<{ id: string; site_id: string; starts_at: Date; ends_at: Date; reason: string; created_at: Date }>(
        `INSERT INTO maintenance_windows (id, site_id, starts_at, ends_at, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, site_id, starts_at, ends_at, reason, created_at`,
        [w.id, w.siteId, w.startsAt, w.endsAt, w.reason, w.now],
      );
      return toWindow(r.rows[0]!);
    },
    async listMaintenanceWindows(siteId: string, since: Date): Promise<MaintenanceWindowView[]> {
      const r = await db.query<{ id: string; site_id: string; starts_at: Date; ends_at: Date; reason: string; created_at: Date }>(
        'SELECT id, site_id, starts_at, ends_at, reason, created_at FROM maintenance_windows WHERE site_id = $1 AND ends_at > $2 ORDER BY starts_at, id',
        [siteId, since],
      );
      return r.rows.map(toWindow);
    },
    async deleteMaintenanceWindow(siteId: string, id: string): Promise<boolean> {
      const r = await db.query('DELETE FROM maintenance_windows WHERE site_id = $1 AND id = $2', [siteId, id]);
      return r.rowCount === 1;
    },
  };
}
export type UptimeRepository = ReturnType<typeof createUptimeRepository>;

export const round3 = (n: number) => Math.round(n * 1000) / 1000;
const toWindow = (r: { id: string; site_id: string; starts_at: Date; ends_at: Date; reason: string; created_at: Date }): MaintenanceWindowView => ({
  ...r,
  starts_at: r.starts_at.toISOString(),
  ends_at: r.ends_at.toISOString(),
  created_at: r.created_at.toISOString(),
});
