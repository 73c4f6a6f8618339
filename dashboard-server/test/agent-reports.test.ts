import { randomUUID } from 'node:crypto';
import { generateKeyPair, newNonce, signRequest } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedAgent, fixture, makeReport } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { countRows } from './helpers/database.js';

let hub: TestHub;
let agent: SimulatedAgent;

beforeAll(async () => {
  hub = await buildTestHub({ config: { agentSiteRateLimitPerMin: 1000 } });
  agent = await hub.enrolledAgent();
});
afterAll(async () => hub?.close());

const site = async (id: string) => (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${id}`, headers: hub.auth })).json();

describe('signed reports', () => {
  it('stores a report, updates the inventory and the fleet summary', async () => {
    const report = makeReport();
    const res = await hub.postReport(agent, report);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ report_id: report.report_id, status: 'stored', commands: [] });

    const detail = await site(agent.siteId);
    expect(detail.status).toBe('connected');
    expect(detail.wp_version).toBe('6.8.1');
    expect(detail.php_version).toBe('8.2.29');
    expect(detail.updates).toEqual({ core: 1, plugins: 1, themes: 1, translations: 1, total: 4 });
    expect(detail.inventory.report_id).toBe(report.report_id);
    expect(detail.inventory.plugins.map((p: { file: string }) => p.file)).toEqual(report.plugins.map((p) => p.file));
    expect(detail.last_report_at).toBe(hub.clock.now().toISOString());

    const list = (await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: hub.auth })).json();
    expect(list.items.find((s: { id: string }) => s.id === agent.siteId).updates.total).toBe(4);
  });

  it('acknowledges a re-sent report without storing it twice', async () => {
    const report = makeReport();
    expect((await hub.postReport(agent, report)).json().status).toBe('stored');
    const before = await countRows(hub.tdb.db);
    const again = await hub.postReport(agent, report); // same report_id, fresh nonce: a retry after a lost answer
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('duplicate');
    const after = await countRows(hub.tdb.db);
    expect(after.reports).toBe(before.reports);
    const r = await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE report_id = $1', [report.report_id]);
    expect(r.rows[0]!.n).toBe(1);
  });

  it('keeps the newest inventory when an older report arrives late', async () => {
    const newer = makeReport({ generated_at: new Date(hub.clock.now().getTime() + 3_600_000).toISOString(), core: { ...makeReport().core, version: '6.8.3', update_version: null } });
    const older = makeReport({ generated_at: new Date(hub.clock.now().getTime() - 3_600_000).toISOString(), core: { ...makeReport().core, version: '6.7.0' } });
    expect((await hub.postReport(agent, newer)).statusCode).toBe(200);
    expect((await hub.postReport(agent, older)).json().status).toBe('stored');
    const detail = await site(agent.siteId);
    expect(detail.inventory.report_id).toBe(newer.report_id);
    expect(detail.wp_version).toBe('6.8.3');
  });
});

describe('refused reports change nothing', () => {
  const expectRefused = async (res: { statusCode: number; json(): any }, status: number, code: string, before: Record<string, number>) => {
    expect(res.statusCode).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(typeof res.json().error.message).toBe('string');
    expect(await countRows(hub.tdb.db)).toEqual(before);
  };

  it('tampered body', async () => {
    const before = await countRows(hub.tdb.db);
    const report = makeReport();
    const tampered = JSON.stringify({ ...report, core: { ...report.core, version: '9.9.9' } });
    await expectRefused(await hub.postReport(agent, report, { bodyOverride: tampered }), 401, 'SIGNATURE_INVALID', before);
  });

  it('signed with another key', async () => {
    const before = await countRows(hub.tdb.db);
    const impostor = new SimulatedAgent(generateKeyPair());
    impostor.siteId = agent.siteId;
    await expectRefused(await hub.postReport(impostor, makeReport()), 401, 'SIGNATURE_INVALID', before);
  });

  it('replayed nonce', async () => {
    const nonce = newNonce();
    expect((await hub.postReport(agent, makeReport(), { nonce })).statusCode).toBe(200);
    const before = await countRows(hub.tdb.db);
    await expectRefused(await hub.postReport(agent, makeReport(), { nonce }), 401, 'NONCE_REPLAYED', before);
  });

  it('replaying the exact same signed request', async () => {
    const body = JSON.stringify(makeReport());
    const headers = { ...agent.sign('POST', '/agent/v1/reports', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' };
    expect((await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body })).statusCode).toBe(200);
    const before = await countRows(hub.tdb.db);
    await expectRefused(await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body }), 401, 'NONCE_REPLAYED', before);
  });

  it('timestamp 301 s old or 301 s ahead (300 s is still accepted)', async () => {
    const now = hub.clock.now().getTime();
    const before = await countRows(hub.tdb.db);
    await expectRefused(await hub.postReport(agent, makeReport(), { now: now - 301_000 }), 401, 'TIMESTAMP_OUT_OF_WINDOW', before);
    await expectRefused(await hub.postReport(agent, makeReport(), { now: now + 301_000 }), 401, 'TIMESTAMP_OUT_OF_WINDOW', before);
    expect((await hub.postReport(agent, makeReport(), { now: now - 300_000 })).statusCode).toBe(200);
    expect((await hub.postReport(agent, makeReport(), { now: now + 300_000 })).statusCode).toBe(200);
  });

  it('unknown site', async () => {
    const before = await countRows(hub.tdb.db);
    const stranger = new SimulatedAgent();
    stranger.siteId = randomUUID();
    await expectRefused(await hub.postReport(stranger, makeReport()), 401, 'SITE_UNKNOWN', before);
  });

  it('missing signature headers', async () => {
    const before = await countRows(hub.tdb.db);
    const res = await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(makeReport()) });
    await expectRefused(res, 401, 'SIGNATURE_MISSING', before);
  });

  it('oversized body', async () => {
    const before = await countRows(hub.tdb.db);
    const report = makeReport({ plugins: Array.from({ length: 1900 }, (_, i) => ({ ...makeReport().plugins[0]!, file: `p${i}/p.php`, name: 'x'.repeat(250) })) });
    const body = JSON.stringify({ ...report, padding: 'x'.repeat(2 * 1024 * 1024) });
    const headers = { ...agent.sign('POST', '/agent/v1/reports', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' };
    await expectRefused(await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body }), 413, 'PAYLOAD_TOO_LARGE', before);
  });

  it('malformed JSON', async () => {
    const before = await countRows(hub.tdb.db);
    const body = '{"report_id": "oops", ';
    const headers = { ...agent.sign('POST', '/agent/v1/reports', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' };
    await expectRefused(await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body }), 400, 'MALFORMED_JSON', before);
  });

  it('wrong content type', async () => {
    const before = await countRows(hub.tdb.db);
    const body = JSON.stringify(makeReport());
    const headers = { ...agent.sign('POST', '/agent/v1/reports', body, { now: hub.clock.now().getTime() }), 'content-type': 'text/plain' };
    await expectRefused(await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body }), 415, 'UNSUPPORTED_MEDIA_TYPE', before);
  });

  for (const name of ['status-report.invalid-missing-report-id.json', 'status-report.invalid-plugin-version-number.json', 'status-report.invalid-protocol-version.json', 'status-report.invalid-extra-field.json']) {
    it(`schema-invalid report (${name}), correctly signed`, async () => {
      const before = await countRows(hub.tdb.db);
      const body = JSON.stringify(fixture(name));
      const headers = { ...agent.sign('POST', '/agent/v1/reports', body, { now: hub.clock.now().getTime() }), 'content-type': 'application/json' };
      const res = await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body });
      await expectRefused(res, 400, 'VALIDATION_FAILED', before);
      expect(Array.isArray(res.json().error.details)).toBe(true);
    });
  }

  it('revoked site, then re-enrolled with a new code and key', async () => {
    const other = await hub.enrolledAgent({ url: 'https://revoked.example.com' });
    expect((await hub.postReport(other, makeReport())).statusCode).toBe(200);
    const revoke = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${other.siteId}/revoke`, headers: hub.auth });
    expect(revoke.json().status).toBe('revoked');
    const before = await countRows(hub.tdb.db);
    await expectRefused(await hub.postReport(other, makeReport()), 401, 'SITE_REVOKED', before);

    const code = await hub.enrollmentCode(other.siteId);
    const fresh = new SimulatedAgent();
    const enroll = await hub.app.inject({
      method: 'POST',
      url: '/agent/v1/enroll',
      payload: { enrollment_code: code, site_url: 'https://revoked.example.com', public_key: fresh.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' },
    });
    expect(enroll.statusCode).toBe(201);
    fresh.siteId = enroll.json().site_id;
    expect(fresh.siteId).toBe(other.siteId);
    expect((await hub.postReport(fresh, makeReport())).statusCode).toBe(200);
    // The old key no longer works after re-enrollment.
    expect((await hub.postReport(other, makeReport())).json().error.code).toBe('SIGNATURE_INVALID');
  });

  it('deleted site', async () => {
    const gone = await hub.enrolledAgent({ url: 'https://gone.example.com' });
    const del = await hub.app.inject({ method: 'DELETE', url: `/api/v1/sites/${gone.siteId}`, headers: hub.auth });
    expect(del.statusCode).toBe(204);
    const before = await countRows(hub.tdb.db);
    await expectRefused(await hub.postReport(gone, makeReport()), 401, 'SITE_UNKNOWN', before);
  });

  it('a signature made for another path does not work here', async () => {
    const before = await countRows(hub.tdb.db);
    const body = JSON.stringify(makeReport());
    const headers = { ...signRequest({ siteId: agent.siteId, method: 'POST', path: '/agent/v1/command-results', body, privateKey: agent.keys.privateKeyObject, now: hub.clock.now().getTime() }), 'content-type': 'application/json' };
    await expectRefused(await hub.app.inject({ method: 'POST', url: '/agent/v1/reports', headers, payload: body }), 401, 'SIGNATURE_INVALID', before);
  });
});

