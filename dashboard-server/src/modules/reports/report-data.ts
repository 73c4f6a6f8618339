import { type IsoMonth } from '../billing/dates.js';
import { createAdvisoriesRepository } from '../advisories/advisories.repository.js';
import { createAdvisoryMatcher } from '../advisories/matcher.js';
import { loadUsage } from '../plans/usage.js';
import type { Queryable } from '../../db/index.js';
import { uptimeForPeriod } from '../uptime/uptime-stats.js';
import type { Period } from './period.js';

/*
 * The month's figures for one client, read from what the other features record (update history,
 * backup records and verdicts, uptime checks/rollups/incidents, the work log). Stored as the report's
 * snapshot: rendering never queries the database again.
 */

export type UpdateOutcome = 'updated' | 'failed' | 'rolled_back' | 'skipped';
export type Verdict = 'ok' | 'warning' | 'failing' | 'unknown';

export interface UpdateItem {
  type: 'core' | 'plugin' | 'theme' | 'translation';
  name: string;
  from: string | null;
  to: string | null;
  outcome: UpdateOutcome;
  reason_code: string | null;
  security: boolean;
  at: string;
}

export interface IncidentItem {
  kind: 'down' | 'agent_silent' | 'tls_expiring';
  cause: string;
  started_at: string;
  /** Seconds within the month; null while still open at the end of the month. */
  duration_s: number | null;
}

export interface SiteSection {
  id: string;
  label: string;
  url: string;
  updates: { items: UpdateItem[]; applied: number; rolled_back: number; failed: number; skipped: number; security: number };
  backups: {
    /** false: the site never reported any backup (feature not in use), not just a quiet month. */
    has_data: boolean;
    count: number;
    ok: number;
    offsite: number;
    newest_offsite_at: string | null;
    verdict_end: Verdict | null;
    worst_verdict: Verdict | null;
    transitions: { from: Verdict | null; to: Verdict; at: string }[];
  };
  uptime: { pct: number | null; checks: number; up_checks: number; incidents: IncidentItem[]; incident_seconds: number };
  /** Daily median / p95 response times (ms) of the month, from the daily rollups (UTC days). */
  response: { day: string; p50: number | null; p95: number | null }[];
  tls_expires_at: string | null;
}

export interface WorkEntry {
  date: string;
  minutes: number;
  description: string;
  site: string | null;
  kind: 'work' | 'restore' | 'repair';
}

