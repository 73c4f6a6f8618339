import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, buildTestHub, type TestHub } from './helpers/app.js';
import { createUsersService } from '../src/modules/users/users.service.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub();
});
afterAll(async () => hub?.close());

const PUBLIC = new Set(['POST /api/v1/auth/login', 'GET /api/v1/auth/setup-status', 'POST /api/v1/auth/setup', 'POST /api/v1/users/invites/accept']);

describe('every /api/v1 route needs a bearer token', () => {
  it('lists the routes from the OpenAPI document and refuses each without a token', async () => {
    const doc = (await hub.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths)
      .filter(([p]) => p.startsWith('/api/v1/'))
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .filter((r) => !PUBLIC.has(r));
    expect(routes.length).toBeGreaterThanOrEqual(12);
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      for (const headers of [{}, { authorization: 'Bearer not-a-jwt' }, { authorization: `Bearer ${hub.token.slice(0, -3)}abc` }]) {
        const res = await hub.app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
        expect(res.statusCode, `${route} ${JSON.stringify(headers)}`).toBe(401);
        expect(res.json().error.code).toBe('UNAUTHENTICATED');
      }
    }
  });

  it('refuses an expired token', async () => {
    const token = hub.app.jwt.sign({ sub: randomUUID(), email: 'x@example.com', role: 'owner' }, { expiresIn: -10 });
    const res = await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(401);
  });
});

describe('login', () => {
  it('returns a JWT that works, and the same error for unknown e-mail and wrong password', async () => {
    const ok = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: OWNER });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ email: OWNER.email, role: 'owner' });
    const me = await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${ok.json().token}` } });
    expect(me.json().email).toBe(OWNER.email);

    const wrong = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { ...OWNER, password: 'wrong password!' } });
    const unknown = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'nobody@example.com', password: OWNER.password } });
    for (const r of [wrong, unknown]) {
      expect(r.statusCode).toBe(401);
      expect(r.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'E-mail or password is wrong' } });
    }
    const bad = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'not-an-email' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('stores passwords with scrypt, never in clear', async () => {
    const r = await hub.tdb.db.query<{ password_hash: string }>('SELECT password_hash FROM users');
    expect(r.rows[0]!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(r.rows[0]!.password_hash).not.toContain(OWNER.password);
  });
});

describe('first start', () => {
  it('issues a single-use setup token when no user exists, and creates the owner from config otherwise', async () => {
    const { tdb, clock } = hub;
    await tdb.db.query('DELETE FROM users');
    const users = createUsersService({ db: tdb.db, clock });
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/auth/setup-status' })).json()).toEqual({ needs_setup: true });
    const boot = await users.bootstrap({});
    expect(boot.created).toBe('setup-token');
    const token = boot.setupToken!;

    const bad = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { token: `${token}x`, email: 'me@example.com', password: 'long enough pw' } });
    expect(bad.json().error.code).toBe('SETUP_TOKEN_INVALID');
    const short = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { token, email: 'me@example.com', password: 'short' } });
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const ok = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { token, email: 'me@example.com', password: 'long enough pw' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user.role).toBe('owner');
    const again = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/setup', payload: { token, email: 'me2@example.com', password: 'long enough pw' } });
    expect(again.json().error.code).toBe('SETUP_TOKEN_INVALID');
    expect((await tdb.db.query('SELECT 1 FROM users')).rowCount).toBe(1);
    expect((await users.bootstrap({ adminEmail: 'x@example.com', adminPassword: 'whatever12345' })).created).toBe('nothing');

    await tdb.db.query('DELETE FROM users');
    // Two processes starting at once: exactly one owner.
    const results = await Promise.all([users.bootstrap({ adminEmail: 'a@example.com', adminPassword: 'password-a-123' }), users.bootstrap({ adminEmail: 'b@example.com', adminPassword: 'password-b-123' })]);
    expect(results.map((r) => r.created)).toContain('owner');
    expect((await tdb.db.query('SELECT 1 FROM users')).rowCount).toBe(1);
  });
});