describe('rate limits', () => {
  it('limits each site after its signature verified, without touching other sites', async () => {
    const limited = await buildTestHub({ config: { agentSiteRateLimitPerMin: 3 } });
    try {
      const a = await limited.enrolledAgent({ url: 'https://a.example.com' });
      const b = await limited.enrolledAgent({ url: 'https://b.example.com' });
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.postReport(a, makeReport())).statusCode);
      expect(codes).toEqual([200, 200, 200, 429, 429]);
      expect((await limited.postReport(a, makeReport())).json().error.code).toBe('RATE_LIMITED');
      expect((await limited.postReport(b, makeReport())).statusCode).toBe(200);
      // Spoofed requests carrying a's id do not consume b's budget nor count as a's.
      const r = await limited.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE site_id = $1', [a.siteId]);
      expect(r.rows[0]!.n).toBe(3);
    } finally {
      await limited.close();
    }
  });

  it('limits enrollment attempts per IP', async () => {
    const limited = await buildTestHub({ config: { enrollIpRateLimitPerMin: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await limited.app.inject({ method: 'POST', url: '/agent/v1/enroll', payload: { ...fixture<object>('enroll-request.valid.json'), enrollment_code: `RTN-0000-0000-000${i}` } });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([400, 400, 400, 429]);
    } finally {
      await limited.close();
    }
  });
});
