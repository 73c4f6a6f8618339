import type { Queryable } from '../../db/index.js';
import { round3 } from './uptime.repository.js';
import { claimJob, finishJob } from '../../lib/job-runs.js';

const DAY_MS = 86_400_000;
export const utcDay = (d: Date) => d.toISOString().slice(0, 10);
const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);

export interface UptimeFigure {
  checks: number;
  up_checks: number;
  /** Percentage of checks that were up (degraded counts as up); null when nothing was checked. */
  uptime_pct: number | null;
}

/**
 * Uptime % of each site over [from, to): whole UTC days that have a rollup are taken from the rollup,
 * everything else (the partial days at both ends, days not rolled up yet) from the raw checks. So
 * a period of any length reads at most a few days of raw rows per site, and periods older than the
 * raw-check retention still have figures.
 */
export async function uptimeForPeriod(db: Queryable, siteIds: readonly string[], from: Date, to: Date): Promise<Map<string, UptimeFigure>> {
  const out = new Map<string, UptimeFigure>();
  for (const id of siteIds) out.set(id, { checks: 0, up_checks: 0, uptime_pct: null });
  if (siteIds.length === 0 || to <= from) return out;

  const firstWholeDay = utcDay(new Date(from.getTime() + DAY_MS - 1));
  const endWholeDay = utcDay(to); // days before this one end before `to`
  const rolled = firstWholeDay < endWholeDay
    ? (
        await db.query<{ site_id: string; day: string; checks: number; up_checks: number }>(
          `SELECT site_id, to_char(day, 'YYYY-MM-DD') AS day, checks, up_checks FROM uptime_daily
           WHERE site_id = ANY($1::uuid[]) AND day >= $2::date AND day < $3::date`,
          [siteIds, firstWholeDay, endWholeDay],
        )
      ).rows
    : [];
  const covered = new Map<string, Set<string>>();
  for (const r of rolled) {
    const f = out.get(r.site_id)!;
    f.checks += r.checks;
    f.up_checks += r.up_checks;
    (covered.get(r.site_id) ?? covered.set(r.site_id, new Set()).get(r.site_id)!).add(r.day);
  }

  // The raw ranges per site: [from, to) minus the rolled-up days, as merged segments.
  const segSite: string[] = [];
  const segFrom: Date[] = [];
  const segTo: Date[] = [];
  for (const id of siteIds) {
    const days = covered.get(id);
    let cursor = from;
    if (days) {
      for (const day of [...days].sort()) {
        const s = dayStart(day);
        if (s > cursor) segSite.push(id), segFrom.push(cursor), segTo.push(s);
        cursor = new Date(s.getTime() + DAY_MS);
      }
    }
    if (cursor < to) segSite.push(id), segFrom.push(cursor), segTo.push(to);
  }
  if (segSite.length > 0) {
    const raw = await db.query<{ site_id: string; checks: number; up_checks: number }>(
      `SELECT g.site_id, count(c.id)::int AS checks, (count(c.id) FILTER (WHERE c.status <> 'down'))::int AS up_checks
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS g(site_id, f, t)
       JOIN uptime_checks c ON c.site_id = g.site_id AND c.checked_at >= g.f AND c.checked_at < g.t AND NOT c.suppressed
       GROUP BY g.site_id`,
      [segSite, segFrom, segTo],
    );
    for (const r of raw.rows) {
      const f = out.get(r.site_id)!;
      f.checks += r.checks;
      f.up_checks += r.up_checks;
    }
  }
  for (const f of out.values()) f.uptime_pct = f.checks > 0 ? round3((100 * f.up_checks) / f.checks) : null;
  return out;
}

/** Builds (or rebuilds: idempotent) the rollup of one UTC day for every site. */
export async function rollupDay(db: Queryable, day: string): Promise<number> {
  const start = dayStart(day);
  const end = new Date(start.getTime() + DAY_MS);
  const r = await db.query(
    `INSERT INTO uptime_daily (site_id, day, checks, up_checks, p50_ms, p95_ms, incident_minutes)
     SELECT site_id, $1::date, count(*), count(*) FILTER (WHERE status <> 'down'),
       (percentile_disc(0.5) WITHIN GROUP (ORDER BY response_ms) FILTER (WHERE status <> 'down'))::int,
       (percentile_disc(0.95) WITHIN GROUP (ORDER BY response_ms) FILTER (WHERE status <> 'down'))::int,
       0
     FROM uptime_checks WHERE checked_at >= $2 AND checked_at < $3 AND NOT suppressed
     GROUP BY site_id
     ON CONFLICT (site_id, day) DO UPDATE SET checks = EXCLUDED.checks, up_checks = EXCLUDED.up_checks, p50_ms = EXCLUDED.p50_ms,
       p95_ms = EXCLUDED.p95_ms, incident_minutes = 0`,
    [day, start, end],
  );
  // Minutes of "down" incidents overlapping the day (an incident still open counts to the day's end).
  await db.query(
    `INSERT INTO uptime_daily (site_id, day, checks, up_checks, incident_minutes)
     SELECT site_id, $1::date, 0, 0,
       round((sum(extract(epoch FROM LEAST(COALESCE(resolved_at, $3), $3) - GREATEST(started_at, $2))) / 60)::numeric, 2)::float8
     FROM uptime_incidents WHERE kind = 'down' AND started_at < $3 AND COALESCE(resolved_at, $3) > $2
     GROUP BY site_id
     ON CONFLICT (site_id, day) DO UPDATE SET incident_minutes = EXCLUDED.incident_minutes`,
    [day, start, end],
  );
  return r.rowCount;
}

/** Deletes raw checks older than the cutoff in bounded batches, so no statement holds locks for long. */
export async function pruneChecks(db: Queryable, olderThan: Date, batch = 10_000): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await db.query('DELETE FROM uptime_checks WHERE id IN (SELECT id FROM uptime_checks WHERE checked_at < $1 LIMIT $2)', [olderThan, batch]);
    total += r.rowCount;
    if (r.rowCount < batch) return total;
  }
}


/** Checks still in flight at midnight are written with that day's time; wait this long before rolling it up. */
const ROLLUP_GRACE_MS = 5 * 60_000;
/** Days a stopped hub catches up on when it comes back. */
const ROLLUP_CATCH_UP_DAYS = 7;

/** The daily jobs; each (job, day) runs in exactly one process. Returns what ran. */
export async function runDailyJobs(db: Queryable, now: Date, retentionDays: number): Promise<{ rolledUp: string[]; pruned: number | null }> {
  const rolledUp: string[] = [];
  const lastComplete = new Date(now.getTime() - ROLLUP_GRACE_MS - DAY_MS);
  for (let i = ROLLUP_CATCH_UP_DAYS - 1; i >= 0; i--) {
    const day = utcDay(new Date(lastComplete.getTime() - i * DAY_MS));
    if (await claimJob(db, 'uptime_rollup', day, now)) {
      const sites = await rollupDay(db, day);
      await finishJob(db, 'uptime_rollup', day, now, { sites });
      rolledUp.push(day);
    }
  }
  let pruned: number | null = null;
  const today = utcDay(now);
  if (await claimJob(db, 'uptime_prune', today, now)) {
    pruned = await pruneChecks(db, new Date(now.getTime() - retentionDays * DAY_MS));
    await finishJob(db, 'uptime_prune', today, now, { deleted: pruned });
  }
  return { rolledUp, pruned };
}
