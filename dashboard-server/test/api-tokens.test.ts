import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOwnerOnly } from '../src/modules/users/access-policy.js';
import { buildTestHub, type TestHub } from './helpers/app.js';

let hub: TestHub;
let tech: { id: string; jwt: string };
beforeAll(async () => {
  hub = await buildTestHub();
  const inv = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: hub.auth, payload: { email: 'tech@example.com', role: 'technician' } });
  const token = new URL(inv.json().invite_url).hash.replace('#token=', '');
  const accepted = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'technician password' } });
  tech = { id: inv.json().user.id, jwt: accepted.json().token };
});
afterAll(async () => hub?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const UNAUTHENTICATED = { error: { code: 'UNAUTHENTICATED', message: 'Sign in first: missing, invalid or expired bearer token' } };

async function createToken(headers: Record<string, string>, payload: object = { name: 'CI deploy' }) {
  const r = await hub.app.inject({ method: 'POST', url: '/api/v1/tokens', headers, payload });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { token: { id: string; name: string; expires_at: string | null; last_used_at: string | null }; secret: string };
}

describe('personal API tokens', () => {
  it('shows the secret once, stores only its sha256, and never lists it', async () => {
    const created = await createToken(hub.auth, { name: '  Zapier  ', expires_in_days: 30 });
    expect(created.secret).toMatch(/^rtk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.secret.slice(4), 'base64url')).toHaveLength(32);
    expect(created.token.name).toBe('Zapier');
    expect(new Date(created.token.expires_at!).getTime() - hub.clock.now().getTime()).toBe(30 * 86_400_000);

    const rows = await hub.tdb.db.query<Record<string, unknown>>('SELECT * FROM api_tokens WHERE id = $1', [created.token.id]);
    expect(rows.rows[0]!.token_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    expect(JSON.stringify(rows.rows[0])).not.toContain(created.secret.slice(4));

    const list = await hub.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: hub.auth });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.secret.slice(4));
    expect(list.json().items[0]).toEqual({ id: created.token.id, name: 'Zapier', created_at: hub.clock.now().toISOString(), last_used_at: null, expires_at: created.token.expires_at, expired: false });
  });

  it('authenticates as its user, with that user’s role, and records last use at most once a minute', async () => {
    const { token, secret } = await createToken(hub.auth);
    const me = await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(secret) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: 'owner@example.com', role: 'owner' });
    const lastUsed = async () => (await hub.tdb.db.query<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_tokens WHERE id = $1', [token.id])).rows[0]!.last_used_at?.toISOString();
    const first = hub.clock.now().toISOString();
    expect(await lastUsed()).toBe(first);

    hub.clock.advance(30_000);
    await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(secret) });
    expect(await lastUsed()).toBe(first);
    hub.clock.advance(30_000);
    await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(secret) });
    expect(await lastUsed()).toBe(hub.clock.now().toISOString());
  });

  it('refuses unknown, malformed, revoked and expired tokens with the same body as a bad JWT', async () => {
    const revoked = await createToken(hub.auth, { name: 'to revoke' });
    const del = await hub.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${revoked.token.id}`, headers: hub.auth });
    expect(del.statusCode).toBe(204);
    const expiring = await createToken(hub.auth, { name: 'short', expires_in_days: 1 });
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(expiring.secret) })).statusCode).toBe(200);
    hub.clock.advance(86_400_000);

    const badJwt = await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer('not-a-jwt') });
    expect(badJwt.json()).toEqual(UNAUTHENTICATED);
    const unknown = `rtk_${randomBytes(32).toString('base64url')}`;
    for (const secret of [unknown, revoked.secret, expiring.secret, 'rtk_', `${revoked.secret}x`, 'rtk_../../etc']) {
      const r = await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(secret) });
      expect(r.statusCode, secret).toBe(401);
      expect(r.json()).toEqual(UNAUTHENTICATED);
    }
    // The expired token is still listed (so the owner sees why it stopped), marked expired; the revoked one is gone.
    const items = (await hub.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: hub.auth })).json().items as { id: string; expired: boolean }[];
    expect(items.find((t) => t.id === expiring.token.id)?.expired).toBe(true);
    expect(items.map((t) => t.id)).not.toContain(revoked.token.id);
  });

  it('revokes only your own tokens: someone else’s, unknown or already revoked is 404', async () => {
    const mine = await createToken(hub.auth, { name: 'owner token' });
    const theirs = await createToken(bearer(tech.jwt), { name: 'tech token' });
    const cross = await hub.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${theirs.token.id}`, headers: hub.auth });
    expect(cross.statusCode).toBe(404);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(theirs.secret) })).statusCode).toBe(200);
    const techList = (await hub.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: bearer(tech.jwt) })).json().items as { id: string }[];
    expect(techList.map((t) => t.id)).toEqual([theirs.token.id]);
    expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${randomUUID()}`, headers: hub.auth })).statusCode).toBe(404);
    expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${mine.token.id}`, headers: hub.auth })).statusCode).toBe(204);
    expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${mine.token.id}`, headers: hub.auth })).statusCode).toBe(404);
  });

  it('a token cannot mint another token (403), so revoking a leaked one is final', async () => {
    const { secret } = await createToken(hub.auth, { name: 'leaky' });
    const n = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens')).rows[0]!.n;
    const before = await n();
    const r = await hub.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: bearer(secret), payload: { name: 'successor' } });
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('FORBIDDEN');
    expect(await n()).toBe(before);
  });

  it('rejects bad bodies without writing', async () => {
    const n = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens')).rows[0]!.n;
    const before = await n();
    for (const payload of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(101) }, { name: 'a', expires_in_days: 0 }, { name: 'a', expires_in_days: 366 }, { name: 'a', expires_in_days: 1.5 }, { name: 'a', secret: 'rtk_x' }]) {
      const r = await hub.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: hub.auth, payload });
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await n()).toBe(before);
  });

  it('a removed user’s token stops working at once', async () => {
    const inv = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: hub.auth, payload: { email: 'leaver@example.com', role: 'technician' } });
    const accepted = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: new URL(inv.json().invite_url).hash.replace('#token=', ''), password: 'leaver password 1' } });
    const { secret } = await createToken(bearer(accepted.json().token));
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(secret) })).statusCode).toBe(200);
    expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${inv.json().user.id}`, headers: hub.auth })).statusCode).toBe(204);
    const r = await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(secret) });
    expect(r.statusCode).toBe(401);
    expect(r.json()).toEqual(UNAUTHENTICATED);
  });
});

