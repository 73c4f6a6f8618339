import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import type { Database } from '../src/db/types.js';
import { createChecker } from '../src/modules/uptime/checker.js';
import { createUptimeScheduler, type UptimeScheduler } from '../src/modules/uptime/scheduler.js';
import { runDailyJobs } from '../src/modules/uptime/uptime-stats.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { startTargets } from './helpers/uptime-fixtures.js';

let hub: TestHub;
let targets: Awaited<ReturnType<typeof startTargets>>;
let secondDb: Database;
const SITES = 20;
const T0 = new Date('2026-11-02T10:00:00Z').getTime();
const config = parseConfig({ LOG_LEVEL: 'silent' }, { uptimeConcurrency: 5 });
const schedulers: UptimeScheduler[] = [];
const scheduler = (db: Database) => {
  const s = createUptimeScheduler({ db, clock: hub.clock, config, checker: createChecker() });
  schedulers.push(s);
  return s;
};

beforeAll(async () => {
  targets = await startTargets();
  hub = await buildTestHub({ start: new Date(T0).toISOString() });
  // The second "process": its own connection pool on the same database.
  secondDb = createPostgresDatabase(hub.tdb.url, { max: 5 });
  const clientId = await hub.createClient();
  for (let i = 0; i < SITES; i++) await hub.createSite(clientId, `${targets.http}/ok?site=${i}`, `Site ${i}`);
});
afterAll(async () => {
  for (const s of schedulers) await s.stop();
  await secondDb?.close();
  await hub?.close();
  await targets?.close();
});

const checksPerSite = async () =>
  (await hub.tdb.db.query<{ site_id: string; n: number; distinct_due: number }>('SELECT site_id, count(*)::int AS n, count(DISTINCT scheduled_for)::int AS distinct_due FROM uptime_checks GROUP BY site_id')).rows;

describe('scheduling across hub processes', () => {
  it('two schedulers on one database run each due check exactly once per interval', async () => {
    const a = scheduler(hub.tdb.db);
    const b = scheduler(secondDb);
    let byA = 0;
    let byB = 0;
    const round = async () => {
      const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
      byA += ra.checks;
      byB += rb.checks;
    };
    await round(); // creates the monitors, first checks jittered over the first minute
    expect((await hub.tdb.db.query('SELECT 1 FROM monitors')).rowCount).toBe(SITES);
    for (let t = 5_000; t <= 600_000; t += 5_000) {
      hub.clock.set(new Date(T0 + t));
      await round();
    }
    // Concurrency is 5 per process, so a crowded moment can leave due checks to the next round: drain.
    for (let before = -1; before !== byA + byB; ) {
      before = byA + byB;
      await round();
    }
    const rows = await checksPerSite();
    expect(rows).toHaveLength(SITES);
    // Each site's first check is due somewhere in [T0, T0 + 60 s), then every 60 s: 10 due times up to T0 + 600 s.
    for (const r of rows) expect(r).toMatchObject({ n: 10, distinct_due: 10 });
    expect(byA + byB).toBe(10 * SITES);
    expect(byA).toBeGreaterThan(0);
    expect(byB).toBeGreaterThan(0);
    // Phase kept: successive due times of a site are exactly one interval apart.
    const gaps = await hub.tdb.db.query<{ gap: number }>(
      `SELECT DISTINCT extract(epoch FROM scheduled_for - lag(scheduled_for) OVER (PARTITION BY site_id ORDER BY scheduled_for))::int AS gap FROM uptime_checks`,
    );
    expect(gaps.rows.map((g) => g.gap).filter((g) => g !== null)).toEqual([60]);
  });

  it('a restarted hub resumes from the database: overdue checks run once, then spread over the interval', async () => {
    for (const s of schedulers.splice(0)) await s.stop();
    const before = (await checksPerSite()).reduce((n, r) => n + r.n, 0);
    hub.clock.set(new Date(T0 + 600_000 + 5 * 60_000)); // the hub was down for 5 minutes
    const c = scheduler(hub.tdb.db);
    let ran = 0;
    for (let i = 0; i < 5; i++) ran += (await c.tick()).checks; // concurrency 5: a few rounds to drain the backlog
    expect(ran).toBe(SITES);
    const next = await hub.tdb.db.query<{ s: number }>('SELECT extract(epoch FROM next_check_at - $1::timestamptz)::float8 AS s FROM monitors', [hub.clock.now()]);
    for (const r of next.rows) {
      expect(r.s).toBeGreaterThanOrEqual(30);
      expect(r.s).toBeLessThanOrEqual(60);
    }
    const start = hub.clock.now().getTime();
    for (let t = 5_000; t <= 60_000; t += 5_000) {
      hub.clock.set(new Date(start + t));
      await c.tick();
    }
    while ((await c.tick()).checks > 0); // drain what concurrency 5 left for the next round
    const after = (await checksPerSite()).reduce((n, r) => n + r.n, 0);
    expect(after - before).toBe(2 * SITES);
  });
});

