import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { manualClock } from '../src/lib/clock.js';
import { loadSecrets } from '../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../src/modules/settings/settings.repository.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { UpdateAgents, updatableSite } from './helpers/updates-agents.js';
import { openEventStream } from './helpers/sse.js';

let hub: TestHub;
let base: string;
const agents = new UpdateAgents();

beforeAll(async () => {
  hub = await buildTestHub({ agentClient: agents, start: '2026-11-12T09:00:00Z' });
  agents.app = hub.app;
  agents.clock = hub.clock;
  await hub.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(hub.app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await hub?.close();
});

const api = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
const cancel = (runId: string) => api('POST', `/update-runs/${runId}/cancel`);
const detail = async (runId: string) => (await api('GET', `/update-runs/${runId}`)).json();
const createRun = async (siteIds: string[], concurrency = 1) =>
  (await api('POST', '/update-runs', { targets: siteIds.map((site_id) => ({ site_id, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] })), concurrency })).json().run as { id: string; status: string };
const dispatcher = () => hub.app.services.updates.dispatcher;
const drain = () => hub.app.services.commands.drain();
const jobs = async (runId: string) =>
  (await hub.tdb.db.query<{ site_id: string; status: string; command_id: string; has_command: boolean }>(
    'SELECT j.site_id, j.status, j.command_id, EXISTS (SELECT 1 FROM commands c WHERE c.id = j.command_id) AS has_command FROM update_run_sites j WHERE j.run_id = $1 ORDER BY j.position',
    [runId],
  )).rows;
const count = async (sql: string, params: unknown[]) => (await hub.tdb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params)).rows[0]!.n;

/** The run's progress stream, read the way the dashboard does. */
const openStream = (runId: string) => openEventStream(`${base}/api/v1/update-runs/${runId}/stream`, hub.token);

/** Another hub process on the same database: its own pool, clock, dispatcher and in-memory state. */
async function hubProcess() {
  const db = createPostgresDatabase(hub.tdb.url, { max: 5 });
  const clock = manualClock(hub.clock.now());
  const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url, UI_DIST_DIR: '/nonexistent' });
  const app: App = await buildApp({ config, db, clock, secrets: await loadSecrets(createSettingsRepository(db), clock), agentClient: agents });
  return {
    app,
    tick: () => app.services.updates.dispatcher.tick(),
    drain: () => app.services.commands.drain(),
    async stop() {
      await app.close();
      await db.close();
    },
  };
}