describe('role enforcement', () => {
  async function apiRoutes() {
    const doc = (await hub.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    return Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, ops]) => Object.entries(ops).filter(([, op]) => op.security).map(([m]) => ({ method: m.toUpperCase(), pattern: p.replace(/\{([^}]+)\}/g, ':$1') })));
  }

  it('a technician (session or API token) gets 403 FORBIDDEN on every owner-only route and writes nothing', async () => {
    const { secret } = await createToken(bearer(tech.jwt), { name: 'tech script' });
    const routes = (await apiRoutes()).filter((r) => isOwnerOnly(r.method, `${r.pattern}`));
    const patterns = routes.map((r) => `${r.method} ${r.pattern}`);
    for (const expected of ['GET /api/v1/users', 'POST /api/v1/users', 'DELETE /api/v1/users/:id', 'GET /api/v1/plans', 'POST /api/v1/invoices', 'GET /api/v1/contracts', 'POST /api/v1/alert-channels', 'PUT /api/v1/reports/branding']) {
      expect(patterns).toContain(expected);
    }
    const users = (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
    for (const { method, pattern } of routes) {
      const url = pattern.replace(/:[a-z_]+/g, randomUUID());
      for (const headers of [bearer(tech.jwt), bearer(secret)]) {
        const res = await hub.app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: { email: 'x@example.com', role: 'technician', name: 'x' } }) });
        expect(res.statusCode, `${method} ${pattern}`).toBe(403);
        expect(res.json()).toEqual({ error: { code: 'FORBIDDEN', message: 'Only an owner can do this' } });
      }
    }
    expect((await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n).toBe(users);
  });

  it('a technician keeps the maintenance routes; the owner keeps everything', async () => {
    const { secret } = await createToken(bearer(tech.jwt), { name: 'tech reader' });
    for (const url of ['/api/v1/sites', '/api/v1/clients', '/api/v1/uptime', '/api/v1/backups', '/api/v1/update-runs', '/api/v1/updates', '/api/v1/reports', '/api/v1/tokens', '/api/v1/auth/me']) {
      for (const headers of [bearer(tech.jwt), bearer(secret)]) {
        const r = await hub.app.inject({ method: 'GET', url, headers });
        expect(r.statusCode, `${url} ${r.body}`).toBe(200);
      }
    }
    const clientId = await hub.createClient('Tech Visible Ltd');
    const site = await hub.app.inject({ method: 'POST', url: '/api/v1/sites', headers: bearer(tech.jwt), payload: { client_id: clientId, url: 'https://tech.example.com' } });
    expect(site.statusCode).toBe(201);
    for (const url of ['/api/v1/users', '/api/v1/plans', '/api/v1/invoices', '/api/v1/alert-channels']) {
      expect((await hub.app.inject({ method: 'GET', url, headers: hub.auth })).statusCode, url).toBe(200);
    }
  });
});
