import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { makeReport } from './helpers/agent.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub();
});
afterAll(async () => hub?.close());

const api = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload !== undefined ? { payload: payload as object } : {}) });
const count = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM security_advisories')).rows[0]!.n;

/** A connected site whose latest report lists these plugin versions and this core version. */
async function siteWith(label: string, plugins: [file: string, version: string, update?: string][], core: string) {
  const agent = await hub.enrolledAgent({ url: `https://${label}.example.com`, label });
  const base = makeReport();
  const report = makeReport({
    plugins: plugins.map(([file, version, update]) => ({ file, name: file, version, active: true, network_active: false, auto_update: false, update_version: update ?? null })),
    themes: [],
    translations: [],
    core: { ...base.core, version: core, update_version: null },
  });
  expect((await hub.postReport(agent, report)).statusCode).toBe(200);
  return agent.siteId!;
}

describe('security advisories', () => {
  it('records an advisory and counts the connected sites still on an affected version', async () => {
    await siteWith('old-cf7', [['contact-form-7/wp-contact-form-7.php', '5.9.3']], '6.8.1');
    await siteWith('new-cf7', [['contact-form-7/wp-contact-form-7.php', '5.9.8']], '6.8.3');
    await siteWith('ancient-cf7', [['contact-form-7/wp-contact-form-7.php', '4.2']], '6.8.3');

    const cf7 = await api('POST', '/security-advisories', { type: 'plugin', slug: 'contact-form-7', fixed_in: '5.9.5', affected_from: '5.0', severity: 'high', title: 'Unauthenticated file upload', reference_url: 'https://example.org/advisory/1' });
    expect(cf7.statusCode, cf7.body).toBe(201);
    // 5.9.3 is affected; 5.9.8 has the fix; 4.2 is older than the first affected version.
    expect(cf7.json()).toMatchObject({ type: 'plugin', slug: 'contact-form-7', fixed_in: '5.9.5', affected_from: '5.0', severity: 'high', affected_sites: 1 });
    hub.clock.advance(1000);
    const core = await api('POST', '/security-advisories', { type: 'core', slug: 'wordpress', fixed_in: '6.8.2', severity: 'medium', title: 'Stored XSS in the block editor' });
    expect(core.json()).toMatchObject({ affected_sites: 1, affected_from: null, reference_url: null });

    const list = (await api('GET', '/security-advisories')).json().items as { id: string; affected_sites: number }[];
    expect(list.map((a) => a.id)).toEqual([core.json().id, cf7.json().id]);
    const filtered = (await api('GET', '/security-advisories?type=plugin&slug=contact-form-7')).json().items as { id: string }[];
    expect(filtered.map((a) => a.id)).toEqual([cf7.json().id]);
  });

  it('refuses bad input with 400 VALIDATION_FAILED and a duplicate with 409, writing nothing', async () => {
    const before = await count();
    const good = { type: 'plugin', slug: 'akismet', fixed_in: '5.3.2', severity: 'low', title: 'Information disclosure' };
    const bad: Record<string, unknown>[] = [
      { ...good, type: 'translation' },
      { ...good, slug: 'Akismet/akismet.php' },
      { ...good, slug: '' },
      { ...good, fixed_in: 'latest' },
      { ...good, fixed_in: '5.3.2; DROP TABLE' },
      { ...good, severity: 'urgent' },
      { ...good, title: '' },
      { ...good, reference_url: 'javascript:alert(1)' },
      { ...good, affected_from: '5.4' },
      { ...good, affected_from: '5.3.2' },
      { ...good, type: 'core', slug: 'akismet' },
      { ...good, extra: true },
      { type: 'plugin', slug: 'akismet' },
    ];
    for (const payload of bad) {
      const r = await api('POST', '/security-advisories', payload);
      expect([r.statusCode, r.json().error.code], JSON.stringify(payload)).toEqual([400, 'VALIDATION_FAILED']);
    }
    expect(await count()).toBe(before);
    const range = await api('POST', '/security-advisories', { ...good, affected_from: '6.0' });
    expect(range.json().error.details).toEqual([{ path: '/affected_from', message: 'must be before fixed_in' }]);

    expect((await api('POST', '/security-advisories', good)).statusCode).toBe(201);
    const dup = await api('POST', '/security-advisories', { ...good, title: 'Same fix, other words' });
    expect([dup.statusCode, dup.json().error.code]).toEqual([409, 'CONFLICT']);
    expect(await count()).toBe(before + 1);
  });

  it('deletes an advisory (204), then 404; a bad id is 400', async () => {
    const created = (await api('POST', '/security-advisories', { type: 'theme', slug: 'twentytwentyfive', fixed_in: '1.3', severity: 'critical', title: 'Theme issue' })).json();
    expect((await api('DELETE', `/security-advisories/${created.id}`)).statusCode).toBe(204);
    expect((await api('DELETE', `/security-advisories/${created.id}`)).statusCode).toBe(404);
    expect((await api('DELETE', `/security-advisories/${randomUUID()}`)).json().error.code).toBe('NOT_FOUND');
    expect((await api('DELETE', '/security-advisories/nope')).statusCode).toBe(400);
  });

  it('marks pending updates that cross a fixed version as security updates, and security=true lists only those', async () => {
    await siteWith('wf-a', [['wordfence/wordfence.php', '7.10.0', '7.11.2'], ['jetpack/jetpack.php', '13.0', '13.1']], '6.8.3');
    await siteWith('wf-b', [['wordfence/wordfence.php', '7.11.1', '7.11.2']], '6.8.3');
    const fleet = async (query = '') => (await api('GET', `/updates${query}`)).json() as { items: { id: string; security: boolean; site_count: number }[]; total_pending: number };
    expect((await fleet()).items.find((i) => i.id === 'wordfence/wordfence.php')?.security).toBe(false);
    expect((await fleet('?security=true')).items).toEqual([]);

    // Fixed in 7.11.0: wf-a (7.10.0) crosses it, wf-b (7.11.1) does not; the group is a security update.
    expect((await api('POST', '/security-advisories', { type: 'plugin', slug: 'wordfence', fixed_in: '7.11.0', severity: 'critical', title: 'Auth bypass' })).statusCode).toBe(201);
    const all = await fleet();
    expect(all.items.find((i) => i.id === 'wordfence/wordfence.php')).toMatchObject({ security: true, site_count: 2 });
    expect(all.items.find((i) => i.id === 'jetpack/jetpack.php')?.security).toBe(false);
    const only = await fleet('?security=true');
    expect(only.items.map((i) => i.id)).toEqual(['wordfence/wordfence.php']);
    expect(only.total_pending).toBe(2);
  });

  it('marks history events that crossed a fixed version, whenever the advisory was recorded', async () => {
    const siteId = await siteWith('history-site', [['elementor/elementor.php', '3.20.0']], '6.8.3');
    const event = (item: string, from: string, to: string) =>
      hub.tdb.db.query(
        `INSERT INTO update_events (event_id, site_id, item_type, item_id, item_name, from_version, to_version, outcome, started_at, finished_at, received_at)
         VALUES ($1, $2, 'plugin', $3, $3, $4, $5, 'updated', now(), now(), now())`,
        [randomUUID(), siteId, item, from, to],
      );
    await event('elementor/elementor.php', '3.19.0', '3.20.0');
    await event('elementor/elementor.php', '3.20.0', '3.20.1');
    const history = async () => (await api('GET', `/update-events?site_id=${siteId}`)).json().events as { from_version: string; security: boolean }[];
    expect((await history()).map((e) => e.security)).toEqual([false, false]);
    expect((await api('POST', '/security-advisories', { type: 'plugin', slug: 'elementor', fixed_in: '3.19.2', severity: 'medium', title: 'Stored XSS' })).statusCode).toBe(201);
    const marked = await history();
    expect(Object.fromEntries(marked.map((e) => [e.from_version, e.security]))).toEqual({ '3.19.0': true, '3.20.0': false });
  });

  it('needs a signed-in user', async () => {
    const r = await hub.app.inject({ method: 'GET', url: '/api/v1/security-advisories' });
    expect([r.statusCode, r.json().error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });
});
