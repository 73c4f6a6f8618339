import { randomUUID } from 'node:crypto';
import type { BackupRecord, BackupsSection, StatusReport } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, makeReport, type SimulatedAgent } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { countRows } from './helpers/database.js';

const DAY = 86_400_000;
const START = '2026-11-01T09:00:00Z';
const withBackups = fixture<StatusReport>('status-report.valid-with-backups.json');

/** An UpdraftPlus record finished `daysAgo` days before `now`. */
function record(now: Date, daysAgo: number, over: Partial<BackupRecord> = {}): BackupRecord {
  const finished = new Date(now.getTime() - daysAgo * DAY);
  const base = withBackups.backups!.records[0]!;
  return { ...base, id: String(Math.floor(finished.getTime() / 1000)), started_at: new Date(finished.getTime() - 250_000).toISOString(), finished_at: finished.toISOString(), ...over };
}
const daily = (now: Date, from: number, to: number, over: Partial<BackupRecord> = {}) => Array.from({ length: from - to + 1 }, (_, i) => record(now, to + i, over));

describe('backups: reports → records → verdicts', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await buildTestHub({ start: START });
  });
  afterAll(async () => hub?.close());

  const report = (backups: BackupsSection | undefined, over: Partial<StatusReport> = {}) =>
    makeReport({ generated_at: hub.clock.now().toISOString(), ...(backups ? { backups } : {}), ...over });
  const send = async (agent: SimulatedAgent, r: StatusReport) => {
    const res = await hub.postReport(agent, r);
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const siteBackups = async (siteId: string) => {
    const r = await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}/backups`, headers: hub.auth });
    expect(r.statusCode, r.body).toBe(200);
    return r.json();
  };
  const updraft = (records: BackupRecord[], sources = withBackups.backups!.sources): BackupsSection => ({ sources, records });

  it('stores the fixture report’s backups and gives an ok verdict', async () => {
    const agent = await hub.enrolledAgent({ label: 'Bakery' });
    await send(agent, { ...withBackups, report_id: randomUUID(), generated_at: hub.clock.now().toISOString() });
    const b = await siteBackups(agent.siteId);
    expect(b.verdict).toMatchObject({ verdict: 'ok', reasons: [], evidence: 'uploaded-per-log', newest_offsite_at: '2026-11-01T00:04:12.000Z' });
    expect(b.verdict.newest_offsite_age_h).toBeCloseTo(8.9, 1);
    expect(b.records).toHaveLength(2);
    expect(b.records[0]).toMatchObject({ origin: 'agent', source: 'updraftplus', id: '1761955200', size_bytes: 734003200, offsite: true, current: true, destinations: [{ kind: 's3', bucket: 'bakery-backups', prefix: 'updraft/' }] });
    expect(b.sources).toEqual(withBackups.backups!.sources);
    expect(b.events).toMatchObject([{ from: null, to: 'ok' }]);
  });

  it('time travel: a backup 29 days old is ok, 31 days old is failing (one event per transition)', async () => {
    const agent = await hub.enrolledAgent();
    const now = hub.clock.now();
    await send(agent, report(updraft([record(now, 0)])));
    hub.clock.advance(29 * DAY);
    await send(agent, report(updraft([record(now, 0)])));
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok');
    hub.clock.advance(2 * DAY);
    await send(agent, report(updraft([record(now, 0)])));
    const b = await siteBackups(agent.siteId);
    expect(b.verdict.verdict).toBe('failing');
    expect(b.verdict.reasons.map((r: { message: string }) => r.message)).toEqual(['newest offsite backup is 31 days old (limit 30 days)']);
    expect(b.events.map((e: { from: string | null; to: string }) => [e.from, e.to])).toEqual([
      ['ok', 'failing'],
      [null, 'ok'],
    ]);
    // A fresh backup turns it ok again.
    await send(agent, report(updraft([record(hub.clock.now(), 0), ...daily(hub.clock.now(), 30, 1)])));
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok');
  });

  it('retention: an offsite history of 12 days fails once the site is older than 30 days; 30 days passes', async () => {
    const agent = await hub.enrolledAgent();
    hub.clock.advance(40 * DAY);
    const now = hub.clock.now();
    await send(agent, report(updraft(daily(now, 12, 0))));
    const b = await siteBackups(agent.siteId);
    expect(b.verdict.verdict).toBe('failing');
    expect(b.verdict.reasons.map((r: { message: string }) => r.message)).toEqual(['the oldest offsite backup still kept is 12 days old (retention 30 days)']);
    await send(agent, report(updraft(daily(now, 30, 0))));
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok');
  });

  it('only what the latest report lists is current; older records stay as history', async () => {
    const agent = await hub.enrolledAgent();
    const now = hub.clock.now();
    await send(agent, report(updraft(daily(now, 3, 0))));
    hub.clock.advance(DAY);
    await send(agent, report(updraft([record(hub.clock.now(), 0), ...daily(now, 1, 0)])));
    const b = await siteBackups(agent.siteId);
    expect(b.records).toHaveLength(5);
    expect(b.records.filter((r: { current: boolean }) => r.current)).toHaveLength(3);
    // A late, older report does not roll the current set back.
    await send(agent, report(updraft(daily(now, 3, 0)), { generated_at: now.toISOString() }));
    expect((await siteBackups(agent.siteId)).records.filter((r: { current: boolean }) => r.current)).toHaveLength(3);
  });

  it('an unchanged section rewrites no record, still moves the report time, and a late older report cannot take the current set', async () => {
    const agent = await hub.enrolledAgent();
    const start = hub.clock.now();
    const section = updraft(daily(start, 3, 0));
    await send(agent, report(section));
    const rows = async () => (await hub.tdb.db.query<{ seen_report_id: string }>('SELECT seen_report_id FROM backup_records WHERE site_id = $1 ORDER BY backup_id', [agent.siteId])).rows;
    const before = await rows();
    hub.clock.advance(3_600_000);
    await send(agent, report(section));
    expect(await rows()).toEqual(before); // nothing rewritten
    const b = await siteBackups(agent.siteId);
    expect(b.last_backups_report_at).toBe(hub.clock.now().toISOString());
    expect(b.records.filter((r: { current: boolean }) => r.current)).toHaveLength(section.records.length);
    // A late report generated between the two, listing fewer of the same backups, does not touch the current records.
    await send(agent, report(updraft(daily(start, 1, 0)), { generated_at: new Date(start.getTime() + 60_000).toISOString() }));
    expect((await siteBackups(agent.siteId)).records.filter((r: { current: boolean }) => r.current)).toHaveLength(section.records.length);
    expect(await rows()).toEqual(before);
  });

  it('two reports in the same second: the later one alone decides what is current', async () => {
    const agent = await hub.enrolledAgent();
    const at = hub.clock.now().toISOString(); // agents write whole seconds: equal timestamps happen
    await send(agent, report(updraft(daily(hub.clock.now(), 2, 0)), { generated_at: at }));
    await send(agent, report(updraft([], [{ source: 'updraftplus', detected: false, status: 'ok', reason: null }]), { generated_at: at }));
    const b = await siteBackups(agent.siteId);
    expect(b.records.filter((r: { current: boolean }) => r.current)).toHaveLength(0);
    expect(b.verdict.reasons.map((r: { code: string }) => r.code)).toContain('no-backup-plugin');
  });

  it('local-only, no backup plugin and unreadable plugin data each get their reason', async () => {
    const local = await hub.enrolledAgent();
    await send(local, report(updraft([record(hub.clock.now(), 0, { offsite: false, evidence: 'none', destinations: [{ kind: 'local' }] })])));
    expect((await siteBackups(local.siteId)).verdict).toMatchObject({ verdict: 'failing', reasons: [{ code: 'local-only', message: 'backups are stored only on the same server' }] });

    const none = await hub.enrolledAgent();
    await send(none, report({ sources: [{ source: 'updraftplus', detected: false, status: 'ok', reason: null }], records: [] }));
    expect((await siteBackups(none.siteId)).verdict).toMatchObject({ verdict: 'failing', reasons: [{ message: 'no backup plugin detected' }] });

    const broken = await hub.enrolledAgent();
    await send(broken, report({ sources: [{ source: 'updraftplus', detected: true, status: 'unknown', reason: 'updraft_backup_history is not an array' }], records: [] }));
    const b = await siteBackups(broken.siteId);
    expect(b.verdict.verdict).toBe('warning');
    expect(b.verdict.reasons[0].message).toBe('UpdraftPlus data could not be read: updraft_backup_history is not an array');
  });

  it('a report without backups changes nothing; a re-sent one is idempotent; a refused one stores nothing', async () => {
    const agent = await hub.enrolledAgent();
    await send(agent, report(undefined));
    expect((await siteBackups(agent.siteId)).verdict).toMatchObject({ verdict: 'unknown', evaluated_at: null });

    const r = report(updraft(daily(hub.clock.now(), 2, 0)));
    await send(agent, r);
    const again = await hub.postReport(agent, r);
    expect(again.json().status).toBe('duplicate');
    const b = await siteBackups(agent.siteId);
    expect(b.records).toHaveLength(3);
    expect(b.events).toHaveLength(1);

    const revoked = await hub.enrolledAgent();
    await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${revoked.siteId}/revoke`, headers: hub.auth });
    const before = await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM backup_records');
    const rows = await countRows(hub.tdb.db);
    const refused = await hub.postReport(revoked, report(updraft(daily(hub.clock.now(), 2, 0))));
    expect(refused.statusCode).toBe(401);
    expect(await countRows(hub.tdb.db)).toEqual(rows);
    expect((await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM backup_records')).rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it('a plugin listing the same backup twice does not break the report', async () => {
    const agent = await hub.enrolledAgent();
    const rec = record(hub.clock.now(), 0);
    await send(agent, report(updraft([rec, rec])));
    expect((await siteBackups(agent.siteId)).records).toHaveLength(1);
  });

  it('fleet view: verdict, newest offsite age and evidence, worst first, filtered and paged', async () => {
    const r = await hub.app.inject({ method: 'GET', url: '/api/v1/backups?limit=500', headers: hub.auth });
    expect(r.statusCode).toBe(200);
    const fleet = r.json();
    expect(fleet.total).toBe(fleet.items.length);
    const order = { failing: 0, warning: 1, unknown: 2, ok: 3 } as Record<string, number>;
    const ranks = fleet.items.map((i: { verdict: string }) => order[i.verdict]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(fleet.items.some((i: { verdict: string; newest_offsite_age_h: number | null; evidence: string | null }) => i.verdict === 'ok' && i.newest_offsite_age_h !== null && i.evidence === 'uploaded-per-log')).toBe(true);

    const failing = (await hub.app.inject({ method: 'GET', url: '/api/v1/backups?verdict=failing&limit=1', headers: hub.auth })).json();
    expect(failing.items).toHaveLength(1);
    expect(failing.items[0].verdict).toBe('failing');
    expect(failing.total).toBe(fleet.items.filter((i: { verdict: string }) => i.verdict === 'failing').length);
    const page2 = (await hub.app.inject({ method: 'GET', url: '/api/v1/backups?verdict=failing&limit=1&offset=1', headers: hub.auth })).json();
    expect(page2.items[0].site_id).not.toBe(failing.items[0].site_id);
  });

  it('policy: global defaults, per-site overrides (null = inherit), verdict re-evaluated at once', async () => {
    const agent = await hub.enrolledAgent();
    await send(agent, report(updraft([record(hub.clock.now(), 2)])));
    const url = `/api/v1/sites/${agent.siteId}/backup-policy`;
    const get = (await hub.app.inject({ method: 'GET', url, headers: hub.auth })).json();
    expect(get).toMatchObject({
      effective: { max_offsite_age_h: 720, min_retention_days: 30, min_evidence: 'destination-configured' },
      origin: { max_offsite_age_h: 'global', min_retention_days: 'global', min_evidence: 'global' },
      overrides: { max_offsite_age_h: null, min_retention_days: null, min_evidence: null },
      verdict: { verdict: 'ok' },
    });
    const put = await hub.app.inject({ method: 'PUT', url, headers: hub.auth, payload: { max_offsite_age_h: 36, min_evidence: 'listed-at-destination' } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ effective: { max_offsite_age_h: 36, min_retention_days: 30, min_evidence: 'listed-at-destination' }, origin: { max_offsite_age_h: 'site', min_retention_days: 'global' }, verdict: { verdict: 'failing' } });
    expect(put.json().verdict.reasons.map((r: { message: string }) => r.message)).toEqual([
      'newest offsite backup is 2 days old (limit 36 hours)',
      "evidence for offsite is only 'uploaded per plugin log' (policy requires 'listed at destination')",
    ]);
    const back = await hub.app.inject({ method: 'PUT', url, headers: hub.auth, payload: { max_offsite_age_h: null, min_evidence: null } });
    expect(back.json()).toMatchObject({ origin: { max_offsite_age_h: 'global' }, verdict: { verdict: 'ok' } });
  });

  it('manual and host-snapshot records count towards the verdict', async () => {
    const agent = await hub.enrolledAgent();
    await send(agent, report(updraft([record(hub.clock.now(), 0, { offsite: false, evidence: 'none', destinations: [{ kind: 'local' }] })])));
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('failing');
    const url = `/api/v1/sites/${agent.siteId}/backups`;
    const post = await hub.app.inject({
      method: 'POST',
      url,
      headers: hub.auth,
      payload: { kind: 'host-snapshot', id: 'snap-2026-11', finished_at: new Date(hub.clock.now().getTime() - 3_600_000).toISOString(), offsite: true, destinations: [{ kind: 'host', label: 'OVH snapshot' }], size_bytes: 5_000_000 },
    });
    expect(post.statusCode, post.body).toBe(201);
    expect(post.json()).toMatchObject({ origin: 'hub', source: 'host', id: 'snap-2026-11', offsite: true, evidence: 'destination-configured', current: true });
    expect((await siteBackups(agent.siteId)).verdict.verdict).toBe('ok');
    const dup = await hub.app.inject({ method: 'POST', url, headers: hub.auth, payload: { kind: 'host-snapshot', id: 'snap-2026-11', finished_at: hub.clock.now().toISOString(), offsite: true } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');
  });

  describe('bad input', () => {
    let siteId: string;
    beforeAll(async () => {
      siteId = (await hub.enrolledAgent()).siteId;
    });
    const missing = randomUUID();
    const cases: [string, string, (id: string) => string, unknown, number, string][] = [
      ['fleet: unknown verdict', 'GET', () => '/api/v1/backups?verdict=great', undefined, 400, 'VALIDATION_FAILED'],
      ['fleet: limit too big', 'GET', () => '/api/v1/backups?limit=100000', undefined, 400, 'VALIDATION_FAILED'],
      ['fleet: unknown query field', 'GET', () => '/api/v1/backups?sort=x', undefined, 400, 'VALIDATION_FAILED'],
      ['site backups: bad id', 'GET', () => '/api/v1/sites/not-a-uuid/backups', undefined, 400, 'VALIDATION_FAILED'],
      ['site backups: unknown site', 'GET', () => `/api/v1/sites/${missing}/backups`, undefined, 404, 'NOT_FOUND'],
      ['site backups: bad limit', 'GET', (id) => `/api/v1/sites/${id}/backups?records_limit=0`, undefined, 400, 'VALIDATION_FAILED'],
      ['policy get: unknown site', 'GET', () => `/api/v1/sites/${missing}/backup-policy`, undefined, 404, 'NOT_FOUND'],
      ['policy put: unknown site', 'PUT', () => `/api/v1/sites/${missing}/backup-policy`, { max_offsite_age_h: 36 }, 404, 'NOT_FOUND'],
      ['policy put: zero hours', 'PUT', (id) => `/api/v1/sites/${id}/backup-policy`, { max_offsite_age_h: 0 }, 400, 'VALIDATION_FAILED'],
      ['policy put: string hours', 'PUT', (id) => `/api/v1/sites/${id}/backup-policy`, { max_offsite_age_h: 'a lot' }, 400, 'VALIDATION_FAILED'],
      ['policy put: retention beyond the reported history', 'PUT', (id) => `/api/v1/sites/${id}/backup-policy`, { min_retention_days: 61 }, 400, 'VALIDATION_FAILED'],
      ['policy put: evidence none', 'PUT', (id) => `/api/v1/sites/${id}/backup-policy`, { min_evidence: 'none' }, 400, 'VALIDATION_FAILED'],
      ['policy put: unknown field', 'PUT', (id) => `/api/v1/sites/${id}/backup-policy`, { max_age: 36 }, 400, 'VALIDATION_FAILED'],
      ['manual: unknown site', 'POST', () => `/api/v1/sites/${missing}/backups`, { kind: 'manual', finished_at: START, offsite: true }, 404, 'NOT_FOUND'],
      ['manual: missing finished_at', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', offsite: true }, 400, 'VALIDATION_FAILED'],
      ['manual: bad date', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', finished_at: 'yesterday', offsite: true }, 400, 'VALIDATION_FAILED'],
      ['manual: future date', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', finished_at: '2099-01-01T00:00:00Z', offsite: true }, 400, 'VALIDATION_FAILED'],
      ['manual: started after finished', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', started_at: '2026-10-02T00:00:00Z', finished_at: '2026-10-01T00:00:00Z', offsite: true }, 400, 'VALIDATION_FAILED'],
      ['manual: unknown kind', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'updraftplus', finished_at: START, offsite: true }, 400, 'VALIDATION_FAILED'],
      ['manual: negative size', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', finished_at: START, offsite: true, size_bytes: -1 }, 400, 'VALIDATION_FAILED'],
      ['manual: bad destination kind', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', finished_at: START, offsite: true, destinations: [{ kind: 'tape' }] }, 400, 'VALIDATION_FAILED'],
      ['manual: id with spaces', 'POST', (id) => `/api/v1/sites/${id}/backups`, { kind: 'manual', id: 'a b', finished_at: START, offsite: true }, 400, 'VALIDATION_FAILED'],
      ['storage: no secret key configured', 'PUT', (id) => `/api/v1/sites/${id}/backup-storage`, { region: 'us-east-1', bucket: 'bakery-backups', access_key_id: 'AK', secret_access_key: 'SK' }, 409, 'CONFLICT'],
      ['storage: bad bucket', 'PUT', (id) => `/api/v1/sites/${id}/backup-storage`, { region: 'us-east-1', bucket: 'Bad_Bucket', access_key_id: 'AK', secret_access_key: 'SK' }, 400, 'VALIDATION_FAILED'],
      ['storage: missing secret', 'PUT', (id) => `/api/v1/sites/${id}/backup-storage`, { region: 'us-east-1', bucket: 'bakery-backups', access_key_id: 'AK' }, 400, 'VALIDATION_FAILED'],
      ['storage: endpoint not http', 'PUT', (id) => `/api/v1/sites/${id}/backup-storage`, { endpoint: 'ftp://x', region: 'us-east-1', bucket: 'bakery-backups', access_key_id: 'AK', secret_access_key: 'SK' }, 400, 'VALIDATION_FAILED'],
    ];
    it.each(cases)('%s', async (_name, method, url, payload, status, code) => {
      const before = await hub.tdb.db.query<{ r: number; p: number; s: number }>(
        'SELECT (SELECT count(*) FROM backup_records)::int AS r, (SELECT count(*) FROM backup_policies)::int AS p, (SELECT count(*) FROM backup_storage)::int AS s',
      );
      const res = await hub.app.inject({ method: method as 'GET', url: url(siteId), headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as object }) });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().error.code).toBe(code);
      const after = await hub.tdb.db.query('SELECT (SELECT count(*) FROM backup_records)::int AS r, (SELECT count(*) FROM backup_policies)::int AS p, (SELECT count(*) FROM backup_storage)::int AS s');
      expect(after.rows).toEqual(before.rows);
    });

    it('every new route needs a signed-in user', async () => {
      for (const [method, url] of [
        ['GET', '/api/v1/backups'],
        ['GET', `/api/v1/sites/${siteId}/backups`],
        ['POST', `/api/v1/sites/${siteId}/backups`],
        ['GET', `/api/v1/sites/${siteId}/backup-policy`],
        ['PUT', `/api/v1/sites/${siteId}/backup-policy`],
        ['PUT', `/api/v1/sites/${siteId}/backup-storage`],
      ] as const) {
        const r = await hub.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
        expect(r.statusCode, `${method} ${url}`).toBe(401);
      }
    });
  });
});
