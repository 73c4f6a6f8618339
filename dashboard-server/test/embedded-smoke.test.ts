import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SimulatedAgent, makeReport } from './helpers/agent.js';
import { startHubProcess, type HubProcess } from './helpers/hub-process.js';

/**
 * The zero-install default: no DATABASE_URL, so the hub runs PGlite in its data folder. Proves that a
 * fresh start works, the protocol works on it, and data survives a restart.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'retainer-embedded-'));
let hub: HubProcess | undefined;
afterAll(async () => {
  await hub?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const env = { RETAINER_DATA_DIR: dataDir, RETAINER_ADMIN_EMAIL: 'owner@example.com', RETAINER_ADMIN_PASSWORD: 'embedded-owner-pw' };

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${hub!.url}${path}`, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

describe('embedded database (PGlite)', () => {
  it('starts, enrolls an agent, stores a report, and keeps everything across a restart', { timeout: 120_000 }, async () => {
    hub = await startHubProcess(env);
    expect((await call('GET', '/healthz')).json).toEqual({ status: 'ok', database: 'pglite' });
    const login = await call('POST', '/api/v1/auth/login', { email: env.RETAINER_ADMIN_EMAIL, password: env.RETAINER_ADMIN_PASSWORD });
    expect(login.status).toBe(200);
    const auth = { authorization: `Bearer ${login.json.token}` };
    const client = await call('POST', '/api/v1/clients', { name: 'Embedded Client', contact_email: 'c@example.com' }, auth);
    const site = await call('POST', '/api/v1/sites', { client_id: client.json.id, url: 'https://embedded.example.com' }, auth);
    const code = await call('POST', `/api/v1/sites/${site.json.id}/enrollment-code`, undefined, auth);

    const agent = new SimulatedAgent();
    const enroll = await call('POST', '/agent/v1/enroll', { enrollment_code: code.json.code, site_url: 'https://embedded.example.com', public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' });
    expect(enroll.status).toBe(201);
    agent.siteId = enroll.json.site_id;
    const hubKey = enroll.json.hub_public_key;

    const report = makeReport();
    const body = JSON.stringify(report);
    const sent = await call('POST', '/agent/v1/reports', body, agent.sign('POST', '/agent/v1/reports', body));
    expect(sent.json).toMatchObject({ status: 'stored' });

    expect(await hub.stop('SIGTERM')).toBe(0); // graceful close
    hub = await startHubProcess(env);

    // Same owner, same hub key, same data; the re-sent report is recognised as a duplicate.
    const login2 = await call('POST', '/api/v1/auth/login', { email: env.RETAINER_ADMIN_EMAIL, password: env.RETAINER_ADMIN_PASSWORD });
    const auth2 = { authorization: `Bearer ${login2.json.token}` };
    const detail = await call('GET', `/api/v1/sites/${agent.siteId}`, undefined, auth2);
    expect(detail.json.status).toBe('connected');
    expect(detail.json.inventory.report_id).toBe(report.report_id);
    expect(detail.json.inventory.plugins).toHaveLength(report.plugins.length);
    const again = await call('POST', '/agent/v1/reports', body, agent.sign('POST', '/agent/v1/reports', body));
    expect(again.json.status).toBe('duplicate');
    // A token from before the restart still works: the JWT secret was persisted, not regenerated.
    expect((await call('GET', '/api/v1/auth/me', undefined, auth)).status).toBe(200);
    const code2 = await call('POST', `/api/v1/sites/${site.json.id}/enrollment-code`, undefined, auth2);
    const other = new SimulatedAgent();
    const reenroll = await call('POST', '/agent/v1/enroll', { enrollment_code: code2.json.code, site_url: 'https://embedded.example.com', public_key: other.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' });
    expect(reenroll.json.hub_public_key).toBe(hubKey);
  });

  it('prints a one-time setup link when no owner is configured', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-setup-'));
    const p = await startHubProcess({ RETAINER_DATA_DIR: dir });
    try {
      const m = p.output().match(/\/setup\?token=([A-Za-z0-9_-]+)/);
      expect(m).not.toBeNull();
      const res = await fetch(`${p.url}/api/v1/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: m![1], email: 'first@example.com', password: 'first-owner-pw' }) });
      expect(res.status).toBe(200);
    } finally {
      await p.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
