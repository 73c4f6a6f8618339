import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CommandSchema, canonicalString, publicKeyFromRaw, verifyCanonical, type Command } from '@retainer/protocol';
import { Value } from '@sinclair/typebox/value';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeReport } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';

/**
 * A stand-in for a WordPress site's commands endpoint on loopback: it verifies the hub's signature
 * exactly like the PHP agent does and answers with a command result.
 */
function fakeAgentEndpoint(hubPublicKey: () => string) {
  const received: Array<{ command: Command; verified: boolean }> = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const canonical = canonicalString({ method: req.method!, path: req.url!, timestamp: String(req.headers['x-retainer-timestamp']), nonce: String(req.headers['x-retainer-nonce']), body });
      const verified = verifyCanonical(canonical, String(req.headers['x-retainer-signature']), publicKeyFromRaw(hubPublicKey()));
      const command = JSON.parse(body.toString()) as Command;
      received.push({ command, verified });
      if (!verified || !Value.Check(CommandSchema, command)) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'SIGNATURE_INVALID', message: 'no' } }));
        return;
      }
      const now = new Date().toISOString();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ command_id: command.command_id, status: 'ok', started_at: now, finished_at: now, output: { delivered: true } }));
    });
  });
  return { server, received };
}

let hub: TestHub;
let endpoint: ReturnType<typeof fakeAgentEndpoint>;
let port: number;

