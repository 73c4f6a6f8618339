import { randomBytes, randomUUID } from 'node:crypto';
import type { UpdateEvent } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { postUpdateEvents, UpdateAgents, updatableSite } from './helpers/updates-agents.js';

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

const now = () => hub.clock.now().getTime();
const countEvents = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM update_events')).rows[0]!.n;
const countNonces = async (siteId: string) => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM agent_nonces WHERE site_id = $1', [siteId])).rows[0]!.n;

/** A site with a dispatched (not yet answered) update job, and an event for its first item. */
async function dispatchedJob(label: string) {
  const agent = await updatableSite(hub, agents, { label });
  agents.unreachable.add(agent.siteId);
  const run = (await hub.app.inject({ method: 'POST', url: '/api/v1/update-runs', headers: hub.auth, payload: { targets: [{ site_id: agent.siteId, items: [{ type: 'plugin', id: 'akismet/akismet.php' }] }] } })).json().run;
  await hub.app.services.updates.dispatcher.tick();
  await hub.app.services.commands.drain();
  const commandId = (await hub.tdb.db.query<{ command_id: string }>('SELECT command_id FROM update_run_sites WHERE run_id = $1', [run.id])).rows[0]!.command_id;
  const t = hub.clock.now().toISOString();
  const event: UpdateEvent = {
    event_id: randomUUID(),
    command_id: commandId,
    run_id: run.id,
    item: { type: 'plugin', id: 'akismet/akismet.php', name: 'Akismet Anti-spam' },
    from_version: '5.3',
    to_version: '5.3.2',
    outcome: 'updated',
    reason_code: null,
    reason: null,
    started_at: t,
    finished_at: t,
    probes: { before: [], after: [], after_rollback: [] },
  };
  return { agent, run, commandId, event };
}

