import { randomUUID } from 'node:crypto';
import { canonicalString, generateKeyPair, newNonce, signCanonical, type KeyPair } from '@retainer/protocol';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { agentTables, closedPort, resetAgent, storeConnection, type AgentTables } from './support/agent';
import { expectValid, schema } from './support/schemas';
import { site, wpEval } from './support/wp';

const PATH = '/wp-json/retainer/v1/commands';
const validateResult = schema('command-result');
const validateReport = schema('status-report');
const validateError = schema('error-body');

let hubKey: KeyPair;
let siteId: string;

function command(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Date.now();
  return {
    command_id: randomUUID(),
    site_id: siteId,
    type: 'sync',
    args: {},
    issued_at: new Date(now).toISOString(),
    expires_at: new Date(now + 3_600_000).toISOString(),
    ...overrides,
  };
}

interface SendOptions {
  key?: KeyPair;
  site?: string;
  timestamp?: number;
  nonce?: string;
  signedPath?: string;
  path?: string;
  signedBody?: string;
  headers?: Record<string, string> | null;
}

/** POSTs a body to the commands endpoint, signed as the hub would (each knob can break one thing). */
async function send(body: string, o: SendOptions = {}) {
  const path = o.path ?? PATH;
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const nonce = o.nonce ?? newNonce();
  const canonical = canonicalString({ method: 'POST', path: o.signedPath ?? path, timestamp, nonce, body: o.signedBody ?? body });
  const signed = {
    'X-Retainer-Site': o.site ?? siteId,
    'X-Retainer-Timestamp': String(timestamp),
    'X-Retainer-Nonce': nonce,
    'X-Retainer-Signature': signCanonical(canonical, (o.key ?? hubKey).privateKeyObject),
  };
  const headers = o.headers === null ? {} : (o.headers ?? signed);
  const res = await fetch(`${site().WP_URL}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), headers: signed };
}

/** Asserts the protocol's error body exactly: {error: {code, message}}. */
function expectError(res: { status: number; body: any }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(Object.keys(res.body)).toEqual(['error']);
  expect(Object.keys(res.body.error).sort()).toEqual(['code', 'message']);
  expect(res.body.error.code).toBe(code);
  expect(res.body.error.message).not.toBe('');
  expectValid(validateError, res.body);
}

const executedNothing = (before: AgentTables, after: AgentTables) => {
  expect(after.outbox).toEqual(before.outbox);
  expect(after.commands).toEqual(before.commands);
};

describe('signed commands endpoint (real WordPress)', () => {
  beforeAll(async () => {
    hubKey = generateKeyPair();
    siteId = randomUUID();
    await resetAgent();
    // The hub is "down" (nothing listens): a sync queues its report and says delivered: false.
    await storeConnection({ hubUrl: `http://127.0.0.1:${await closedPort()}`, hubPublicKey: hubKey.publicKey, siteId });
  });

  let before: AgentTables;
  beforeEach(async () => {
    before = await agentTables();
  });

  it('runs a correctly signed sync: 200 CommandResult, one report with trigger "command" queued', async () => {
    const cmd = command();
    const res = await send(JSON.stringify(cmd));
    expect(res.status).toBe(200);
    expectValid(validateResult, res.body);
    expect(res.body).toMatchObject({ command_id: cmd.command_id, status: 'ok', output: { delivered: false } });
    expect(res.body.output.report_id).toMatch(/^[0-9a-f-]{36}$/);

    const after = await agentTables();
    expect(after.outbox).toHaveLength(before.outbox.length + 1);
    const row = after.outbox.at(-1)!;
    expect(row).toMatchObject({ kind: 'report', report_id: res.body.output.report_id, status: 'pending' });
    const report = JSON.parse(row.payload);
    expectValid(validateReport, report);
    expect(report.trigger).toBe('command');
    expect(after.commands.find((c) => c.command_id === cmd.command_id)).toMatchObject({ status: 'done', source: 'signed' });
  });

  it('executes a command_id at most once: a repeat returns the stored result and queues nothing', async () => {
    const cmd = JSON.stringify(command());
    const first = await send(cmd);
    const mid = await agentTables();
    const again = await send(cmd);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    executedNothing(mid, await agentTables());
  });

  it('accepts the query-string form of the REST URL, signed with that request-target', async () => {
    const res = await send(JSON.stringify(command({ type: 'no-such-command' })), { path: '/index.php?rest_route=/retainer/v1/commands' });
    expectError(res, 400, 'COMMAND_UNKNOWN'); // past the signature check: the type is what is refused
  });

  it('refuses an unknown command type with 400 COMMAND_UNKNOWN', async () => {
    const res = await send(JSON.stringify(command({ type: 'format-disk' })));
    expectError(res, 400, 'COMMAND_UNKNOWN');
    executedNothing(before, await agentTables());
  });

  it('refuses an expired command with 410 COMMAND_EXPIRED', async () => {
    const res = await send(JSON.stringify(command({ expires_at: new Date(Date.now() - 1000).toISOString() })));
    expectError(res, 410, 'COMMAND_EXPIRED');
    executedNothing(before, await agentTables());
  });

  it('refuses a body that is not a Command with 400 VALIDATION_FAILED', async () => {
    const res = await send(JSON.stringify({ ...command(), extra: true }));
    expectError(res, 400, 'VALIDATION_FAILED');
    executedNothing(before, await agentTables());
  });

  it('refuses a tampered body: 401 SIGNATURE_INVALID, nothing executed', async () => {
    const signedBody = JSON.stringify(command({ type: 'no-such-command' }));
    const res = await send(JSON.stringify(command()), { signedBody });
    expectError(res, 401, 'SIGNATURE_INVALID');
    executedNothing(before, await agentTables());
  });

  it('refuses a signature made with another key: 401 SIGNATURE_INVALID', async () => {
    const res = await send(JSON.stringify(command()), { key: generateKeyPair() });
    expectError(res, 401, 'SIGNATURE_INVALID');
    executedNothing(before, await agentTables());
  });

  it('refuses a signature over another path: 401 SIGNATURE_INVALID', async () => {
    const res = await send(JSON.stringify(command()), { signedPath: '/wp-json/retainer/v1/other' });
    expectError(res, 401, 'SIGNATURE_INVALID');
    executedNothing(before, await agentTables());
  });

  it('refuses a replayed request: 401 NONCE_REPLAYED, the command is not run again', async () => {
    const body = JSON.stringify(command());
    const nonce = newNonce();
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await send(body, { nonce, timestamp });
    expect(first.status).toBe(200);
    const mid = await agentTables();
    const replay = await send(body, { nonce, timestamp });
    expectError(replay, 401, 'NONCE_REPLAYED');
    // a different command under the same nonce is refused too
    const other = await send(JSON.stringify(command()), { nonce });
    expectError(other, 401, 'NONCE_REPLAYED');
    executedNothing(mid, await agentTables());
  });

  it('refuses a timestamp 301 s old (and 310 s ahead): 401 TIMESTAMP_OUT_OF_WINDOW; 290 s old is accepted', async () => {
    const now = Math.floor(Date.now() / 1000);
    expectError(await send(JSON.stringify(command()), { timestamp: now - 301 }), 401, 'TIMESTAMP_OUT_OF_WINDOW');
    // Ahead of the clock, time spent before WordPress reads its clock shrinks the gap: keep a margin for a
    // slow request (the exact 300/301 boundary is tested on the hub with an injected clock).
    expectError(await send(JSON.stringify(command()), { timestamp: Math.floor(Date.now() / 1000) + 310 }), 401, 'TIMESTAMP_OUT_OF_WINDOW');
    executedNothing(before, await agentTables());
    // inside the window the signature check passes and the (unknown) type is what gets refused
    expectError(await send(JSON.stringify(command({ type: 'no-such-command' })), { timestamp: now - 290 }), 400, 'COMMAND_UNKNOWN');
  });

  it('refuses another site id: 401 SITE_MISMATCH', async () => {
    const other = randomUUID();
    const res = await send(JSON.stringify(command({ site_id: other })), { site: other });
    expectError(res, 401, 'SITE_MISMATCH');
    executedNothing(before, await agentTables());
  });

  it('refuses a request without signature headers: 401 SIGNATURE_MISSING', async () => {
    const res = await send(JSON.stringify(command()), { headers: null });
    expectError(res, 401, 'SIGNATURE_MISSING');
    executedNothing(before, await agentTables());
  });

  it('answers 409 NOT_CONNECTED when the site is not connected', async () => {
    const saved = await wpEval(`echo base64_encode( serialize( get_option( 'retainer_agent_connection' ) ) );`);
    await wpEval(`delete_option( 'retainer_agent_connection' ); echo 'ok';`);
    try {
      const res = await send(JSON.stringify(command()));
      expectError(res, 409, 'NOT_CONNECTED');
      executedNothing(before, await agentTables());
    } finally {
      await wpEval(`update_option( 'retainer_agent_connection', unserialize( base64_decode( '${saved}' ) ) ); echo 'ok';`);
    }
  });
});
