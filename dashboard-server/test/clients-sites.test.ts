import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { countRows } from './helpers/database.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub();
});
afterAll(async () => hub?.close());

const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('clients', () => {
  it('create, read, update, list, delete', async () => {
    const created = await api('POST', '/clients', { name: 'Atelier Rouge', contact_email: 'hello@atelier.example', locale: 'fr' });
    expect(created.statusCode).toBe(201);
    const c = created.json();
    expect(c).toMatchObject({ name: 'Atelier Rouge', contact_email: 'hello@atelier.example', locale: 'fr', site_count: 0 });
    expect((await api('GET', `/clients/${c.id}`)).json().name).toBe('Atelier Rouge');
    const upd = await api('PATCH', `/clients/${c.id}`, { locale: 'it' });
    expect(upd.json()).toMatchObject({ name: 'Atelier Rouge', locale: 'it' });
    const list = (await api('GET', '/clients?q=atelier')).json();
    expect(list.total).toBe(1);
    expect(list.items[0].id).toBe(c.id);
    expect((await api('DELETE', `/clients/${c.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/clients/${c.id}`)).statusCode).toBe(404);
  });

  it('refuses bad input with a precise 4xx and writes nothing', async () => {
    const before = await countRows(hub.tdb.db);
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/clients', { name: '', contact_email: 'a@b.example' }, 400, 'VALIDATION_FAILED'],
      ['POST', '/clients', { name: 'X', contact_email: 'not-an-email' }, 400, 'VALIDATION_FAILED'],
      ['POST', '/clients', { name: 'X', contact_email: 'a@b.example', locale: 'french' }, 400, 'VALIDATION_FAILED'],
      ['POST', '/clients', { name: 'X', contact_email: 'a@b.example', is_admin: true }, 400, 'VALIDATION_FAILED'],
      ['PATCH', `/clients/${randomUUID()}`, { name: 'Y' }, 404, 'NOT_FOUND'],
      ['PATCH', '/clients/not-a-uuid', { name: 'Y' }, 400, 'VALIDATION_FAILED'],
      ['POST', '/sites', { client_id: randomUUID(), url: 'https://x.example.com' }, 400, 'VALIDATION_FAILED'],
      ['POST', '/sites', { client_id: randomUUID(), url: 'javascript:alert(1)' }, 400, 'VALIDATION_FAILED'],
      ['GET', '/sites?sort=password', undefined, 400, 'VALIDATION_FAILED'],
      ['GET', '/sites?limit=100000', undefined, 400, 'VALIDATION_FAILED'],
      ['GET', `/sites/${randomUUID()}`, undefined, 404, 'NOT_FOUND'],
    ];
    for (const [method, url, payload, status, code] of cases) {
      const res = await api(method as 'POST', url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(status);
      expect(res.json().error.code, `${method} ${url}`).toBe(code);
    }
    const malformed = await hub.app.inject({ method: 'POST', url: '/api/v1/clients', headers: { ...hub.auth, 'content-type': 'application/json' }, payload: '{"name":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    expect(await countRows(hub.tdb.db)).toEqual(before);
  });

  it('refuses to delete a client that still has sites', async () => {
    const clientId = await hub.createClient('Has Sites');
    await hub.createSite(clientId, 'https://kept.example.com');
    const res = await api('DELETE', `/clients/${clientId}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('CONFLICT');
    expect((await api('GET', `/clients/${clientId}`)).json().site_count).toBe(1);
  });

  it('refuses to delete a client with a contract or an invoice: those records are kept', async () => {
    const db = hub.tdb.db;
    const withContract = await hub.createClient('Has Contract');
    await db.query("INSERT INTO contracts (id, client_id, start_date, created_at, updated_at) VALUES (gen_random_uuid(), $1, '2026-11-01', now(), now())", [withContract]);
    const res = await api('DELETE', `/clients/${withContract}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/contracts or invoices/);
    expect((await db.query('SELECT 1 FROM contracts WHERE client_id = $1', [withContract])).rowCount).toBe(1);

    const free = await hub.createClient('Nothing Kept');
    expect((await api('DELETE', `/clients/${free}`)).statusCode).toBe(204);
    expect((await api('DELETE', `/clients/${free}`)).statusCode).toBe(404);
  });
});

describe('fleet list', () => {
  let clientA: string;
  let clientB: string;
  beforeAll(async () => {
    await hub.tdb.db.query('DELETE FROM sites');
    clientA = await hub.createClient('Alpha Co');
    clientB = await hub.createClient('Beta Co');
    // 12 sites: 5 for Alpha, 7 for Beta; 4 of them report, with 0..3 plugin updates.
    for (let i = 0; i < 12; i++) {
      const url = `https://site-${String(i).padStart(2, '0')}.example.com`;
      if (i < 4) {
        const agent = await hub.enrolledAgent({ clientId: i % 2 ? clientB : clientA, url, label: `Site ${String(i).padStart(2, '0')}` });
        const base = makeReport();
        const plugins = base.plugins.map((p, j) => ({ ...p, update_version: j < i ? '99.0' : null }));
        const report = makeReport({ plugins, core: { ...base.core, version: `6.${i + 5}.0`, update_version: null }, themes: base.themes.map((t) => ({ ...t, update_version: null })), translations: [] });
        hub.clock.advance(1000);
        expect((await hub.postReport(agent, report)).statusCode).toBe(200);
      } else {
        await hub.createSite(i < 7 ? clientA : clientB, url, `Site ${String(i).padStart(2, '0')}`);
      }
    }
  });

  const list = async (qs: string) => {
    const res = await api('GET', `/sites?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Array<{ label: string; client_name: string; status: string; updates: { total: number }; wp_version: string | null }>; total: number; limit: number; offset: number };
  };

  it('pages with a stable order and reports the total', async () => {
    const p1 = await list('limit=5&offset=0&sort=label');
    const p2 = await list('limit=5&offset=5&sort=label');
    const p3 = await list('limit=5&offset=10&sort=label');
    expect(p1.total).toBe(12);
    expect([...p1.items, ...p2.items, ...p3.items].map((s) => s.label)).toEqual(Array.from({ length: 12 }, (_, i) => `Site ${String(i).padStart(2, '0')}`));
    expect(p3.items).toHaveLength(2);
    expect(p2).toMatchObject({ limit: 5, offset: 5 });
  });

  it('sorts by pending updates, WordPress version (numerically), client and last report', async () => {
    expect((await list('sort=updates_pending&order=desc&limit=4')).items.map((s) => s.updates.total)).toEqual([3, 2, 1, 0]);
    const byWp = (await list('sort=wp_version&order=desc&has_updates=false&status=connected')).items.map((s) => s.wp_version);
    expect(byWp).toEqual(['6.5.0']);
    const wpAll = (await list('sort=wp_version&order=desc&status=connected')).items.map((s) => s.wp_version);
    expect(wpAll).toEqual(['6.8.0', '6.7.0', '6.6.0', '6.5.0']);
    const byClient = (await list('sort=client&order=desc&limit=1')).items[0]!;
    expect(byClient.client_name).toBe('Beta Co');
    const recent = (await list('sort=last_report_at&order=desc&limit=1')).items[0]!;
    expect(recent.label).toBe('Site 03');
  });

  it('filters by text, client, status and pending updates', async () => {
    expect((await list('q=site-1')).total).toBe(2); // site-10, site-11
    expect((await list(`client_id=${clientB}`)).total).toBe(2 + 5);
    expect((await list(`client_id=${clientA}`)).total).toBe(2 + 3);
    expect((await list('status=connected')).total).toBe(4);
    expect((await list('status=pending')).total).toBe(8);
    expect((await list('has_updates=true')).total).toBe(3);
    expect((await list(`has_updates=true&client_id=${clientA}`)).total).toBe(1);
    expect((await list('q=%25')).total).toBe(0); // a literal % matches nothing, it is not a wildcard
  });

  it('carries each site\'s uptime state, backup verdict and agent-silent flag, and filters on them', async () => {
    const db = hub.tdb.db;
    const ids = async (qs: string) => ((await api('GET', `/sites?${qs}`)).json().items as Array<{ label: string; id: string }>);
    const byLabel = Object.fromEntries((await ids('limit=100')).map((s) => [s.label, s.id]));
    const insertMonitor = (label: string, status: string, paused: boolean, silent: boolean) =>
      db.query(
        `INSERT INTO monitors (site_id, next_check_at, status, paused, silent_incident_id, created_at, updated_at) VALUES ($1, now(), $2, $3, $4, now(), now())`,
        [byLabel[label], status, paused, silent ? '00000000-0000-4000-8000-000000000001' : null],
      );
    await insertMonitor('Site 00', 'up', false, false);
    await insertMonitor('Site 01', 'down', false, true);
    await insertMonitor('Site 02', 'down', true, false); // paused wins over the last status
    await db.query("INSERT INTO backup_verdicts (site_id, verdict) VALUES ($1, 'failing'), ($2, 'ok')", [byLabel['Site 01'], byLabel['Site 00']]);

    const health = Object.fromEntries(((await api('GET', '/sites?limit=100')).json().items as Array<{ label: string; health: unknown }>).map((s) => [s.label, s.health]));
    expect(health['Site 00']).toEqual({ uptime: 'up', backup: 'ok', agent_silent: false });
    expect(health['Site 01']).toEqual({ uptime: 'down', backup: 'failing', agent_silent: true });
    expect(health['Site 02']).toEqual({ uptime: 'paused', backup: 'not_evaluated', agent_silent: false });
    expect(health['Site 05']).toEqual({ uptime: 'not_monitored', backup: 'not_evaluated', agent_silent: false });

    expect((await ids('uptime=down')).map((s) => s.label)).toEqual(['Site 01']);
    expect((await list('uptime=down')).total).toBe(1);
    expect((await list('backup=failing&uptime=down')).total).toBe(1);
    expect((await list('backup=not_evaluated')).total).toBe(10);
    expect((await list('uptime=not_monitored')).total).toBe(9);
    const bad = await api('GET', '/sites?uptime=sideways');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});
