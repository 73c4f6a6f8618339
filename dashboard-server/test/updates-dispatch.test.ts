import type { Command } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import { manualClock } from '../src/lib/clock.js';
import type { AgentClient } from '../src/modules/commands/agent-client.js';
import { loadSecrets } from '../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../src/modules/settings/settings.repository.js';
import { makeReport } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { UpdateAgents, updatableSite } from './helpers/updates-agents.js';

let hub: TestHub;
const agents = new UpdateAgents();

beforeAll(async () => {
  hub = await buildTestHub({ agentClient: agents });
  agents.app = hub.app;
  agents.clock = hub.clock;
});
afterAll(async () => {
  await hub?.close();
});

/** Another hub process on the same database: its own pool, clock and in-memory state. */
async function hubProcess(agentClient: AgentClient, at: Date) {
  const db = createPostgresDatabase(hub.tdb.url, { max: 5 });
  const clock = manualClock(at);
  const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url, UI_DIST_DIR: '/nonexistent' });
  const app: App = await buildApp({ config, db, clock, secrets: await loadSecrets(createSettingsRepository(db), clock), agentClient });
  return {
    app,
    clock,
    tick: () => app.services.updates.dispatcher.tick(),
    drain: () => app.services.commands.drain(),
    async stop() {
      await app.close();
      await db.close();
    },
  };
}

const createRun = async (siteIds: string[], concurrency?: number) =>
  (
    await hub.app.inject({
      method: 'POST',
      url: '/api/v1/update-runs',
      headers: hub.auth,
      payload: { targets: siteIds.map((site_id) => ({ site_id, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] })), ...(concurrency ? { concurrency } : {}) },
    })
  ).json().run as { id: string };
const runDetail = async (id: string) => (await hub.app.inject({ method: 'GET', url: `/api/v1/update-runs/${id}`, headers: hub.auth })).json();
const jobCommands = async (runId: string) => (await hub.tdb.db.query<{ site_id: string; command_id: string }>('SELECT site_id, command_id FROM update_run_sites WHERE run_id = $1', [runId])).rows;