describe('rollups, uptime % and pruning', () => {
  const at = (s: string) => new Date(s);
  let siteId: string;

  beforeAll(async () => {
    for (const s of schedulers.splice(0)) await s.stop();
    siteId = await hub.createSite(await hub.createClient('Rollup client'), 'https://rollup.example.com');
    const rows: [string, string, number | null, boolean][] = [];
    // 2026-12-08: checks every 2 h from 00:00; 00–14 h up (100…800 ms), 16 h degraded (900 ms), 18 h down,
    // 20 h down inside a maintenance window (suppressed).
    for (let h = 0; h <= 14; h += 2) rows.push([`2026-12-08T${String(h).padStart(2, '0')}:00:00Z`, 'up', 100 * (h / 2 + 1), false]);
    rows.push(['2026-12-08T16:00:00Z', 'degraded', 900, false], ['2026-12-08T18:00:00Z', 'down', null, false], ['2026-12-08T20:00:00Z', 'down', null, true]);
    // 2026-12-09: 3 up (50, 60, 70 ms) and 1 down.
    rows.push(['2026-12-09T06:00:00Z', 'up', 50, false], ['2026-12-09T12:00:00Z', 'up', 60, false], ['2026-12-09T18:00:00Z', 'up', 70, false], ['2026-12-09T23:00:00Z', 'down', null, false]);
    // 2026-12-10 (today, not rolled up): 1 up, 1 down.
    rows.push(['2026-12-10T00:10:00Z', 'up', 80, false], ['2026-12-10T00:20:00Z', 'down', null, false]);
    for (const [t, status, ms, suppressed] of rows) {
      await hub.tdb.db.query(
        `INSERT INTO uptime_checks (site_id, checked_at, scheduled_for, status, http_status, response_ms, error_class, suppressed) VALUES ($1, $2, $2, $3, $4, $5, $6, $7)`,
        [siteId, t, status, status === 'down' ? 503 : 200, ms, status === 'down' ? 'status' : null, suppressed],
      );
    }
    // A down incident from 23:30 to 00:15: 30 minutes on the 8th, 15 on the 9th.
    await hub.tdb.db.query(
      `INSERT INTO uptime_incidents (id, site_id, kind, cause, started_at, opened_at, resolved_at) VALUES (gen_random_uuid(), $1, 'down', 'status', '2026-12-08T23:30:00Z', '2026-12-08T23:31:00Z', '2026-12-09T00:15:00Z')`,
      [siteId],
    );
  });

  const uptime = async (from: string, to: string) => (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}/uptime?from=${from}&to=${to}`, headers: hub.auth })).json();

  it('computes uptime % from raw checks before any rollup', async () => {
    // 8th 12:00–24:00: 12 h up, 14 h up, 16 h degraded, 18 h down (20 h suppressed) → 4 checks, 3 up
    // 9th: 4 checks, 3 up; 10th 00:00–00:30: 2 checks, 1 up → 10 checks, 7 up = 70 %.
    expect(await uptime('2026-12-08T12:00:00Z', '2026-12-10T00:30:00Z')).toMatchObject({ checks: 10, up_checks: 7, uptime_pct: 70 });
    expect(await uptime('2026-12-08T00:00:00Z', '2026-12-10T00:00:00Z')).toMatchObject({ checks: 14, up_checks: 12, uptime_pct: 85.714 });
  });

  it('rolls each day up exactly once across processes, with p50/p95 and incident minutes; uptime % is unchanged', async () => {
    const now = at('2026-12-10T01:00:00Z');
    const [r1, r2] = await Promise.all([runDailyJobs(hub.tdb.db, now, 90), runDailyJobs(secondDb, now, 90)]);
    const days = [...r1.rolledUp, ...r2.rolledUp].sort();
    expect(new Set(days).size).toBe(days.length);
    expect(days).toContain('2026-12-08');
    expect(days).toContain('2026-12-09');
    expect(days).not.toContain('2026-12-10');
    expect([r1.pruned, r2.pruned].filter((p) => p !== null)).toHaveLength(1);
    expect((await runDailyJobs(hub.tdb.db, now, 90)).rolledUp).toEqual([]);

    const r = await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}/rollups?from=2026-12-01&to=2026-12-10`, headers: hub.auth });
    expect(r.json().items).toEqual([
      { day: '2026-12-08', checks: 10, up_checks: 9, uptime_pct: 90, p50_ms: 500, p95_ms: 900, incident_minutes: 30 },
      { day: '2026-12-09', checks: 4, up_checks: 3, uptime_pct: 75, p50_ms: 60, p95_ms: 70, incident_minutes: 15 },
    ]);
    expect(await uptime('2026-12-08T12:00:00Z', '2026-12-10T00:30:00Z')).toMatchObject({ checks: 10, up_checks: 7, uptime_pct: 70 });
    expect(await uptime('2026-12-08T00:00:00Z', '2026-12-10T00:00:00Z')).toMatchObject({ checks: 14, up_checks: 12, uptime_pct: 85.714 });
  });

  it('prunes raw checks past the retention once a day; rolled-up figures remain', async () => {
    const count = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM uptime_checks WHERE site_id = $1', [siteId])).rows[0]!.n;
    expect(await count()).toBe(17);
    // Next day, retention 1 day: every check before 2026-12-10T02:00 goes, after the 10th was rolled up.
    const res = await runDailyJobs(hub.tdb.db, at('2026-12-11T02:00:00Z'), 1);
    expect(res.rolledUp).toEqual(['2026-12-10']);
    expect(res.pruned).toBeGreaterThanOrEqual(17);
    expect(await count()).toBe(0);
    expect((await runDailyJobs(hub.tdb.db, at('2026-12-11T03:00:00Z'), 1)).pruned).toBeNull();
    // Whole days now come only from the rollups.
    expect(await uptime('2026-12-08T00:00:00Z', '2026-12-11T00:00:00Z')).toMatchObject({ checks: 16, up_checks: 13 });
  });
});
