import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { plugin, UpdateAgents, updatableSite } from './helpers/updates-agents.js';

let hub: TestHub;
const agents = new UpdateAgents();

beforeAll(async () => {
  hub = await buildTestHub({ agentClient: agents, start: '2026-11-10T10:00:00Z' });
  agents.app = hub.app;
  agents.clock = hub.clock;
});
afterAll(async () => {
  await hub?.close();
});

const api = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const detail = async (runId: string) => (await api('GET', `/update-runs/${runId}`)).json();
const itemOf = (d: { sites: Array<{ site_id: string; items: Array<{ id: string }> }> }, siteId: string, id: string) => d.sites.find((s) => s.site_id === siteId)!.items.find((i) => i.id === id) as Record<string, unknown>;
const dispatcher = () => hub.app.services.updates.dispatcher;
const drain = () => hub.app.services.commands.drain();

async function tableCounts() {
  const out: Record<string, number> = {};
  for (const t of ['update_runs', 'update_run_sites', 'update_run_items', 'update_events', 'update_holds', 'commands', 'maintenance_windows']) {
    out[t] = (await hub.tdb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`)).rows[0]!.n;
  }
  return out;
}

describe('update runs', { timeout: 90_000 }, () => {
  it('groups pending updates by item and runs them: queued → running → updated, history and a maintenance window', async () => {
    const clientId = await hub.createClient('Flow Ltd');
    const a = await updatableSite(hub, agents, { clientId, label: 'Flow A', coreUpdate: '6.8.3' });
    const b = await updatableSite(hub, agents, { clientId, label: 'Flow B' });

    const fleet = (await api('GET', `/updates?client_id=${clientId}`)).json();
    const akismet = fleet.items.find((i: { id: string }) => i.id === 'akismet/akismet.php');
    expect(akismet).toMatchObject({ type: 'plugin', name: 'Plugin akismet', from_versions: ['5.3'], to_version: '5.3.2', site_count: 2, held_count: 0, security: false });
    expect(akismet.sites.map((s: { site_label: string }) => s.site_label).sort()).toEqual(['Flow A', 'Flow B']);
    expect(fleet.items.find((i: { id: string }) => i.id === 'wordpress')).toMatchObject({ type: 'core', from_versions: ['6.8.1'], to_version: '6.8.3', site_count: 1 });
    expect(fleet.items.some((i: { id: string }) => i.id === 'hello-dolly/hello.php')).toBe(false);
    expect(fleet.total_pending).toBe(3);
    expect((await api('GET', `/updates?client_id=${clientId}&type=core`)).json().items).toHaveLength(1);
    expect((await api('GET', `/updates?site_id=${b.siteId}`)).json().total_pending).toBe(1);
    expect((await api('GET', `/updates?client_id=${clientId}&q=AKIS`)).json().total_items).toBe(1);

    const created = await api('POST', '/update-runs', {
      targets: [
        { site_id: a.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php', to_version: '5.3.2' }, { type: 'core', id: 'wordpress' }] },
        { site_id: b.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] },
      ],
      concurrency: 1,
    });
    expect(created.statusCode).toBe(201);
    const run = created.json().run;
    expect(run).toMatchObject({ status: 'queued', concurrency: 1, counts: { sites: 2, items: 3, queued: 3, running: 0, updated: 0 } });
    let d = await detail(run.id);
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['queued', 'queued']);
    expect(itemOf(d, a.siteId, 'akismet/akismet.php')).toMatchObject({ status: 'queued', name: 'Plugin akismet', from_version: '5.3', to_version: '5.3.2' });
    expect(itemOf(d, a.siteId, 'wordpress')).toMatchObject({ status: 'queued', from_version: '6.8.1', to_version: '6.8.3' });

    // Site A updates while the test holds its agent: one site at a time (concurrency 1).
    let release!: () => void;
    agents.gate = new Promise((r) => (release = r));
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 1, resent: 0 });
    d = await detail(run.id);
    expect(d.run.status).toBe('running');
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['dispatched', 'queued']);
    expect(itemOf(d, a.siteId, 'akismet/akismet.php').status).toBe('running');
    expect(itemOf(d, a.siteId, 'wordpress').status).toBe('queued');
    const cmdA = d.sites[0].command_id;
    const command = await hub.tdb.db.query<{ type: string; args: unknown }>('SELECT type, args FROM commands WHERE id = $1', [cmdA]);
    expect(command.rows[0]).toEqual({ type: 'apply_updates', args: { run_id: run.id, items: [{ type: 'plugin', id: 'akismet/akismet.php', to_version: '5.3.2' }, { type: 'core', id: 'wordpress', to_version: '6.8.3' }] } });
    const windows = await hub.tdb.db.query<{ id: string; ends_at: Date }>('SELECT id, ends_at FROM maintenance_windows WHERE site_id = $1', [a.siteId]);
    expect(windows.rowCount).toBe(1);
    expect(windows.rows[0]!.ends_at.getTime()).toBeGreaterThan(hub.clock.now().getTime());
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 0 }); // the bound holds

    hub.clock.advance(90_000);
    release();
    agents.gate = undefined;
    await drain();
    d = await detail(run.id);
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['done', 'queued']);
    expect(itemOf(d, a.siteId, 'akismet/akismet.php')).toMatchObject({ status: 'updated', reason_code: null, finished_at: hub.clock.now().toISOString() });
    expect(itemOf(d, a.siteId, 'wordpress').status).toBe('updated');
    const closed = await hub.tdb.db.query<{ ends_at: Date }>('SELECT ends_at FROM maintenance_windows WHERE id = $1', [windows.rows[0]!.id]);
    expect(closed.rows[0]!.ends_at.toISOString()).toBe(hub.clock.now().toISOString());

    expect(await dispatcher().tick()).toMatchObject({ dispatched: 1 });
    await drain();
    d = await detail(run.id);
    expect(d.run).toMatchObject({ status: 'done', finished_at: hub.clock.now().toISOString(), counts: { sites: 2, items: 3, updated: 3, queued: 0, running: 0, failed: 0 } });
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['done', 'done']);

    // Every event reached the hub twice (outbox POST and command result) and was stored once.
    const stored = await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM update_events WHERE run_id = $1', [run.id]);
    expect(stored.rows[0]!.n).toBe(3);
    expect([...agents.executions.values()].every((n) => n === 1)).toBe(true);
    const history = (await api('GET', `/update-events?site_id=${a.siteId}`)).json();
    expect(history.events.map((e: { item_id: string; outcome: string }) => `${e.item_id}:${e.outcome}`).sort()).toEqual(['akismet/akismet.php:updated', 'wordpress:updated']);
    expect(history.events[0]).toMatchObject({ run_id: run.id, site_label: 'Flow A', client_id: clientId, from_version: '1.0.0' });
    expect((await api('GET', `/update-events?client_id=${clientId}&month=2026-11`)).json().events).toHaveLength(3);
    expect((await api('GET', `/update-events?client_id=${clientId}&month=2026-10`)).json().events).toHaveLength(0);
    expect((await api('GET', '/update-runs?limit=10')).json().runs[0]).toMatchObject({ id: run.id, status: 'done' });
  });

  it('records a rolled-back update with its reason and evidence', async () => {
    const site = await updatableSite(hub, agents, { label: 'Broken Shop' });
    agents.behaviour.set(`${site.siteId}|akismet/akismet.php`, { outcome: 'rolled_back', reason_code: 'SITE_BROKEN', reason: 'Home page answered 500 with a PHP fatal error after the update; 5.3 restored, home page 200 again' });
    const run = (await api('POST', '/update-runs', { targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] }] })).json().run;
    await dispatcher().tick();
    await drain();
    const d = await detail(run.id);
    expect(d.run).toMatchObject({ status: 'done', counts: { rolled_back: 1, updated: 0 } });
    expect(itemOf(d, site.siteId, 'akismet/akismet.php')).toMatchObject({ status: 'rolled_back', reason_code: 'SITE_BROKEN', reason: expect.stringContaining('fatal error') });
    const events = (await api('GET', `/update-events?site_id=${site.siteId}&outcome=rolled_back`)).json().events;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ outcome: 'rolled_back', reason_code: 'SITE_BROKEN', probes: { after: [{ status: 500, fatal_marker: true }] } });
  });

  it('keeps held items out of runs, records them as skipped_held and shows holds in the fleet view', async () => {
    const clientId = await hub.createClient('Held Ltd');
    const site = await updatableSite(hub, agents, { clientId, label: 'Held Site', coreUpdate: '6.8.3', plugins: [plugin('woocommerce/woocommerce.php', '9.9.0', '10.1.0'), plugin('akismet/akismet.php', '5.3', '5.3.2')] });
    const global = await api('POST', '/update-holds', { site_id: null, type: 'plugin', id: 'woocommerce/woocommerce.php', below_version: '10.0', reason: 'Version 10 breaks the custom checkout' });
    expect(global.statusCode).toBe(201);
    // A site hold that does not reach the offered version holds nothing.
    expect((await api('POST', '/update-holds', { site_id: site.siteId, type: 'plugin', id: 'akismet/akismet.php', below_version: '6.0', reason: 'Stay on 5.x' })).statusCode).toBe(201);
    expect((await api('GET', '/update-holds')).json().holds).toHaveLength(2);

    const fleet = (await api('GET', `/updates?client_id=${clientId}`)).json();
    const woo = fleet.items.find((i: { id: string }) => i.id === 'woocommerce/woocommerce.php');
    expect(woo).toMatchObject({ site_count: 1, held_count: 1, sites: [{ held: true, hold_reason: 'Version 10 breaks the custom checkout' }] });
    expect(fleet.items.find((i: { id: string }) => i.id === 'akismet/akismet.php')).toMatchObject({ held_count: 0, sites: [{ held: false, hold_reason: null }] });
    expect(fleet.total_pending).toBe(2);

    const before = agents.received.length;
    const run = (
      await api('POST', '/update-runs', {
        targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'woocommerce/woocommerce.php' }, { type: 'plugin', id: 'akismet/akismet.php' }, { type: 'core', id: 'wordpress' }] }],
      })
    ).json().run;
    expect(run.counts).toMatchObject({ items: 3, skipped_held: 1, queued: 2 });
    await dispatcher().tick();
    await drain();
    expect(agents.received.length).toBe(before + 1);
    expect((agents.received.at(-1)!.args as { items: Array<{ id: string }> }).items.map((i) => i.id)).toEqual(['akismet/akismet.php', 'wordpress']);
    const d = await detail(run.id);
    expect(itemOf(d, site.siteId, 'woocommerce/woocommerce.php')).toMatchObject({ status: 'skipped_held', reason_code: 'HELD', reason: 'Held: Version 10 breaks the custom checkout' });
    expect(d.run.counts).toMatchObject({ updated: 2, skipped_held: 1 });
    const held = (await api('GET', `/update-events?run_id=${run.id}&outcome=skipped`)).json().events;
    expect(held).toMatchObject([{ item_id: 'woocommerce/woocommerce.php', reason_code: 'HELD', command_id: null }]);

    // A run with nothing but held items ends at once and sends nothing.
    const sent = agents.received.length;
    const onlyHeld = (await api('POST', '/update-runs', { targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'woocommerce/woocommerce.php' }] }] })).json().run;
    expect(onlyHeld).toMatchObject({ status: 'done', counts: { skipped_held: 1 } });
    await dispatcher().tick();
    await drain();
    expect(agents.received.length).toBe(sent);
    expect((await hub.tdb.db.query('SELECT 1 FROM commands c JOIN update_run_sites j ON j.command_id = c.id WHERE j.run_id = $1', [onlyHeld.id])).rowCount).toBe(0);

    await expect(api('DELETE', `/update-holds/${global.json().id}`)).resolves.toMatchObject({ statusCode: 204 });
    const again = await api('DELETE', `/update-holds/${global.json().id}`);
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('starts a run from whole items of the list: the hub finds the sites under the same filters, leaves out held and unticked ones, and merges named targets', async () => {
    const clientId = await hub.createClient('Whole Ltd');
    const one = await updatableSite(hub, agents, { clientId, label: 'Whole One', coreUpdate: '6.8.3' });
    const two = await updatableSite(hub, agents, { clientId, label: 'Whole Two' });
    const three = await updatableSite(hub, agents, { clientId, label: 'Whole Three' });
    const elsewhere = await updatableSite(hub, agents, { clientId: await hub.createClient('Other Ltd'), label: 'Not Whole' });
    expect((await api('POST', '/update-holds', { site_id: three.siteId, type: 'plugin', id: 'akismet/akismet.php', reason: 'Licence expired' })).statusCode).toBe(201);
    const akismet = { type: 'plugin', id: 'akismet/akismet.php', to_version: '5.3.2' };

    const created = await api('POST', '/update-runs', {
      items: [{ ...akismet, except_site_ids: [two.siteId.toUpperCase()] }],
      filter: { client_id: clientId },
      targets: [{ site_id: one.siteId, items: [{ type: 'core', id: 'wordpress' }, { type: 'plugin', id: 'akismet/akismet.php' }] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const run = created.json().run;
    // Whole One only: its named core update and akismet once; Two unticked, Three held, the other client filtered out.
    expect(run.counts).toMatchObject({ sites: 1, items: 2, queued: 2, skipped_held: 0 });
    const d = await detail(run.id);
    expect(d.sites.map((x: { site_id: string }) => x.site_id)).toEqual([one.siteId]);
    expect(d.sites[0].items.map((i: { id: string; to_version: string }) => `${i.id}@${i.to_version}`).sort()).toEqual(['akismet/akismet.php@5.3.2', 'wordpress@6.8.3']);

    // The search narrows whole items the same way the list does: by a site's label.
    const bySearch = (await api('POST', '/update-runs', { items: [akismet], filter: { client_id: clientId, q: 'whole two' } })).json().run;
    expect((await detail(bySearch.id)).sites.map((x: { site_id: string }) => x.site_id)).toEqual([two.siteId]);
    // No filter: every site offering it, held ones left out.
    const everywhere = (await api('POST', '/update-runs', { items: [akismet] })).json().run;
    const ids = (await detail(everywhere.id)).sites.map((x: { site_id: string }) => x.site_id);
    expect(ids).toEqual(expect.arrayContaining([one.siteId, two.siteId, elsewhere.siteId]));
    expect(ids).not.toContain(three.siteId);
    for (const r of [run, bySearch, everywhere]) await api('POST', `/update-runs/${r.id}/cancel`);
  });

  it('refuses bad input with precise codes and writes nothing', async () => {
    const site = await updatableSite(hub, agents, { label: 'Strict Site' });
    const pendingSite = await hub.createSite(await hub.createClient('No Agent Ltd'), 'https://no-agent.example.com');
    const unknown = '6f2c1d7e-0000-4000-8000-000000000000';
    const item = { type: 'plugin', id: 'akismet/akismet.php' };
    const before = await tableCounts();
    const cases: Array<[unknown, number, string]> = [
      [{ targets: [{ site_id: unknown, items: [item] }] }, 404, 'NOT_FOUND'],
      [{ targets: [{ site_id: site.siteId, items: [] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [{ type: 'mu-plugin', id: 'x' }] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: '' }] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: 'not-a-uuid', items: [item] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [item] }, { site_id: site.siteId, items: [item] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [item, item] }] }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [item] }], concurrency: 51 }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [item] }], extra: true }, 400, 'VALIDATION_FAILED'],
      [{ targets: [{ site_id: site.siteId, items: [item] }, { site_id: pendingSite, items: [item] }] }, 409, 'CONFLICT'],
      [{ targets: [{ site_id: site.siteId, items: [item] }, { site_id: unknown, items: [item] }] }, 404, 'NOT_FOUND'],
    ];
    const whole = { type: 'plugin', id: 'akismet/akismet.php', to_version: '5.3.2' };
    cases.push(
      [{}, 400, 'VALIDATION_FAILED'],
      [{ concurrency: 5 }, 400, 'VALIDATION_FAILED'],
      [{ items: [] }, 400, 'VALIDATION_FAILED'],
      [{ items: [item] }, 400, 'VALIDATION_FAILED'], // no to_version: a whole item names the version on screen
      [{ items: [{ ...whole, except_site_ids: ['nope'] }] }, 400, 'VALIDATION_FAILED'],
      [{ items: [whole], filter: { client_id: 'nope' } }, 400, 'VALIDATION_FAILED'],
      [{ items: [whole], filter: { colour: 'red' } }, 400, 'VALIDATION_FAILED'],
      // Nothing pending at that version, or every site unticked: nothing to run.
      [{ items: [{ ...whole, to_version: '9.9' }], filter: { site_id: site.siteId } }, 409, 'CONFLICT'],
      [{ items: [{ ...whole, except_site_ids: [site.siteId] }], filter: { site_id: site.siteId } }, 409, 'CONFLICT'],
    );
    for (const [payload, status, code] of cases) {
      const r = await api('POST', '/update-runs', payload);
      expect([JSON.stringify(payload), r.statusCode, r.json().error?.code]).toEqual([JSON.stringify(payload), status, code]);
    }
    const holdCases: Array<[unknown, number, string]> = [
      [{ site_id: null, type: 'plugin', id: 'x/x.php', reason: '' }, 400, 'VALIDATION_FAILED'],
      [{ site_id: null, type: 'plugin', id: 'x/x.php', reason: 'r'.repeat(501) }, 400, 'VALIDATION_FAILED'],
      [{ site_id: unknown, type: 'plugin', id: 'x/x.php', reason: 'why' }, 404, 'NOT_FOUND'],
      [{ type: 'plugin', id: 'x/x.php', reason: 'no scope given' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [payload, status, code] of holdCases) {
      const r = await api('POST', '/update-holds', payload);
      expect([r.statusCode, r.json().error?.code]).toEqual([status, code]);
    }
    expect(await tableCounts()).toEqual(before);

    expect((await api('POST', '/update-holds', { site_id: site.siteId, type: 'theme', id: 'twentytwentyfive', reason: 'Custom child theme' })).statusCode).toBe(201);
    const dup = await api('POST', '/update-holds', { site_id: site.siteId, type: 'theme', id: 'twentytwentyfive', reason: 'again' });
    expect([dup.statusCode, dup.json().error.code]).toEqual([409, 'CONFLICT']);

    for (const url of [`/update-runs/${unknown}`, `/update-runs/${unknown}/stream`]) {
      const r = await api('GET', url);
      expect([r.statusCode, r.json().error.code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await api('GET', '/update-runs/nope')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await api('GET', '/update-runs?cursor=garbage')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await api('GET', '/update-events?month=2026-13')).json().error.code).toBe('VALIDATION_FAILED');
    expect((await api('GET', '/updates?type=kernel')).json().error.code).toBe('VALIDATION_FAILED');
    const anonymous = await hub.app.inject({ method: 'POST', url: '/api/v1/update-runs', payload: { targets: [{ site_id: site.siteId, items: [item] }] } });
    expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/updates' })).statusCode).toBe(401);
  });

  it('pages runs and history with cursors', async () => {
    const site = await updatableSite(hub, agents, { label: 'Paged Site' });
    for (let i = 0; i < 3; i++) {
      hub.clock.advance(1000);
      await api('POST', '/update-runs', { targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] }] });
    }
    const all = (await api('GET', '/update-runs?limit=200')).json().runs.map((r: { id: string }) => r.id);
    const first = (await api('GET', '/update-runs?limit=2')).json();
    expect(first.runs.map((r: { id: string }) => r.id)).toEqual(all.slice(0, 2));
    const second = (await api('GET', `/update-runs?limit=2&cursor=${first.next_cursor}`)).json();
    expect(second.runs.map((r: { id: string }) => r.id)).toEqual(all.slice(2, 4));
  });
});