export interface ReportData {
  version: 1;
  client: { id: string; name: string; email: string; locale: string };
  period: { month: string; start: string; end: string; timezone: string };
  plan: {
    name: string;
    included_minutes: number;
    /** false: "use it or lose it", unused minutes expire with the month. */
    minutes_roll_over: boolean;
    included_restores: number;
    included_repairs: number;
    /** Whether the included restores / repairs are per month or per (calendar) year. */
    allowance_period: 'month' | 'year';
    report_mode: 'auto_send' | 'needs_approval';
  } | null;
  totals: {
    sites: number;
    updates_applied: number;
    updates_rolled_back: number;
    updates_failed: number;
    security_updates: number;
    backups: number;
    offsite_backups: number;
    checks: number;
    up_checks: number;
    uptime_pct: number | null;
    incidents: number;
  };
  sites: SiteSection[];
  work: {
    entries: WorkEntry[];
    minutes: number;
    restores: number;
    repairs: number;
    /** Restores / repairs used in the plan's allowance period up to the month's end (the year so far for yearly plans). */
    allowance: { period: 'month' | 'year'; restores: number; repairs: number };
    /**
     * The plan's time pool as billing computes it (modules/plans/usage.ts), so the report and the invoice
     * never disagree: only 'work' minutes use the pool; restores/repairs within their allowance are free.
     * Absent on reports generated before it was recorded, and for clients without a plan.
     */
    pool?: { used: number; available: number; carried_over: number; over: number; overage_minutes: number };
  };
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const VERDICT_RANK: Record<Verdict, number> = { ok: 0, unknown: 1, warning: 2, failing: 3 };
const worst = (a: Verdict | null, b: Verdict | null): Verdict | null => (a === null ? b : b === null ? a : VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a);
export const round3 = (n: number) => Math.round(n * 1000) / 1000;

export interface ClientRow {
  id: string;
  name: string;
  contact_email: string;
  locale: string;
  plan_name: string | null;
  included_minutes: number | null;
  included_restores: number | null;
  included_repairs: number | null;
  minutes_roll_over: boolean | null;
  allowance_period: 'month' | 'year' | null;
  report_mode: 'auto_send' | 'needs_approval' | null;
}

export const CLIENT_SELECT = `SELECT c.id, c.name, c.contact_email, c.locale, p.name AS plan_name, p.included_minutes, p.included_restores,
  p.included_repairs, p.minutes_roll_over, p.allowance_period, p.report_mode FROM clients c LEFT JOIN plans p ON p.id = c.plan_id`;

export async function findClient(db: Queryable, id: string): Promise<ClientRow | undefined> {
  return (await db.query<ClientRow>(`${CLIENT_SELECT} WHERE c.id = $1`, [id])).rows[0];
}

/** Collects the month for one client. Every query is bounded by the client's sites and the period. */
export async function collectReportData(db: Queryable, client: ClientRow, period: Period): Promise<ReportData> {
  const sites = (
    // Sites that existed during the month: not added after it, not revoked before it.
    await db.query<{ id: string; label: string; url: string }>(
      'SELECT id, label, url FROM sites WHERE client_id = $1 AND created_at < $2 AND (revoked_at IS NULL OR revoked_at >= $3) ORDER BY lower(label), id',
      [client.id, period.end, period.start],
    )
  ).rows;
  const ids = sites.map((s) => s.id);
  const [updates, backups, backupEver, verdictEvents, uptime, incidents, response, tls, work] = await Promise.all([
    db.query<{ site_id: string; item_type: UpdateItem['type']; item_id: string; item_name: string; from_version: string | null; to_version: string | null; outcome: UpdateOutcome; reason_code: string | null; security: boolean; finished_at: Date }>(
      `SELECT site_id, item_type, item_id, item_name, from_version, to_version, outcome, reason_code, security, finished_at FROM update_events
       WHERE site_id = ANY($1::uuid[]) AND finished_at >= $2 AND finished_at < $3 ORDER BY finished_at, item_id`,
      [ids, period.start, period.end],
    ),
    db.query<{ site_id: string; count: number; ok: number; offsite: number }>(
      `SELECT site_id, count(*)::int AS count, (count(*) FILTER (WHERE ok))::int AS ok, (count(*) FILTER (WHERE ok AND offsite))::int AS offsite
       FROM backup_records WHERE site_id = ANY($1::uuid[]) AND finished_at >= $2 AND finished_at < $3 GROUP BY site_id`,
      [ids, period.start, period.end],
    ),
    db.query<{ site_id: string; newest_offsite_at: Date | null; any_record: boolean }>(
      `SELECT site_id, max(finished_at) FILTER (WHERE ok AND offsite) AS newest_offsite_at, true AS any_record
       FROM backup_records WHERE site_id = ANY($1::uuid[]) AND (finished_at IS NULL OR finished_at < $2) GROUP BY site_id`,
      [ids, period.end],
    ),
    // The verdict in force when the month started (latest earlier event) plus the month's transitions.
    db.query<{ site_id: string; from_verdict: Verdict | null; to_verdict: Verdict; at: Date; before: boolean }>(
      `SELECT * FROM (
         SELECT DISTINCT ON (site_id) site_id, from_verdict, to_verdict, at, true AS before FROM backup_verdict_events
         WHERE site_id = ANY($1::uuid[]) AND at < $2 ORDER BY site_id, at DESC) b
       UNION ALL
       SELECT site_id, from_verdict, to_verdict, at, false FROM backup_verdict_events WHERE site_id = ANY($1::uuid[]) AND at >= $2 AND at < $3
       ORDER BY at`,
      [ids, period.start, period.end],
    ),
    uptimeForPeriod(db, ids, period.start, period.end),
    db.query<{ site_id: string; kind: IncidentItem['kind']; cause: string; started_at: Date; resolved_at: Date | null }>(
      `SELECT site_id, kind, cause, started_at, resolved_at FROM uptime_incidents
       WHERE site_id = ANY($1::uuid[]) AND started_at < $3 AND (resolved_at IS NULL OR resolved_at > $2) ORDER BY started_at`,
      [ids, period.start, period.end],
    ),
    db.query<{ site_id: string; day: string; p50_ms: number | null; p95_ms: number | null }>(
      `SELECT site_id, to_char(day, 'YYYY-MM-DD') AS day, p50_ms, p95_ms FROM uptime_daily
       WHERE site_id = ANY($1::uuid[]) AND day >= ($2::timestamptz AT TIME ZONE 'UTC')::date AND day < ($3::timestamptz AT TIME ZONE 'UTC')::date ORDER BY day`,
      [ids, period.start, period.end],
    ),
    db.query<{ site_id: string; tls_expires_at: Date }>(
      `SELECT DISTINCT ON (site_id) site_id, tls_expires_at FROM uptime_checks
       WHERE site_id = ANY($1::uuid[]) AND checked_at >= $2 AND checked_at < $3 AND tls_expires_at IS NOT NULL ORDER BY site_id, checked_at DESC`,
      [ids, period.start, period.end],
    ),
    db.query<{ work_date: string; minutes: number; description: string; site_label: string | null; kind: WorkEntry['kind'] }>(
      `SELECT to_char(t.work_date, 'YYYY-MM-DD') AS work_date, t.minutes, t.description, s.label AS site_label, t.kind FROM time_entries t
       LEFT JOIN sites s ON s.id = t.site_id WHERE t.client_id = $1 AND t.work_date >= $2::date AND t.work_date < $3::date ORDER BY t.work_date, t.created_at, t.id`,
      [client.id, period.firstDay, period.nextFirstDay],
    ),
  ]);

  const sections = new Map<string, SiteSection>();
  for (const s of sites) {
    const f = uptime.get(s.id)!;
    sections.set(s.id, {
      id: s.id,
      label: s.label,
      url: s.url,
      updates: { items: [], applied: 0, rolled_back: 0, failed: 0, skipped: 0, security: 0 },
      backups: { has_data: false, count: 0, ok: 0, offsite: 0, newest_offsite_at: null, verdict_end: null, worst_verdict: null, transitions: [] },
      uptime: { pct: f.uptime_pct, checks: f.checks, up_checks: f.up_checks, incidents: [], incident_seconds: 0 },
      response: [],
      tls_expires_at: null,
    });
  }
  const at = (id: string) => sections.get(id)!;

  // A security update is one that crosses a recorded advisory's fixed version, whenever the advisory
  // was recorded (the update fixed it all the same).
  const advisories = updates.rows.length ? createAdvisoryMatcher(await createAdvisoriesRepository(db).list()) : null;
  for (const u of updates.rows) {
    const s = at(u.site_id).updates;
    const security = u.security || (advisories?.fixes(u.item_type, u.item_id, u.from_version, u.to_version).length ?? 0) > 0;
    s.items.push({ type: u.item_type, name: u.item_name || u.item_id, from: u.from_version, to: u.to_version, outcome: u.outcome, reason_code: u.reason_code, security, at: iso(u.finished_at)! });
    if (u.outcome === 'updated') s.applied++;
    else if (u.outcome === 'rolled_back') s.rolled_back++;
    else if (u.outcome === 'failed') s.failed++;
    else s.skipped++;
    if (security && u.outcome === 'updated') s.security++;
  }
  for (const b of backups.rows) Object.assign(at(b.site_id).backups, { count: b.count, ok: b.ok, offsite: b.offsite, has_data: true });
  for (const b of backupEver.rows) Object.assign(at(b.site_id).backups, { has_data: true, newest_offsite_at: iso(b.newest_offsite_at) });
  for (const e of verdictEvents.rows) {
    const b = at(e.site_id).backups;
    b.has_data = true;
    b.verdict_end = e.to_verdict;
    b.worst_verdict = worst(b.worst_verdict, e.to_verdict);
    if (!e.before) b.transitions.push({ from: e.from_verdict, to: e.to_verdict, at: iso(e.at)! });
  }
  for (const i of incidents.rows) {
    const s = at(i.site_id).uptime;
    const from = Math.max(i.started_at.getTime(), period.start.getTime());
    const to = Math.min((i.resolved_at ?? period.end).getTime(), period.end.getTime());
    const seconds = Math.round((to - from) / 1000);
    s.incidents.push({ kind: i.kind, cause: i.cause, started_at: iso(i.started_at)!, duration_s: i.resolved_at && i.resolved_at <= period.end ? seconds : null });
    if (i.kind === 'down') s.incident_seconds += seconds;
  }
  for (const r of response.rows) at(r.site_id).response.push({ day: r.day, p50: r.p50_ms, p95: r.p95_ms });
  for (const t of tls.rows) at(t.site_id).tls_expires_at = iso(t.tls_expires_at);

  const list = [...sections.values()];
  const sum = (f: (s: SiteSection) => number) => list.reduce((a, s) => a + f(s), 0);
  const checks = sum((s) => s.uptime.checks);
  const upChecks = sum((s) => s.uptime.up_checks);
  const allowancePeriod = client.allowance_period ?? 'month';
  const yearly =
    allowancePeriod === 'year'
      ? (
          await db.query<{ restores: number; repairs: number }>(
            `SELECT (count(*) FILTER (WHERE kind = 'restore'))::int AS restores, (count(*) FILTER (WHERE kind = 'repair'))::int AS repairs
             FROM time_entries WHERE client_id = $1 AND work_date >= $2::date AND work_date < $3::date`,
            [client.id, `${period.month.slice(0, 4)}-01-01`, period.nextFirstDay],
          )
        ).rows[0]!
      : null;
  const usage = client.plan_name === null ? null : await loadUsage(db, client.id, period.month as IsoMonth);
  const entries: WorkEntry[] = work.rows.map((w) => ({ date: w.work_date, minutes: w.minutes, description: w.description, site: w.site_label, kind: w.kind }));

  return {
    version: 1,
    client: { id: client.id, name: client.name, email: client.contact_email, locale: client.locale },
    period: { month: period.month, start: period.start.toISOString(), end: period.end.toISOString(), timezone: period.timezone },
    plan:
      client.plan_name === null
        ? null
        : {
            name: client.plan_name,
            included_minutes: client.included_minutes ?? 0,
            minutes_roll_over: client.minutes_roll_over ?? false,
            included_restores: client.included_restores ?? 0,
            included_repairs: client.included_repairs ?? 0,
            allowance_period: client.allowance_period ?? 'month',
            report_mode: client.report_mode ?? 'needs_approval',
          },
    totals: {
      sites: list.length,
      updates_applied: sum((s) => s.updates.applied),
      updates_rolled_back: sum((s) => s.updates.rolled_back),
      updates_failed: sum((s) => s.updates.failed),
      security_updates: sum((s) => s.updates.security),
      backups: sum((s) => s.backups.count),
      offsite_backups: sum((s) => s.backups.offsite),
      checks,
      up_checks: upChecks,
      uptime_pct: checks > 0 ? round3((100 * upChecks) / checks) : null,
      incidents: sum((s) => s.uptime.incidents.filter((i) => i.kind === 'down').length),
    },
    sites: list,
    work: {
      entries,
      minutes: entries.reduce((a, e) => a + e.minutes, 0),
      restores: entries.filter((e) => e.kind === 'restore').length,
      repairs: entries.filter((e) => e.kind === 'repair').length,
      allowance: yearly
        ? { period: 'year', restores: yearly.restores, repairs: yearly.repairs }
        : { period: 'month', restores: entries.filter((e) => e.kind === 'restore').length, repairs: entries.filter((e) => e.kind === 'repair').length },
      ...(usage ? { pool: { used: usage.minutes.used, available: usage.minutes.available, carried_over: usage.minutes.carried_over, over: usage.minutes.over, overage_minutes: usage.overage.minutes } } : {}),
    },
  };
}
