import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('work log API', () => {
  let hub: TestHub;
  let api: ReturnType<typeof billingApi>;
  let alpha: string;
  let beta: string;
  let alphaSite: string;
  let betaSite: string;

  beforeAll(async () => {
    hub = await buildTestHub({ start: '2027-03-20T10:00:00Z' });
    api = billingApi(hub);
    alpha = await api.client('Alpha', 'alpha@clients.example');
    beta = await api.client('Beta', 'beta@clients.example');
    alphaSite = await hub.createSite(alpha, 'https://alpha.example');
    betaSite = await hub.createSite(beta, 'https://beta.example');
  });
  afterAll(async () => hub?.close());

  const count = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM time_entries')).rows[0]!.n;

  it('creates, lists by client/site/month, edits and deletes entries', async () => {
    const e1 = await api.logTime({ client_id: alpha, site_id: alphaSite, work_date: '2027-03-02', minutes: 45, description: 'Updated WooCommerce', kind: 'work' });
    expect(e1).toMatchObject({ client_id: alpha, site_id: alphaSite, work_date: '2027-03-02', minutes: 45, kind: 'work' });
    expect(e1.created_by).toBeTruthy();
    await api.logTime({ client_id: alpha, work_date: '2027-02-27', minutes: 30, description: 'Restored the blog', kind: 'restore' });
    await api.logTime({ client_id: beta, site_id: betaSite, work_date: '2027-03-05', minutes: 20, description: 'Fixed a form' });

    const march = await api.ok('GET', `/time-entries?client_id=${alpha}&month=2027-03`);
    expect(march.items.map((e: { id: string }) => e.id)).toEqual([e1.id]);
    expect(march.total_minutes).toBe(45);
    expect((await api.ok('GET', `/time-entries?client_id=${alpha}`)).total).toBe(2);
    expect((await api.ok('GET', `/time-entries?site_id=${betaSite}`)).items.map((e: { client_id: string }) => e.client_id)).toEqual([beta]);
    expect((await api.ok('GET', '/time-entries?kind=restore')).total).toBe(1);

    const edited = await api.ok('PATCH', `/time-entries/${e1.id}`, { minutes: 60, kind: 'repair', site_id: null });
    expect(edited).toMatchObject({ minutes: 60, kind: 'repair', site_id: null, description: 'Updated WooCommerce' });
    expect((await api.ok('GET', `/time-entries/${e1.id}`)).minutes).toBe(60);

    expect((await api.call('DELETE', `/time-entries/${e1.id}`)).statusCode).toBe(204);
    expect((await api.call('GET', `/time-entries/${e1.id}`)).statusCode).toBe(404);
    expect((await api.call('DELETE', `/time-entries/${e1.id}`)).statusCode).toBe(404);
  });

  it('refuses bad entries with a precise 400 and writes nothing', async () => {
    const before = await count();
    const base = { client_id: alpha, work_date: '2027-03-10', minutes: 30, description: 'Work' };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, minutes: 0 }, '/minutes'],
      [{ ...base, minutes: 1441 }, '/minutes'],
      [{ ...base, minutes: 12.5 }, '/minutes'],
      [{ ...base, minutes: '30' }, '/minutes'],
      [{ ...base, description: '' }, '/description'],
      [{ ...base, description: '   ' }, '/description'],
      [{ ...base, kind: 'holiday' }, '/kind'],
      [{ ...base, work_date: '2027-02-30' }, '/work_date'],
      [{ ...base, work_date: '10/03/2027' }, '/work_date'],
      [{ ...base, work_date: '2027-03-23' }, '/work_date'], // in the future
      [{ ...base, client_id: UNKNOWN }, '/client_id'],
      [{ ...base, client_id: 'alpha' }, '/client_id'],
      [{ ...base, site_id: betaSite }, '/site_id'], // another client's site
      [{ ...base, site_id: UNKNOWN }, '/site_id'],
      [{ ...base, rate: 100 }, '/'],
    ];
    for (const [payload, path] of cases) {
      const r = await api.call('POST', '/time-entries', payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      const err = r.json().error;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(JSON.stringify(err.details ?? []), JSON.stringify(payload)).toContain(path === '/' ? '"path":"/"' : path);
    }
    expect(await count()).toBe(before);
  });

  it('edits are validated the same way, and an entry cannot move to another client’s site', async () => {
    const e = await api.logTime({ client_id: alpha, work_date: '2027-03-11', minutes: 15, description: 'DNS' });
    for (const patch of [{ site_id: betaSite }, { minutes: 0 }, { work_date: '2027-04-31' }, { client_id: beta }, {}]) {
      const r = await api.call('PATCH', `/time-entries/${e.id}`, patch);
      expect(r.statusCode, JSON.stringify(patch)).toBe(400);
    }
    expect(await api.ok('GET', `/time-entries/${e.id}`)).toMatchObject({ client_id: alpha, site_id: null, minutes: 15, work_date: '2027-03-11' });
    expect((await api.call('PATCH', `/time-entries/${UNKNOWN}`, { minutes: 5 })).statusCode).toBe(404);
    expect((await api.call('GET', '/time-entries/not-a-uuid')).statusCode).toBe(400);
    expect((await api.call('GET', '/time-entries?month=2027-13')).statusCode).toBe(400);
  });

  it('needs a signed-in user', async () => {
    const r = await hub.app.inject({ method: 'POST', url: '/api/v1/time-entries', payload: { client_id: alpha, work_date: '2027-03-10', minutes: 30, description: 'x' } });
    expect(r.statusCode).toBe(401);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/time-entries' })).statusCode).toBe(401);
  });
});
