import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StatusReport } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { createBackupScheduler } from '../src/modules/backups/backups.scheduler.js';
import { createBackupsService } from '../src/modules/backups/backups.service.js';
import { fixture, makeReport } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';

const DAY = 86_400_000;
const withBackups = fixture<StatusReport>('status-report.valid-with-backups.json');

describe('backups: daily job, verdict events and alerts', () => {
  let hub: TestHub;
  let receiver: Server;
  const received: { title: string; text: string; site: { id: string } }[] = [];

  beforeAll(async () => {
    hub = await buildTestHub({ start: '2026-11-01T09:00:00Z' });
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const ch = await hub.app.inject({ method: 'POST', url: '/api/v1/alert-channels', headers: hub.auth, payload: { name: 'Freelancer hook', type: 'webhook', config: { url } } });
    expect(ch.statusCode, ch.body).toBe(201);
  });
  afterAll(async () => {
    receiver?.close();
    await hub?.close();
  });

  const config = () => parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url });
  const alertRows = async (siteId: string) =>
    (await hub.tdb.db.query<{ title: string; status: string; text: string }>('SELECT a.title, a.status, a.text FROM backup_alerts a JOIN backup_verdict_events e ON e.id = a.event_id WHERE a.site_id = $1 ORDER BY e.at', [siteId])).rows;

  it('a site that stops reporting turns failing through the daily job, with exactly one alert per transition', async () => {
    const agent = await hub.enrolledAgent({ label: 'Silent bakery' });
    const now = hub.clock.now();
    const records = withBackups.backups!.records.map((r, i) => ({ ...r, finished_at: new Date(now.getTime() - (i + 1) * 3_600_000).toISOString(), started_at: null }));
    const res = await hub.postReport(agent, makeReport({ generated_at: now.toISOString(), backups: { sources: withBackups.backups!.sources, records } }));
    expect(res.statusCode, res.body).toBe(200);
    const scheduler = createBackupScheduler({ db: hub.tdb.db, clock: hub.clock, config: config(), log: hub.app.log });

    const verdicts: string[] = [];
    for (let day = 1; day <= 35; day++) {
      hub.clock.advance(DAY);
      await scheduler.tick();
      await scheduler.tick(); // a second tick the same day finds the day claimed
      const v = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${agent.siteId}/backups`, headers: hub.auth })).json().verdict;
      verdicts.push(v.verdict);
    }
    // Silent 2 days → warning (the hub can no longer see new backups); newest backup > 30 days → failing.
    expect(verdicts.slice(0, 1)).toEqual(['ok']);
    expect(verdicts.slice(1, 29).every((v) => v === 'warning')).toBe(true);
    expect(verdicts.slice(30)).toEqual(['failing', 'failing', 'failing', 'failing', 'failing']);
    expect(verdicts.indexOf('failing')).toBe(29); // day 30: newest backup 30 days + 1 h old

    const b = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${agent.siteId}/backups`, headers: hub.auth })).json();
    expect(b.events.map((e: { from: string | null; to: string }) => `${e.from}→${e.to}`)).toEqual(['warning→failing', 'ok→warning', 'null→ok']);
    expect(b.verdict.reasons.map((r: { message: string }) => r.message)).toEqual(['the site has not reported for 35 days', 'newest offsite backup is 35 days old (limit 30 days)']);

    // The first (healthy) evaluation is not news; each later transition is alerted exactly once.
    const alerts = await alertRows(agent.siteId);
    expect(alerts.map((a) => [a.title, a.status])).toEqual([
      ['Backups warning on Silent bakery', 'delivered'],
      ['Backups failing on Silent bakery', 'delivered'],
    ]);
    expect(alerts.filter((a) => a.title.includes('failing'))).toHaveLength(1);
    expect(alerts[1]!.text).toContain('newest offsite backup is 30 days old');
    const sent = received.filter((m) => m.site.id === agent.siteId);
    expect(sent.map((m) => m.title)).toEqual(['Backups warning on Silent bakery', 'Backups failing on Silent bakery']);

    const runs = await hub.tdb.db.query<{ n: number }>("SELECT count(*)::int AS n FROM job_runs WHERE job = 'backups.daily'");
    expect(runs.rows[0]!.n).toBe(35);
  });

  it('the daily job runs once when two hub processes tick at the same moment', async () => {
    const other = createPostgresDatabase(hub.tdb.url, { max: 3 });
    try {
      hub.clock.advance(DAY);
      const cfg = config();
      const a = createBackupsService({ db: hub.tdb.db, clock: hub.clock, config: cfg });
      const b = createBackupsService({ db: other, clock: hub.clock, config: cfg });
      const results = await Promise.all([a.runDaily(), b.runDaily(), a.runDaily(), b.runDaily()]);
      expect(results.filter((r) => r.ran)).toHaveLength(1);
      const period = hub.clock.now().toISOString().slice(0, 10);
      const rows = await hub.tdb.db.query<{ finished_at: Date | null }>("SELECT finished_at FROM job_runs WHERE job = 'backups.daily' AND period = $1", [period]);
      expect(rows.rows).toHaveLength(1);
      expect(rows.rows[0]!.finished_at).not.toBeNull();
    } finally {
      await other.close();
    }
  });

  it('concurrent evaluations of one site record a transition once', async () => {
    const agent = await hub.enrolledAgent();
    const other = createPostgresDatabase(hub.tdb.url, { max: 3 });
    try {
      const cfg = config();
      const a = createBackupsService({ db: hub.tdb.db, clock: hub.clock, config: cfg });
      const b = createBackupsService({ db: other, clock: hub.clock, config: cfg });
      await hub.tdb.db.query("INSERT INTO backup_site_state (site_id, report_id, section_hash, generated_at, received_at, sources) VALUES ($1, gen_random_uuid(), 'test', $2, $2, $3::jsonb)", [
        agent.siteId,
        hub.clock.now(),
        JSON.stringify([{ source: 'updraftplus', detected: false, status: 'ok', reason: null }]),
      ]);
      await Promise.all([a.evaluateSite(agent.siteId), b.evaluateSite(agent.siteId), a.evaluateSite(agent.siteId), b.evaluateSite(agent.siteId)]);
      const events = await hub.tdb.db.query('SELECT to_verdict FROM backup_verdict_events WHERE site_id = $1', [agent.siteId]);
      expect(events.rows).toEqual([{ to_verdict: 'failing' }]);
      expect(await alertRows(agent.siteId)).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
