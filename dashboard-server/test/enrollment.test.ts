import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedAgent } from './helpers/agent.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { countRows } from './helpers/database.js';

let hub: TestHub;
let clientId: string;
beforeAll(async () => {
  hub = await buildTestHub();
  clientId = await hub.createClient();
});
afterAll(async () => hub?.close());

const enroll = (code: string, agent = new SimulatedAgent(), extra: Record<string, unknown> = {}) =>
  hub.app.inject({
    method: 'POST',
    url: '/agent/v1/enroll',
    payload: { enrollment_code: code, site_url: 'https://shop.example.com', public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.3.1', ...extra },
  });

describe('enrollment', () => {
  it('binds the key, answers with site id, hub key and interval, and marks the site connected', async () => {
    const siteId = await hub.createSite(clientId, 'https://shop.example.com');
    const codeRes = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${siteId}/enrollment-code`, headers: hub.auth });
    expect(codeRes.statusCode).toBe(201);
    const { code, expires_at, hub_url } = codeRes.json();
    expect(hub_url).toBe('http://127.0.0.1:8787');
    expect(code).toMatch(/^RTN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(new Date(expires_at).getTime() - hub.clock.now().getTime()).toBe(24 * 3_600_000);
    const detailBefore = (await hub.app.inject({ method: 'GET', url: `/api/v1/sites/${siteId}`, headers: hub.auth })).json();
    expect(detailBefore.enrollment.active_code_expires_at).toBe(expires_at);

    const agent = new SimulatedAgent();
    const res = await enroll(code.toLowerCase().replace(/-/g, ' '), agent); // typed loosely by a person
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.site_id).toBe(siteId);
    expect(body.hub_public_key).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(body.report_interval_s).toBe(3600);
    const row = await hub.tdb.db.query<{ public_key: string; status: string }>('SELECT public_key, status FROM sites WHERE id = $1', [siteId]);
    expect(row.rows[0]).toEqual({ public_key: agent.keys.publicKey, status: 'connected' });
    // The code is stored hashed only.
    const codes = await hub.tdb.db.query<{ code_hash: string }>('SELECT code_hash FROM enrollment_codes WHERE site_id = $1', [siteId]);
    expect(codes.rows[0]!.code_hash).not.toContain(code.slice(4, 8));
  });

  it('refuses a code used twice, and changes nothing the second time', async () => {
    const siteId = await hub.createSite(clientId, 'https://twice.example.com');
    const code = await hub.enrollmentCode(siteId);
    const first = new SimulatedAgent();
    expect((await enroll(code, first)).statusCode).toBe(201);
    const before = await countRows(hub.tdb.db);
    const res = await enroll(code, new SimulatedAgent());
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ENROLLMENT_CODE_USED');
    expect(await countRows(hub.tdb.db)).toEqual(before);
    const row = await hub.tdb.db.query<{ public_key: string }>('SELECT public_key FROM sites WHERE id = $1', [siteId]);
    expect(row.rows[0]!.public_key).toBe(first.keys.publicKey);
  });

  it('refuses an expired code (24 h + 1 s) and accepts it one second before', async () => {
    const siteId = await hub.createSite(clientId, 'https://late.example.com');
    const code = await hub.enrollmentCode(siteId);
    hub.clock.advance(24 * 3_600_000 - 1000);
    const siteId2 = await hub.createSite(clientId, 'https://ontime.example.com');
    expect((await enroll(code)).statusCode).toBe(201);
    const code2 = await hub.enrollmentCode(siteId2);
    hub.clock.advance(24 * 3_600_000 + 1000);
    const res = await enroll(code2);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('ENROLLMENT_CODE_EXPIRED');
    const row = await hub.tdb.db.query<{ status: string }>('SELECT status FROM sites WHERE id = $1', [siteId2]);
    expect(row.rows[0]!.status).toBe('pending');
  });

  it('refuses an unknown code and an older code replaced by a newer one', async () => {
    const siteId = await hub.createSite(clientId, 'https://replaced.example.com');
    const old = await hub.enrollmentCode(siteId);
    const fresh = await hub.enrollmentCode(siteId);
    expect((await enroll(old)).json().error.code).toBe('ENROLLMENT_CODE_INVALID');
    expect((await enroll('RTN-AAAA-BBBB-CCCC')).json().error.code).toBe('ENROLLMENT_CODE_INVALID');
    expect((await enroll(fresh)).statusCode).toBe(201);
  });

  it('validates the request: bad key, missing field, extra field, non-http URL', async () => {
    const siteId = await hub.createSite(clientId, 'https://invalid.example.com');
    const code = await hub.enrollmentCode(siteId);
    const before = await countRows(hub.tdb.db);
    for (const extra of [{ public_key: 'c2hvcnQ=' }, { site_url: 'ftp://x.example.com' }, { wp_version: '' }, { surprise: 1 }]) {
      const res = await enroll(code, new SimulatedAgent(), extra);
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await countRows(hub.tdb.db)).toEqual(before);
    // The code still works after the refused attempts.
    expect((await enroll(code)).statusCode).toBe(201);
  });

  it('needs a signed-in user to create codes', async () => {
    const siteId = await hub.createSite(clientId, 'https://anon.example.com');
    const res = await hub.app.inject({ method: 'POST', url: `/api/v1/sites/${siteId}/enrollment-code` });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});
