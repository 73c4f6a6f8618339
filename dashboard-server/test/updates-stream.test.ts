import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { loadSecrets } from '../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../src/modules/settings/settings.repository.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { UpdateAgents, updatableSite } from './helpers/updates-agents.js';
import { openEventStream } from './helpers/sse.js';

let hub: TestHub;
let base: string;
const agents = new UpdateAgents();

beforeAll(async () => {
  hub = await buildTestHub({ agentClient: agents });
  agents.app = hub.app;
  agents.clock = hub.clock;
  await hub.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(hub.app.server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await hub?.close();
});

/** The run's progress stream, read over real HTTP (from this hub or another process's). */
const openStream = (runId: string, headers: Record<string, string> = {}, from = base) =>
  openEventStream(`${from}/api/v1/update-runs/${runId}/stream`, hub.token, headers);

describe('GET /api/v1/update-runs/:id/stream', { timeout: 90_000 }, () => {
  it('sends a snapshot, then site and item changes, then done; Last-Event-ID resumes', async () => {
    const a = await updatableSite(hub, agents, { label: 'Stream A' });
    const b = await updatableSite(hub, agents, { label: 'Stream B' });
    const run = (
      await hub.app.inject({
        method: 'POST',
        url: '/api/v1/update-runs',
        headers: hub.auth,
        payload: { targets: [a.siteId, b.siteId].map((site_id) => ({ site_id, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] })), concurrency: 1 },
      })
    ).json().run;

    const s = await openStream(run.id);
    expect(s.res.status).toBe(200);
    expect(s.res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await s.until((e) => e.length >= 1);
    expect(s.events[0]).toMatchObject({ event: 'snapshot', data: { run: { id: run.id, status: 'queued' }, sites: [{ status: 'queued', items: [{ status: 'queued' }] }, { status: 'queued' }] } });

    let release!: () => void;
    agents.gate = new Promise((r) => (release = r));
    await hub.app.services.updates.dispatcher.tick();
    await s.until((e) => e.some((x) => x.event === 'item' && x.data.site_id === a.siteId && x.data.status === 'running'));
    expect(s.events.find((x) => x.event === 'site' && x.data.site_id === a.siteId)?.data.status).toBe('dispatched');
    release();
    agents.gate = undefined;
    await hub.app.services.commands.drain();
    await s.until((e) => e.some((x) => x.event === 'item' && x.data.site_id === a.siteId && x.data.status === 'updated'));
    const resumeFrom = s.events.at(-1)!.id;

    agents.gate = new Promise((r) => (release = r));
    await hub.app.services.updates.dispatcher.tick();
    await s.until((e) => e.some((x) => x.event === 'item' && x.data.site_id === b.siteId && x.data.status === 'running'));
    release();
    agents.gate = undefined;
    await hub.app.services.commands.drain();
    await s.until((e) => e.at(-1)?.event === 'done');
    const done = s.events.at(-1)!;
    expect(done.data.run).toMatchObject({ id: run.id, status: 'done', counts: { updated: 2 } });
    await s.until(() => s.ended());

    // Ids never go back; per site, the item went queued (snapshot) → running → updated. Changes
    // that follow each other quickly may arrive as their latest state only (site running → done).
    const ids = s.events.map((e) => BigInt(e.id));
    expect(ids.every((id, i) => i === 0 || id >= ids[i - 1]!)).toBe(true);
    for (const site of [a.siteId, b.siteId]) {
      expect(s.events.filter((e) => e.event === 'item' && e.data.site_id === site).map((e) => e.data.status)).toEqual(['running', 'updated']);
      const statuses = s.events.filter((e) => e.event === 'site' && e.data.site_id === site).map((e) => e.data.status);
      expect(statuses[0]).toBe('dispatched');
      expect(statuses.at(-1)).toBe('done');
      expect(['dispatched,done', 'dispatched,running,done']).toContain(statuses.join(','));
    }

    // Resuming sends what changed after that id (each row's latest state), without a snapshot.
    const r = await openStream(run.id, { 'last-event-id': resumeFrom });
    await r.until((e) => e.at(-1)?.event === 'done');
    expect(r.events.some((e) => e.event === 'snapshot')).toBe(false);
    expect(r.events.filter((e) => e.event === 'item').map((e) => [e.data.site_id, e.data.status])).toEqual([[b.siteId, 'updated']]);
    expect(r.events.filter((e) => e.event === 'site' && e.data.site_id === b.siteId).map((e) => e.data.status)).toEqual(['done']);
  });

  it('sends a change that took its number before the snapshot but committed after it', async () => {
    const site = await updatableSite(hub, agents, { label: 'Stream Late Commit' });
    const run = (await hub.app.inject({ method: 'POST', url: '/api/v1/update-runs', headers: hub.auth, payload: { targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] }] } })).json().run;
    // A writer in the middle of its transaction (as the dispatcher's claim is): its change number is
    // taken, the row is not visible yet.
    const writer = createPostgresDatabase(hub.tdb.url, { max: 1 });
    let commit!: () => void;
    const committed = new Promise<void>((r) => (commit = r));
    let numbered!: () => void;
    const hasNumber = new Promise<void>((r) => (numbered = r));
    const tx = writer.transaction(async (t) => {
      await t.query(`UPDATE update_run_sites SET status = 'dispatched', seq = nextval('update_change_seq') WHERE run_id = $1`, [run.id]);
      numbered();
      await committed;
    });
    try {
      await hasNumber;
      const s = await openStream(run.id);
      await s.until((e) => e.length >= 1);
      expect(s.events[0]).toMatchObject({ event: 'snapshot', data: { sites: [{ status: 'queued' }] } });
      commit();
      await tx;
      await s.until((e) => e.some((x) => x.event === 'site' && x.data.status === 'dispatched'));
      await s.cancel();
    } finally {
      commit();
      await tx.catch(() => undefined);
      await writer.close();
    }
  });

  it("reaches a stream served by another hub process, which only sees the changes in the database", async () => {
    const db = createPostgresDatabase(hub.tdb.url, { max: 3 });
    const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url, UI_DIST_DIR: '/nonexistent' });
    const other = await buildApp({ config, db, clock: hub.clock, secrets: await loadSecrets(createSettingsRepository(db), hub.clock), agentClient: agents });
    try {
      await other.listen({ port: 0, host: '127.0.0.1' });
      const site = await updatableSite(hub, agents, { label: 'Stream Elsewhere' });
      const run = (await hub.app.inject({ method: 'POST', url: '/api/v1/update-runs', headers: hub.auth, payload: { targets: [{ site_id: site.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] }] } })).json().run;
      const s = await openStream(run.id, {}, `http://127.0.0.1:${(other.server.address() as { port: number }).port}`);
      await s.until((e) => e.length >= 1);
      expect(s.events[0]).toMatchObject({ event: 'snapshot', data: { run: { status: 'queued' } } });
      await hub.app.services.updates.dispatcher.tick();
      await hub.app.services.commands.drain();
      await s.until((e) => e.at(-1)?.event === 'done');
      expect(s.events.filter((e) => e.event === 'item').at(-1)?.data).toMatchObject({ site_id: site.siteId, status: 'updated' });
      expect(s.events.filter((e) => e.event === 'site').at(-1)?.data).toMatchObject({ site_id: site.siteId, status: 'done' });
    } finally {
      await other.close();
      await db.close();
    }
  });

  it('answers 401 without a token and 404 for an unknown run, as JSON', async () => {
    const anon = await fetch(`${base}/api/v1/update-runs/6f2c1d7e-0000-4000-8000-000000000000/stream`);
    expect([anon.status, (await anon.json()).error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const unknown = await fetch(`${base}/api/v1/update-runs/6f2c1d7e-0000-4000-8000-000000000000/stream`, { headers: { authorization: `Bearer ${hub.token}` } });
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, 'NOT_FOUND']);
  });
});