describe('POST /agent/v1/update-events', { timeout: 90_000 }, () => {
  it('stores an event once, however often it arrives, and moves the item', async () => {
    const { agent, run, event } = await dispatchedJob('Events Once');
    const first = await postUpdateEvents(hub.app, agent, [event], now());
    expect([first.statusCode, first.json()]).toEqual([200, { stored: 1, duplicates: 0 }]);
    const second = await postUpdateEvents(hub.app, agent, [event], now());
    expect(second.json()).toEqual({ stored: 0, duplicates: 1 });
    const rows = await hub.tdb.db.query('SELECT outcome, item_name, run_id FROM update_events WHERE event_id = $1', [event.event_id]);
    expect(rows.rows).toEqual([{ outcome: 'updated', item_name: 'Akismet Anti-spam', run_id: run.id }]);
    const d = (await hub.app.inject({ method: 'GET', url: `/api/v1/update-runs/${run.id}`, headers: hub.auth })).json();
    expect(d.sites[0]).toMatchObject({ status: 'running', items: [{ status: 'updated', from_version: '5.3', to_version: '5.3.2' }] });
    expect(d.run.status).toBe('running'); // the job ends with the command result, not with the events
  });

  it('refuses tampered, replayed, unsigned and foreign requests and stores nothing', async () => {
    const { agent, event, commandId } = await dispatchedJob('Events Guarded');
    const other = await updatableSite(hub, agents, { label: 'Events Other' });
    const before = await countEvents();
    const noncesBefore = await countNonces(agent.siteId);
    const otherNonces = await countNonces(other.siteId);

    const tampered = await postUpdateEvents(hub.app, agent, [event], now(), { bodyOverride: JSON.stringify({ events: [{ ...event, outcome: 'rolled_back' }] }) });
    expect([tampered.statusCode, tampered.json().error.code]).toEqual([401, 'SIGNATURE_INVALID']);

    const stale = await postUpdateEvents(hub.app, agent, [event], now() - 600_000);
    expect([stale.statusCode, stale.json().error.code]).toEqual([401, 'TIMESTAMP_OUT_OF_WINDOW']);

    const unsigned = await hub.app.inject({ method: 'POST', url: '/agent/v1/update-events', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ events: [event] }) });
    expect([unsigned.statusCode, unsigned.json().error.code]).toEqual([401, 'SIGNATURE_MISSING']);

    // Another enrolled site cannot report on this site's command, even with a valid signature of its own.
    const foreign = await postUpdateEvents(hub.app, other, [event], now());
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect(await countNonces(other.siteId)).toBe(otherNonces);

    // Signed with the right key but as another site id.
    const spoofed = agent.sign('POST', '/agent/v1/update-events', JSON.stringify({ events: [event] }), { now: now(), siteId: other.siteId });
    const spoof = await hub.app.inject({ method: 'POST', url: '/agent/v1/update-events', headers: { ...spoofed, 'content-type': 'application/json' }, payload: JSON.stringify({ events: [event] }) });
    expect([spoof.statusCode, spoof.json().error.code]).toEqual([401, 'SIGNATURE_INVALID']);

    const invalid = await postUpdateEvents(hub.app, agent, [{ ...event, outcome: 'exploded' as never }], now());
    expect([invalid.statusCode, invalid.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const empty = await postUpdateEvents(hub.app, agent, [], now());
    expect([empty.statusCode, empty.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const unknownCommand = await postUpdateEvents(hub.app, agent, [{ ...event, command_id: randomUUID() }], now());
    expect([unknownCommand.statusCode, unknownCommand.json().error.code]).toEqual([404, 'NOT_FOUND']);
    // A batch naming this site's command and an unknown one is refused whole.
    const mixed = await postUpdateEvents(hub.app, agent, [event, { ...event, event_id: randomUUID(), command_id: randomUUID() }], now());
    expect(mixed.statusCode).toBe(404);

    expect(await countEvents()).toBe(before);
    expect(await countNonces(agent.siteId)).toBe(noncesBefore);
    const item = await hub.tdb.db.query('SELECT status FROM update_run_items WHERE site_id = $1', [agent.siteId]);
    expect(item.rows).toEqual([{ status: 'running' }]);

    const nonce = randomBytes(16).toString('hex');
    expect((await postUpdateEvents(hub.app, agent, [event], now(), { nonce })).statusCode).toBe(200);
    const replay = await postUpdateEvents(hub.app, agent, [{ ...event, event_id: randomUUID() }], now(), { nonce });
    expect([replay.statusCode, replay.json().error.code]).toEqual([401, 'NONCE_REPLAYED']);
    expect(await countEvents()).toBe(before + 1);
    expect(commandId).toBeTruthy();
  });

  it('ends the job from the result the agent posts later, with the events it carries', async () => {
    const { agent, run, commandId, event } = await dispatchedJob('Events Via Result');
    const t = hub.clock.now().toISOString();
    const result = { command_id: commandId, status: 'ok', started_at: t, finished_at: t, output: { events: [{ ...event, outcome: 'failed', reason_code: 'UPGRADER_FAILED', reason: 'Download failed: 404' }] } };
    const body = JSON.stringify(result);
    const r = await hub.app.inject({ method: 'POST', url: '/agent/v1/command-results', headers: { ...agent.sign('POST', '/agent/v1/command-results', body, { now: now() }), 'content-type': 'application/json' }, payload: body });
    expect(r.json()).toEqual({ command_id: commandId, status: 'recorded' });
    const d = (await hub.app.inject({ method: 'GET', url: `/api/v1/update-runs/${run.id}`, headers: hub.auth })).json();
    expect(d.run).toMatchObject({ status: 'done', counts: { failed: 1 } });
    expect(d.sites[0]).toMatchObject({ status: 'done', items: [{ status: 'failed', reason_code: 'UPGRADER_FAILED', reason: 'Download failed: 404' }] });
    const windows = await hub.tdb.db.query<{ ends_at: Date }>('SELECT ends_at FROM maintenance_windows WHERE site_id = $1', [agent.siteId]);
    expect(windows.rows[0]!.ends_at.getTime()).toBeLessThanOrEqual(hub.clock.now().getTime() + 1000);
  });

  it('fails the items of a command the agent refused', async () => {
    const { agent, run, commandId } = await dispatchedJob('Events Refused');
    const t = hub.clock.now().toISOString();
    const body = JSON.stringify({ command_id: commandId, status: 'rejected', started_at: t, finished_at: t, output: {}, error: { code: 'FS_NOT_DIRECT', message: 'WordPress cannot write its files directly (FS_METHOD is ftpext)' } });
    await hub.app.inject({ method: 'POST', url: '/agent/v1/command-results', headers: { ...agent.sign('POST', '/agent/v1/command-results', body, { now: now() }), 'content-type': 'application/json' }, payload: body });
    const d = (await hub.app.inject({ method: 'GET', url: `/api/v1/update-runs/${run.id}`, headers: hub.auth })).json();
    expect(d.sites[0]).toMatchObject({ status: 'failed', items: [{ status: 'failed', reason_code: 'FS_NOT_DIRECT', reason: expect.stringContaining('FS_METHOD') }] });
    expect(d.run.status).toBe('done');
  });
});