describe('POST /api/v1/update-runs/:id/cancel', { timeout: 120_000 }, () => {
  it('with concurrency 1 and 3 sites: the first site finishes, the other two are cancelled and never dispatched, the run ends cancelled', async () => {
    const a = await updatableSite(hub, agents, { label: 'Cancel A' });
    const b = await updatableSite(hub, agents, { label: 'Cancel B' });
    const c = await updatableSite(hub, agents, { label: 'Cancel C' });
    const run = await createRun([a.siteId, b.siteId, c.siteId], 1);
    const stream = await openStream(run.id);
    await stream.until((e) => e.some((x) => x.event === 'snapshot'));

    let release!: () => void;
    agents.gate = new Promise((r) => (release = r));
    const sentBefore = agents.received.length;
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 1 });
    const pushedA = drain();

    const first = await cancel(run.id);
    expect(first.statusCode).toBe(200);
    const cancelledAt = hub.clock.now().toISOString();
    // Site A is out: the run waits for it, but everything else is cancelled already.
    expect(first.json().run).toMatchObject({ id: run.id, status: 'running', cancel_requested_at: cancelledAt, finished_at: null, counts: { sites: 3, items: 3, cancelled: 2, running: 1, queued: 0 } });
    let d = await detail(run.id);
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['dispatched', 'cancelled', 'cancelled']);
    for (const s of d.sites.slice(1)) {
      expect(s.items).toMatchObject([{ id: 'akismet/akismet.php', status: 'cancelled', reason_code: 'CANCELLED', reason: expect.stringContaining('cancelled'), finished_at: cancelledAt }]);
    }

    // Viewers learn that a cancel is pending from the stream's run event, before the run ends.
    await stream.until((e) => e.some((x) => x.event === 'run' && x.data.run.cancel_requested_at === cancelledAt));
    expect(stream.events.find((x) => x.event === 'run' && x.data.run.cancel_requested_at)!.data.run).toMatchObject({ status: 'running', counts: { cancelled: 2 } });
    expect(stream.events.some((x) => x.event === 'done')).toBe(false);

    // Asking again is a no-op answered with the same state.
    const second = await cancel(run.id);
    expect([second.statusCode, second.json()]).toEqual([200, first.json()]);
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 0 });

    hub.clock.advance(30_000);
    release();
    agents.gate = undefined;
    await pushedA;
    await drain();
    d = await detail(run.id);
    expect(d.run).toMatchObject({ status: 'cancelled', finished_at: hub.clock.now().toISOString(), cancel_requested_at: cancelledAt, counts: { updated: 1, cancelled: 2 } });
    expect(d.sites.map((s: { status: string }) => s.status)).toEqual(['done', 'cancelled', 'cancelled']);
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 0 });

    // B and C never got a command: no row, no push, no maintenance window, no history.
    const j = await jobs(run.id);
    expect(j.map((x) => x.has_command)).toEqual([true, false, false]);
    expect(agents.received.slice(sentBefore).map((cmd) => cmd.site_id)).toEqual([a.siteId]);
    expect(await count('maintenance_windows WHERE site_id = ANY ($1::uuid[])', [[b.siteId, c.siteId]])).toBe(0);
    expect(await count('update_events WHERE run_id = $1', [run.id])).toBe(1);
    const who = (await hub.tdb.db.query<{ created_by: string; cancel_requested_by: string }>('SELECT created_by, cancel_requested_by FROM update_runs WHERE id = $1', [run.id])).rows[0]!;
    expect(who.cancel_requested_by).toMatch(/^[0-9a-f-]{36}$/);
    expect(who.cancel_requested_by).toBe(who.created_by);

    // The stream showed the cancelled jobs and items, A's outcome, then done with the cancelled run.
    await stream.until((e) => e.at(-1)?.event === 'done');
    const ev = stream.events;
    expect(ev.filter((e) => e.event === 'site' && e.data.status === 'cancelled').map((e) => e.data.site_id).sort()).toEqual([b.siteId, c.siteId].sort());
    expect(ev.filter((e) => e.event === 'item' && e.data.status === 'cancelled').map((e) => e.data.site_id).sort()).toEqual([b.siteId, c.siteId].sort());
    expect(ev.find((e) => e.event === 'item' && e.data.site_id === a.siteId && e.data.status === 'updated')).toBeTruthy();
    expect(ev.at(-1)!.data.run).toMatchObject({ status: 'cancelled', counts: { updated: 1, cancelled: 2 } });

    // Once cancelled for good, cancel is still answered 200 with that state.
    const third = await cancel(run.id);
    expect([third.statusCode, third.json().run.status, third.json().run.finished_at]).toEqual([200, 'cancelled', d.run.finished_at]);
  });

  it('ends a run nothing was dispatched from at once, and its stream says done', async () => {
    const a = await updatableSite(hub, agents, { label: 'Never Started A' });
    const b = await updatableSite(hub, agents, { label: 'Never Started B' });
    const run = await createRun([a.siteId, b.siteId], 2);
    const stream = await openStream(run.id);
    await stream.until((e) => e.some((x) => x.event === 'snapshot'));
    const r = await cancel(run.id);
    expect(r.json().run).toMatchObject({ status: 'cancelled', started_at: null, finished_at: hub.clock.now().toISOString(), counts: { cancelled: 2, queued: 0 } });
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 0 });
    expect((await jobs(run.id)).map((x) => [x.status, x.has_command])).toEqual([
      ['cancelled', false],
      ['cancelled', false],
    ]);
    expect((await hub.tdb.db.query<{ open_jobs: number }>('SELECT open_jobs FROM update_runs WHERE id = $1', [run.id])).rows[0]!.open_jobs).toBe(0);
    await stream.until((e) => e.at(-1)?.event === 'done');
    expect(stream.events.at(-1)!.data.run.status).toBe('cancelled');
    expect((await api('GET', '/update-runs?limit=5')).json().runs.find((x: { id: string }) => x.id === run.id)).toMatchObject({ status: 'cancelled', counts: { cancelled: 2 } });
  });

  it('refuses bad input, unknown and finished runs with precise codes, and writes nothing', async () => {
    const site = await updatableSite(hub, agents, { label: 'Finished Site' });
    const done = await createRun([site.siteId]);
    await dispatcher().tick();
    await drain();
    expect((await detail(done.id)).run.status).toBe('done');
    const open = await createRun([site.siteId]);

    const snapshot = async () => (await hub.tdb.db.query('SELECT r.id, r.status, r.seq, r.cancel_requested_at, r.finished_at, (SELECT max(seq) FROM update_run_sites j WHERE j.run_id = r.id) AS js FROM update_runs r ORDER BY r.id')).rows;
    const before = await snapshot();

    const finished = await cancel(done.id);
    expect([finished.statusCode, finished.json().error.code, finished.json().error.details]).toEqual([409, 'CONFLICT', { status: 'done' }]);
    const unknown = await cancel('6f2c1d7e-0000-4000-8000-000000000000');
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await cancel('not-a-run');
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const anonymous = await hub.app.inject({ method: 'POST', url: `/api/v1/update-runs/${open.id}/cancel` });
    expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const badToken = await hub.app.inject({ method: 'POST', url: `/api/v1/update-runs/${open.id}/cancel`, headers: { authorization: 'Bearer not-a-token' } });
    expect(badToken.statusCode).toBe(401);
    expect(await snapshot()).toEqual(before);

    // The refused requests left the open run runnable.
    expect(await dispatcher().tick()).toMatchObject({ dispatched: 1 });
    await drain();
    expect((await detail(open.id)).run.status).toBe('done');
  });

  it('another hub process never dispatches a cancelled job, even when the cancel races its dispatcher', async () => {
    const other = await hubProcess();
    try {
      const sites = [];
      for (let i = 0; i < 4; i++) sites.push((await updatableSite(hub, agents, { label: `Twin Cancel ${i}` })).siteId);

      // The other process dispatches the first job; the cancel arrives here; nothing else goes out anywhere.
      const run = await createRun(sites.slice(0, 3), 1);
      let release!: () => void;
      agents.gate = new Promise((r) => (release = r));
      expect(await other.tick()).toMatchObject({ dispatched: 1 });
      const out = other.drain();
      expect((await cancel(run.id)).json().run).toMatchObject({ status: 'running', counts: { cancelled: 2 } });
      expect(await other.tick()).toMatchObject({ dispatched: 0 });
      expect(await dispatcher().tick()).toMatchObject({ dispatched: 0 });
      release();
      agents.gate = undefined;
      await out;
      await other.drain();
      expect((await detail(run.id)).run).toMatchObject({ status: 'cancelled', counts: { updated: 1, cancelled: 2 } });
      expect((await jobs(run.id)).map((j) => j.has_command)).toEqual([true, false, false]);

      // Cancel and the other process's claim at the same moment: each job is either sent (and finishes)
      // or cancelled without a command, never both, and the run ends cancelled.
      for (let round = 0; round < 5; round++) {
        const raced = await createRun(sites, 2);
        const [claim, answer] = await Promise.all([other.tick(), cancel(raced.id)]);
        expect(answer.statusCode).toBe(200);
        await other.drain();
        const js = await jobs(raced.id);
        const sent = js.filter((j) => j.has_command);
        expect(sent.length).toBe(claim.dispatched);
        expect(sent.every((j) => j.status === 'done')).toBe(true);
        expect(js.filter((j) => !j.has_command).every((j) => j.status === 'cancelled')).toBe(true);
        const pushed = new Set(agents.received.map((cmd) => cmd.command_id));
        expect(js.filter((j) => j.status === 'cancelled').some((j) => pushed.has(j.command_id))).toBe(false);
        expect((await detail(raced.id)).run).toMatchObject({ status: 'cancelled', counts: { items: 4, cancelled: 4 - sent.length, updated: sent.length } });
      }
    } finally {
      agents.gate = undefined;
      await other.stop();
    }
  });
});