// Generous limits: these tests set up a dozen enrolled sites and several hub instances, which is slow
// when the machine is busy; nothing here measures time.
describe('update run dispatch', { timeout: 120_000 }, () => {
  it('two hub processes on one database dispatch each site once and keep the concurrency bound between them', async () => {
    const sites = [];
    for (let i = 0; i < 12; i++) sites.push((await updatableSite(hub, agents, { label: `Twin ${i}` })).siteId);
    const run = await createRun(sites, 5);
    const one = await hubProcess(agents, hub.clock.now());
    const two = await hubProcess(agents, hub.clock.now());
    let release: () => void = () => {};
    try {
      agents.gate = new Promise((r) => (release = r));
      const first = await Promise.all([one.tick(), two.tick()]);
      expect(first[0].dispatched + first[1].dispatched).toBe(5);
      const again = await Promise.all([one.tick(), two.tick()]);
      expect(again[0].dispatched + again[1].dispatched).toBe(0);
      release();
      agents.gate = undefined;
      for (let i = 0; i < 20 && (await runDetail(run.id)).run.status !== 'done'; i++) {
        await Promise.all([one.drain(), two.drain()]);
        await Promise.all([one.tick(), two.tick()]);
      }
      const d = await runDetail(run.id);
      expect(d.run).toMatchObject({ status: 'done', counts: { sites: 12, items: 12, updated: 12 } });
      const ids = (await jobCommands(run.id)).map((j) => j.command_id);
      const pushes = agents.received.filter((c) => ids.includes(c.command_id));
      expect(pushes).toHaveLength(12);
      expect(new Set(pushes.map((c) => c.command_id)).size).toBe(12);
      const commands = await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM commands WHERE id = ANY ($1::uuid[])', [ids]);
      expect(commands.rows[0]!.n).toBe(12);
    } finally {
      // A failed check above must not leave pushes waiting on the gate: stopping a process waits
      // for its pushes, and every later test here would wait on them too.
      release();
      agents.gate = undefined;
      await one.stop();
      await two.stop();
    }
  });

  it('survives a restart: a job whose answer was lost is sent again with the same command_id and runs once', async () => {
    const site = await updatableSite(hub, agents, { label: 'Restarted' });
    const run = await createRun([site.siteId]);
    // The agent runs the command, but the process that pushed it dies before the answer arrives.
    const lossy: AgentClient = { push: async (url, c) => (await agents.push(url, c), { ok: false, error: 'socket hang up' }) };
    const before = await hubProcess(lossy, hub.clock.now());
    expect(await before.tick()).toMatchObject({ dispatched: 1 });
    await before.drain();
    await before.stop();
    const [job] = await jobCommands(run.id);
    expect((await runDetail(run.id)).sites[0].status).toBe('running'); // the outbox events arrived

    // Within the lease a new process leaves the job alone; past it, it sends the same command again.
    const after = await hubProcess(agents, new Date(hub.clock.now().getTime() + 60_000));
    try {
      expect(await after.tick()).toMatchObject({ dispatched: 0, resent: 0 });
      after.clock.advance(10 * 60_000);
      expect(await after.tick()).toMatchObject({ dispatched: 0, resent: 1 });
      await after.drain();
      const sent = agents.received.filter((c: Command) => c.site_id === site.siteId);
      expect(sent.map((c) => c.command_id)).toEqual([job!.command_id, job!.command_id]);
      expect(agents.executions.get(job!.command_id)).toBe(1);
      expect((await runDetail(run.id)).run).toMatchObject({ status: 'done', counts: { updated: 1 } });
    } finally {
      await after.stop();
    }
  });

  it('hands the command to an unreachable site with its next report, and fails the job when the command expires', async () => {
    const reached = await updatableSite(hub, agents, { label: 'Offline Then Back' });
    const never = await updatableSite(hub, agents, { label: 'Offline For Good' });
    agents.unreachable.add(reached.siteId);
    agents.unreachable.add(never.siteId);
    const run = await createRun([reached.siteId, never.siteId]);
    await hub.app.services.updates.dispatcher.tick();
    await hub.app.services.commands.drain();
    const jobs = await jobCommands(run.id);
    const reachedJob = jobs.find((j) => j.site_id === reached.siteId)!;

    const ack = (await hub.postReport(reached, makeReport({ environment: { ...makeReport().environment, commands_url: 'https://offline-then-back.example.com/wp-json/retainer/v1/commands' } }))).json();
    expect(ack.commands).toMatchObject([{ command_id: reachedJob.command_id, type: 'apply_updates', args: { run_id: run.id, items: [{ type: 'plugin', id: 'akismet/akismet.php', to_version: '5.3.2' }] } }]);
    // The agent runs it and posts the result (the path a report-delivered command takes).
    agents.unreachable.delete(reached.siteId);
    const answered = await agents.push('', ack.commands[0]);
    expect(answered.ok).toBe(true);
    const body = JSON.stringify(answered.ok ? answered.result : {});
    const posted = await hub.app.inject({ method: 'POST', url: '/agent/v1/command-results', headers: { ...reached.sign('POST', '/agent/v1/command-results', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' }, payload: body });
    expect(posted.json().status).toBe('recorded');
    let d = await runDetail(run.id);
    expect(d.sites.find((s: { site_id: string }) => s.site_id === reached.siteId)).toMatchObject({ status: 'done', items: [{ status: 'updated' }] });
    expect(d.run.status).toBe('running');

    hub.clock.advance(24 * 3_600_000 + 1000);
    await hub.app.services.updates.dispatcher.tick();
    d = await runDetail(run.id);
    expect(d.sites.find((s: { site_id: string }) => s.site_id === never.siteId)).toMatchObject({ status: 'failed', items: [{ status: 'failed', reason_code: 'COMMAND_EXPIRED' }] });
    expect(d.run).toMatchObject({ status: 'done', counts: { updated: 1, failed: 1 } });
    const open = await hub.tdb.db.query('SELECT 1 FROM maintenance_windows WHERE site_id = ANY ($1::uuid[]) AND ends_at > $2', [[reached.siteId, never.siteId], hub.clock.now()]);
    expect(open.rowCount).toBe(0);
  });

  it('ends a run whose last open job went away with its site', async () => {
    const gone = await updatableSite(hub, agents, { label: 'Deleted Mid Run' });
    agents.unreachable.add(gone.siteId);
    const run = await createRun([gone.siteId]);
    await hub.app.services.updates.dispatcher.tick();
    await hub.app.services.commands.drain();
    expect((await runDetail(run.id)).run.status).toBe('running');
    await hub.tdb.db.query('DELETE FROM sites WHERE id = $1', [gone.siteId]);
    await hub.app.services.updates.dispatcher.tick();
    expect((await runDetail(run.id)).run).toMatchObject({ status: 'done', counts: { sites: 0 } });
  });
});
