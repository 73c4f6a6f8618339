import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { makeReport } from './helpers/agent.js';

/*
 * The update center's list (GET /updates) is read from the pending columns PostgreSQL keeps next to
 * each stored inventory: every kind of pending update must come out of them, and a new report must
 * replace what an earlier one offered.
 */
let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub();
});
afterAll(async () => hub?.close());

type Group = { type: string; id: string; name: string; from_versions: string[]; to_version: string; site_count: number; sites: { site_label: string; from_version: string | null }[] };
const fleet = async (query = '') => (await hub.app.inject({ method: 'GET', url: `/api/v1/updates${query}`, headers: hub.auth })).json() as { items: Group[]; total_items: number; total_pending: number };

async function report(agent: Awaited<ReturnType<TestHub['enrolledAgent']>>, o: { akismet: [string, string | null]; theme: string | null; core: string | null; translations: number }) {
  const base = makeReport();
  const r = makeReport({
    plugins: [
      { file: 'akismet/akismet.php', name: 'Akismet Anti-spam', version: o.akismet[0], active: true, network_active: false, auto_update: false, update_version: o.akismet[1] },
      { file: 'hello.php', name: 'Hello Dolly', version: '1.7.2', active: false, network_active: false, auto_update: false, update_version: null },
    ],
    themes: [{ stylesheet: 'twentytwentyfive', name: 'Twenty Twenty-Five', version: '1.2', active: true, auto_update: false, update_version: o.theme }],
    translations: Array.from({ length: o.translations }, (_, i) => ({ type: 'plugin' as const, slug: 'akismet', language: ['fr_FR', 'it_IT'][i]!, version: '5.3' })),
    core: { ...base.core, version: '6.8.1', update_version: o.core },
  });
  expect((await hub.postReport(agent, r)).statusCode).toBe(200);
}

describe('GET /api/v1/updates', () => {
  it('lists plugin, theme, core and translation updates from the stored inventories, sites in label order', async () => {
    const zeta = await hub.enrolledAgent({ url: 'https://zeta.example.com', label: 'Zeta Bakery' });
    const alpha = await hub.enrolledAgent({ url: 'https://alpha.example.com', label: 'alpha dental' });
    await report(zeta, { akismet: ['5.3', '5.3.2'], theme: '1.3', core: '6.8.3', translations: 2 });
    await report(alpha, { akismet: ['5.2', '5.3.2'], theme: null, core: null, translations: 0 });

    const all = await fleet();
    const by = (type: string, id: string) => all.items.find((g) => g.type === type && g.id === id);
    expect(by('plugin', 'akismet/akismet.php')).toMatchObject({ name: 'Akismet Anti-spam', from_versions: ['5.2', '5.3'], to_version: '5.3.2', site_count: 2 });
    expect(by('plugin', 'akismet/akismet.php')!.sites.map((s) => s.site_label)).toEqual(['alpha dental', 'Zeta Bakery']);
    expect(by('theme', 'twentytwentyfive')).toMatchObject({ from_versions: ['1.2'], to_version: '1.3', site_count: 1 });
    expect(by('core', 'wordpress')).toMatchObject({ name: 'WordPress', from_versions: ['6.8.1'], to_version: '6.8.3', site_count: 1 });
    expect(by('translation', 'plugin:akismet:fr_FR')).toMatchObject({ name: 'akismet (fr_FR)', site_count: 1 });
    expect(by('translation', 'plugin:akismet:it_IT')).toBeDefined();
    expect(by('plugin', 'hello.php')).toBeUndefined();
    expect(all.total_pending).toBe(6);
    expect((await fleet('?type=theme')).items.map((g) => g.id)).toEqual(['twentytwentyfive']);

    // A newer report replaces the offer: the theme and translations are done, akismet moved on.
    await report(zeta, { akismet: ['5.3.2', '5.4'], theme: null, core: '6.8.3', translations: 0 });
    const after = await fleet();
    expect(after.items.map((g) => `${g.type}:${g.id}:${g.to_version}:${g.site_count}`).sort()).toEqual([
      'core:wordpress:6.8.3:1',
      'plugin:akismet/akismet.php:5.3.2:1',
      'plugin:akismet/akismet.php:5.4:1',
    ]);
  });

  it('leaves the site lists out on request, loads one item with item_id, and finds updates by site label', async () => {
    // State from the test above: Zeta offers akismet 5.4 and core 6.8.3, alpha dental akismet 5.3.2.
    const lean = await fleet('?include_sites=false');
    expect(lean.items.length).toBe(3);
    for (const g of lean.items) expect(g).not.toHaveProperty('sites');
    expect(lean.items.map((g) => g.site_count)).toEqual((await fleet()).items.map((g) => g.site_count));
    expect(lean.total_pending).toBe(3);

    const one = await fleet('?type=plugin&item_id=akismet/akismet.php');
    expect(one.items.map((g) => `${g.to_version}:${g.sites.map((s) => s.site_label).join(',')}`).sort()).toEqual(['5.3.2:alpha dental', '5.4:Zeta Bakery']);
    expect((await fleet('?item_id=nothing-like-it')).items).toEqual([]);

    // A site's label: only that site's updates; an item's name: all its sites.
    const bakery = await fleet('?q=bakery');
    expect(bakery.items.map((g) => `${g.type}:${g.to_version}:${g.sites.map((s) => s.site_label).join(',')}`).sort()).toEqual(['core:6.8.3:Zeta Bakery', 'plugin:5.4:Zeta Bakery']);
    expect((await fleet('?q=akismet')).items.flatMap((g) => g.sites.map((s) => s.site_label)).sort()).toEqual(['Zeta Bakery', 'alpha dental']);

    const bad = await hub.app.inject({ method: 'GET', url: '/api/v1/updates?include_sites=maybe', headers: hub.auth });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
});