beforeAll(async () => {
  hub = await buildTestHub({ config: { commandPushTimeoutMs: 2000 } });
  const hubKey = await hub.tdb.db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'hub_signing_seed'");
  expect(hubKey.rowCount).toBe(1);
  const enrollAnswerKey = { value: '' };
  endpoint = fakeAgentEndpoint(() => enrollAnswerKey.value);
  await new Promise<void>((r) => endpoint.server.listen(0, '127.0.0.1', r));
  port = (endpoint.server.address() as AddressInfo).port;
  const res = await hub.app.inject({ method: 'POST', url: '/agent/v1/enroll', payload: { enrollment_code: 'RTN-NONE-NONE-NONE', site_url: 'http://x', public_key: 'x', agent_version: '1', wp_version: '1', php_version: '1' } });
  expect(res.statusCode).toBe(400);
  // The hub's public key as an agent learns it: from a real enrollment answer.
  const siteId = await hub.createSite(await hub.createClient(), `http://127.0.0.1:${port}`);
  const code = await hub.enrollmentCode(siteId);
  const { generateKeyPair } = await import('@retainer/protocol');
  const kp = generateKeyPair();
  const enrolled = await hub.app.inject({ method: 'POST', url: '/agent/v1/enroll', payload: { enrollment_code: code, site_url: `http://127.0.0.1:${port}`, public_key: kp.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' } });
  enrollAnswerKey.value = enrolled.json().hub_public_key;
});
afterAll(async () => {
  await hub?.close();
  endpoint?.server.close();
});

describe('commands', () => {
  it('rides on the answer to the next report when the hub cannot push, and the agent reports its result', async () => {
    const agent = await hub.enrolledAgent({ url: 'https://unreachable.example.com' });
    const created = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${agent.siteId}/commands`, headers: hub.auth, payload: { type: 'sync' } });
    expect(created.statusCode).toBe(202);
    const command = created.json();
    expect(command.status).toBe('pending');
    await hub.app.services.commands.drain(); // no commands_url known yet: nothing pushed

    const ack = (await hub.postReport(agent, makeReport())).json();
    expect(ack.commands).toHaveLength(1);
    expect(ack.commands[0]).toMatchObject({ command_id: command.command_id, site_id: agent.siteId, type: 'sync', args: {} });
    expect([...Value.Errors(CommandSchema, ack.commands[0])].map((e) => `${e.path} ${e.message}`)).toEqual([]);
    // Not yet acknowledged by a result: delivered again with the next report (the agent runs it once).
    expect((await hub.postReport(agent, makeReport())).json().commands).toHaveLength(1);

    const now = hub.clock.now().toISOString();
    const result = { command_id: command.command_id, status: 'ok', started_at: now, finished_at: now, output: { report_id: ack.report_id } };
    const body = JSON.stringify(result);
    const post = (b: string) =>
      hub.app.inject({ method: 'POST', url: '/agent/v1/command-results', headers: { ...agent.sign('POST', '/agent/v1/command-results', b, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' }, payload: b });
    const recorded = await post(body);
    expect(recorded.json()).toEqual({ command_id: command.command_id, status: 'recorded' });
    expect((await post(body)).json().status).toBe('duplicate');
    const view = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${agent.siteId}/commands/${command.command_id}`, headers: hub.auth })).json();
    expect(view.status).toBe('done');
    expect(view.result.output.report_id).toBe(ack.report_id);
    expect((await hub.postReport(agent, makeReport())).json().commands).toEqual([]);
  });

  it("another site cannot report a result for this site's command", async () => {
    const a = await hub.enrolledAgent({ url: 'https://a.example.com' });
    const b = await hub.enrolledAgent({ url: 'https://b.example.com' });
    const cmd = (await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${a.siteId}/commands`, headers: hub.auth, payload: { type: 'sync' } })).json();
    const now = hub.clock.now().toISOString();
    const body = JSON.stringify({ command_id: cmd.command_id, status: 'failed', started_at: now, finished_at: now, output: {} });
    const res = await hub.app.inject({ method: 'POST', url: '/agent/v1/command-results', headers: { ...b.sign('POST', '/agent/v1/command-results', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' }, payload: body });
    expect(res.statusCode).toBe(404);
    const nonces = await hub.tdb.db.query('SELECT 1 FROM agent_nonces WHERE site_id = $1', [b.siteId]);
    expect(nonces.rowCount).toBe(0);
    expect((await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${a.siteId}/commands/${cmd.command_id}`, headers: hub.auth })).json().status).toBe('pending');
  });

  it('pushes a signed command to the agent endpoint at once and records the result', async () => {
    const siteRow = await hub.tdb.db.query<{ id: string }>('SELECT id FROM sites WHERE url = $1', [`http://127.0.0.1:${port}`]);
    const siteId = siteRow.rows[0]!.id;
    // The agent tells the hub where its endpoint is in its reports; set it as a report would.
    await hub.tdb.db.query('UPDATE sites SET commands_url = $2 WHERE id = $1', [siteId, `http://127.0.0.1:${port}/wp-json/retainer/v1/commands`]);
    const created = (await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${siteId}/commands`, headers: hub.auth, payload: { type: 'sync' } })).json();
    await hub.app.services.commands.drain();
    expect(endpoint.received.at(-1)).toMatchObject({ verified: true, command: { command_id: created.command_id, type: 'sync', site_id: siteId } });
    const view = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}/commands/${created.command_id}`, headers: hub.auth })).json();
    expect(view).toMatchObject({ status: 'done', delivery_attempts: 1, last_delivery_error: null });
  });

  it("never pushes to an endpoint outside the site's own origin", async () => {
    const agent = await hub.enrolledAgent({ url: 'https://victim.example.com' });
    await hub.tdb.db.query('UPDATE sites SET commands_url = $2 WHERE id = $1', [agent.siteId, `http://127.0.0.1:${port}/internal`]);
    const before = endpoint.received.length;
    const created = (await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${agent.siteId}/commands`, headers: hub.auth, payload: { type: 'sync' } })).json();
    await hub.app.services.commands.drain();
    expect(endpoint.received.length).toBe(before);
    const view = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${agent.siteId}/commands/${created.command_id}`, headers: hub.auth })).json();
    expect(view.status).toBe('pending');
    expect(view.last_delivery_error).toMatch(/origin/);
  });

  it('refuses unknown command types and sites without an agent', async () => {
    const agent = await hub.enrolledAgent({ url: 'https://c.example.com' });
    const bad = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${agent.siteId}/commands`, headers: hub.auth, payload: { type: 'rm -rf' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const pendingSite = await hub.createSite(await hub.createClient(), 'https://pending.example.com');
    const res = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${pendingSite}/commands`, headers: hub.auth, payload: { type: 'sync' } });
    expect(res.statusCode).toBe(409);
    expect((await hub.tdb.db.query('SELECT 1 FROM commands WHERE site_id = $1', [pendingSite])).rowCount).toBe(0);
  });

  it('stops handing out expired commands', async () => {
    const agent = await hub.enrolledAgent({ url: 'https://d.example.com' });
    await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${agent.siteId}/commands`, headers: hub.auth, payload: { type: 'sync' } });
    hub.clock.advance(24 * 3_600_000 + 1000);
    expect((await hub.postReport(agent, makeReport())).json().commands).toEqual([]);
  });
});
