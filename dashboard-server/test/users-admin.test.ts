import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, buildTestHub, type TestHub } from './helpers/app.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await buildTestHub({ config: { publicUrl: 'https://hub.example.com' } });
});
afterAll(async () => hub?.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const tokenOf = (inviteUrl: string) => new URL(inviteUrl).hash.replace(/^#token=/, '');

async function invite(email: string, auth: Record<string, string> = hub.auth) {
  const r = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: auth, payload: { email, role: 'technician' } });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { user: { id: string; status: string }; invite_url: string; invite_expires_at: string };
}

/** Invites a technician and accepts the invite; returns their session token. */
async function technician(email: string, auth: Record<string, string> = hub.auth): Promise<{ id: string; token: string }> {
  const inv = await invite(email, auth);
  const r = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: tokenOf(inv.invite_url), password: 'technician password 1' } });
  expect(r.statusCode, r.body).toBe(200);
  return { id: inv.user.id, token: r.json().token };
}

describe('inviting a technician', () => {
  it('creates an invited user with a one-time 72 h link in the URL fragment, storing only its hash', async () => {
    const before = hub.clock.now().getTime();
    const inv = await invite('tech1@example.com');
    expect(inv.invite_url).toMatch(/^https:\/\/hub\.example\.com\/invite#token=[A-Za-z0-9_-]{43}$/);
    expect(new Date(inv.invite_expires_at).getTime() - before).toBe(72 * 3_600_000);
    expect(inv.user).toMatchObject({ email: 'tech1@example.com', role: 'technician', status: 'invited' });
    const token = tokenOf(inv.invite_url);
    const stored = await hub.tdb.db.query<{ token_hash: string }>('SELECT token_hash FROM user_invites WHERE user_id = $1', [inv.user.id]);
    expect(stored.rows).toHaveLength(1);
    expect(stored.rows[0]!.token_hash).not.toContain(token);

    const list = await hub.app.inject({ method: 'GET', url: '/api/v1/users', headers: hub.auth });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    const item = list.json().items.find((u: { email: string }) => u.email === 'tech1@example.com');
    expect(item).toMatchObject({ status: 'invited', invite_expires_at: inv.invite_expires_at });

    // Cannot sign in before choosing a password, not even with an empty one.
    const login = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'tech1@example.com', password: 'anything at all' } });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('accepting sets the password once; the link cannot be used twice', async () => {
    const inv = await invite('tech2@example.com');
    const token = tokenOf(inv.invite_url);
    const ok = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'a good long password' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ id: inv.user.id, email: 'tech2@example.com', role: 'technician' });
    const me = await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(ok.json().token) });
    expect(me.json()).toMatchObject({ email: 'tech2@example.com', role: 'technician' });
    const login = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'tech2@example.com', password: 'a good long password' } });
    expect(login.statusCode).toBe(200);

    const again = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'attacker password 2' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('SETUP_TOKEN_INVALID');
    const stillOld = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'tech2@example.com', password: 'attacker password 2' } });
    expect(stillOld.statusCode).toBe(401);
  });

  it('refuses an expired link, an unknown link and a short password, changing nothing', async () => {
    const inv = await invite('tech3@example.com');
    const token = tokenOf(inv.invite_url);
    const short = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('VALIDATION_FAILED');
    const unknown = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: `${token.slice(0, -2)}xx`, password: 'long enough password' } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('SETUP_TOKEN_INVALID');

    hub.clock.advance(72 * 3_600_000 + 1000);
    try {
      const expired = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token, password: 'long enough password' } });
      expect(expired.statusCode).toBe(400);
      expect(expired.json().error.code).toBe('SETUP_TOKEN_INVALID');
    } finally {
      hub.clock.advance(-(72 * 3_600_000 + 1000));
    }
    const row = await hub.tdb.db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [inv.user.id]);
    expect(row.rows[0]!.password_hash).toBe('');
  });

  it('a new link replaces the old one for a user who has not joined; 409 once joined, 404 unknown', async () => {
    const inv = await invite('late@example.com');
    hub.clock.advance(3_600_000);
    const renewed = await hub.app.inject({ method: 'POST', url: `/api/v1/users/${inv.user.id}/invite`, headers: hub.auth });
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json().user).toMatchObject({ id: inv.user.id, status: 'invited', invite_expires_at: renewed.json().invite_expires_at });
    expect(new Date(renewed.json().invite_expires_at).getTime() - hub.clock.now().getTime()).toBe(72 * 3_600_000);
    const old = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: tokenOf(inv.invite_url), password: 'long enough password' } });
    expect(old.statusCode).toBe(400);
    expect(old.json().error.code).toBe('SETUP_TOKEN_INVALID');
    const ok = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: tokenOf(renewed.json().invite_url), password: 'long enough password' } });
    expect(ok.statusCode).toBe(200);
    const joined = await hub.app.inject({ method: 'POST', url: `/api/v1/users/${inv.user.id}/invite`, headers: hub.auth });
    expect(joined.statusCode).toBe(409);
    expect((await hub.app.inject({ method: 'POST', url: `/api/v1/users/${randomUUID()}/invite`, headers: hub.auth })).statusCode).toBe(404);
  });

  it('refuses a duplicate e-mail (any case), an owner role and a bad address, writing nothing', async () => {
    const count = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users')).rows[0]!.n;
    const n = await count();
    const dup = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: hub.auth, payload: { email: 'OWNER@example.com', role: 'technician' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');
    for (const payload of [{ email: 'new@example.com', role: 'owner' }, { email: 'not-an-email', role: 'technician' }, { email: 'x@example.com' }, { email: 'y@example.com', role: 'technician', extra: 1 }]) {
      const r = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: hub.auth, payload });
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await count()).toBe(n);
    expect((await hub.tdb.db.query('SELECT 1 FROM user_invites i JOIN users u ON u.id = i.user_id WHERE u.email = $1', ['OWNER@example.com'])).rowCount).toBe(0);
  });
});

describe('removing users', () => {
  it('removes a technician: their open session is refused at once, and login fails', async () => {
    const tech = await technician('gone@example.com');
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(tech.token) })).statusCode).toBe(200);
    const del = await hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${tech.id}`, headers: hub.auth });
    expect(del.statusCode).toBe(204);
    const list = (await hub.app.inject({ method: 'GET', url: '/api/v1/users', headers: hub.auth })).json().items as { id: string }[];
    expect(list.map((u) => u.id)).not.toContain(tech.id);
    const stale = await hub.app.inject({ method: 'GET', url: '/api/v1/sites', headers: bearer(tech.token) });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error.code).toBe('UNAUTHENTICATED');
    const login = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'gone@example.com', password: 'technician password 1' } });
    expect(login.statusCode).toBe(401);
  });

  it('never removes yourself (409); two owners removing each other at once leave one owner; unknown is 404', async () => {
    const ownerId = (await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: hub.auth })).json().id as string;
    const self = await hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${ownerId}`, headers: hub.auth });
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('CONFLICT');

    // A second owner, seeded directly (through the API it would be invited, then promoted).
    const other = randomUUID();
    await hub.tdb.db.query("INSERT INTO users (id, email, password_hash, role, created_at) VALUES ($1, 'owner2@example.com', 'x', 'owner', now())", [other]);
    const otherAuth = bearer(hub.app.jwt.sign({ sub: other, email: 'owner2@example.com', role: 'owner' }));
    // Both sessions are recognised before the race, so each request reaches the removal rule itself.
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: otherAuth })).statusCode).toBe(200);
    const [a, b] = await Promise.all([
      hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${other}`, headers: hub.auth }),
      hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${ownerId}`, headers: otherAuth }),
    ]);
    // The second request's own caller is gone by the time it may act: refused as signed out,
    // whether at the door or under the lock.
    expect([a.statusCode, b.statusCode].sort()).toEqual([204, 401]);
    const loser = a.statusCode === 401 ? a : b;
    expect(loser.json().error.code).toBe('UNAUTHENTICATED');
    const owners = await hub.tdb.db.query<{ id: string }>("SELECT id FROM users WHERE role = 'owner'");
    expect(owners.rows).toHaveLength(1);
    const survivor = owners.rows[0]!.id === ownerId ? hub.auth : otherAuth;

    expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${randomUUID()}`, headers: survivor })).statusCode).toBe(404);
    const bad = await hub.app.inject({ method: 'DELETE', url: '/api/v1/users/not-a-uuid', headers: survivor });
    expect(bad.statusCode).toBe(400);
  });
});

describe('changing a role', () => {
  // The race above leaves one of two owners, either one: these tests act as whichever survived.
  let ownerAuth: Record<string, string>;
  let ownerId: string;
  beforeAll(async () => {
    const owner = (await hub.tdb.db.query<{ id: string; email: string }>("SELECT id, email FROM users WHERE role = 'owner'")).rows;
    expect(owner).toHaveLength(1);
    ownerId = owner[0]!.id;
    ownerAuth = bearer(hub.app.jwt.sign({ sub: ownerId, email: owner[0]!.email, role: 'owner' }));
  });
  const patch = (id: string, role: unknown, headers = ownerAuth) => hub.app.inject({ method: 'PATCH', url: `/api/v1/users/${id}`, headers, payload: { role } });

  it('promotes a joined technician to owner and back; their open session follows at once', async () => {
    const tech = await technician('partner@example.com', ownerAuth);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(tech.token) })).statusCode).toBe(403);

    const up = await patch(tech.id, 'owner');
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ id: tech.id, role: 'owner', status: 'active' });
    // The session was signed as a technician; its rights follow the role the database has now.
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(tech.token) })).statusCode).toBe(200);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer(tech.token) })).json().role).toBe('owner');

    const down = await patch(tech.id, 'technician');
    expect(down.json()).toMatchObject({ role: 'technician' });
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer(tech.token) })).statusCode).toBe(403);
    // The same role again changes nothing and is not an error.
    expect((await patch(tech.id, 'technician')).statusCode).toBe(200);
  });

  it('refuses the last owner, an invited user, bad roles and unknown users, changing nothing', async () => {
    const owners = async () => (await hub.tdb.db.query<{ id: string }>("SELECT id FROM users WHERE role = 'owner' ORDER BY id")).rows.map((r) => r.id);
    const before = await owners();
    expect(before).toEqual([ownerId]);
    const last = await patch(ownerId, 'technician');
    expect([last.statusCode, last.json().error.code]).toEqual([409, 'CONFLICT']);
    expect(last.json().error.message).toMatch(/at least one owner/);

    const invited = await invite('not-yet@example.com', ownerAuth);
    const pending = await patch(invited.user.id, 'owner');
    expect([pending.statusCode, pending.json().error.code]).toEqual([409, 'CONFLICT']);
    expect(pending.json().error.message).toMatch(/not joined yet/);

    for (const role of ['admin', '', null, 7]) {
      const bad = await patch(invited.user.id, role);
      expect([bad.statusCode, bad.json().error.code], String(role)).toEqual([400, 'VALIDATION_FAILED']);
    }
    const extra = await hub.app.inject({ method: 'PATCH', url: `/api/v1/users/${invited.user.id}`, headers: ownerAuth, payload: { role: 'owner', email: 'x@example.com' } });
    expect(extra.statusCode).toBe(400);
    expect((await patch(randomUUID(), 'owner')).statusCode).toBe(404);
    expect(await owners()).toEqual(before);
    const roles = await hub.tdb.db.query<{ role: string }>('SELECT role FROM users WHERE id = $1', [invited.user.id]);
    expect(roles.rows[0]!.role).toBe('technician');
  });

  it('a technician cannot change roles, not even their own (403)', async () => {
    const tech = await technician('ambitious@example.com', ownerAuth);
    const r = await patch(tech.id, 'owner', bearer(tech.token));
    expect([r.statusCode, r.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await hub.tdb.db.query<{ role: string }>('SELECT role FROM users WHERE id = $1', [tech.id])).rows[0]!.role).toBe('technician');
  });

  it('two owners demoting each other at once leave one owner', async () => {
    const a = await technician('owner-a@example.com', ownerAuth);
    const b = await technician('owner-b@example.com', ownerAuth);
    expect((await patch(a.id, 'owner')).statusCode).toBe(200);
    expect((await patch(b.id, 'owner')).statusCode).toBe(200);
    expect((await patch(ownerId, 'technician')).statusCode).toBe(200);
    const [x, y] = await Promise.all([patch(b.id, 'technician', bearer(a.token)), patch(a.id, 'technician', bearer(b.token))]);
    // Whichever request is second finds its own caller demoted by the first: refused as a
    // technician (whether at the door or under the lock), never carried out.
    expect([x.statusCode, y.statusCode].sort()).toEqual([200, 403]);
    expect((await hub.tdb.db.query("SELECT 1 FROM users WHERE role = 'owner'")).rowCount).toBe(1);
    // Back to the suite's single owner, so the tests after this one start from the usual state.
    const survivor = x.statusCode === 200 ? a : b;
    expect((await patch(ownerId, 'owner', bearer(survivor.token))).statusCode).toBe(200);
    expect((await patch(survivor.id, 'technician')).statusCode).toBe(200);
  });
});

describe('a removal seen from another hub process', () => {
  it('refuses the removed user’s session there once its short cache has passed', async () => {
    const { buildApp } = await import('../src/app.js');
    const { parseConfig } = await import('../src/config.js');
    const { loadSecrets } = await import('../src/modules/settings/secrets.js');
    const { createSettingsRepository } = await import('../src/modules/settings/settings.repository.js');
    const { ACTIVE_USER_CACHE_MS } = await import('../src/modules/users/active-users.js');
    const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url, UI_DIST_DIR: '/nonexistent' });
    const second = await buildApp({ config, db: hub.tdb.db, clock: hub.clock, secrets: await loadSecrets(createSettingsRepository(hub.tdb.db), hub.clock) });
    try {
      const owner = (await hub.tdb.db.query<{ id: string }>("SELECT id FROM users WHERE role = 'owner' LIMIT 1")).rows[0]!.id;
      const ownerAuth = bearer(hub.app.jwt.sign({ sub: owner, email: 'o@example.com', role: 'owner' }));
      const inv = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: ownerAuth, payload: { email: 'elsewhere@example.com', role: 'technician' } });
      const accepted = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: tokenOf(inv.json().invite_url), password: 'elsewhere password' } });
      const session = bearer(accepted.json().token);
      expect((await second.inject({ method: 'GET', url: '/api/v1/sites', headers: session })).statusCode).toBe(200);
      expect((await hub.app.inject({ method: 'DELETE', url: `/api/v1/users/${inv.json().user.id}`, headers: ownerAuth })).statusCode).toBe(204);
      hub.clock.advance(ACTIVE_USER_CACHE_MS);
      const r = await second.inject({ method: 'GET', url: '/api/v1/sites', headers: session });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe('UNAUTHENTICATED');

      // Inside the cache window an owner demoted on the first process still passes the second's door,
      // but user management re-reads the caller's role under its lock and changes nothing.
      const inv2 = await hub.app.inject({ method: 'POST', url: '/api/v1/users', headers: ownerAuth, payload: { email: 'partner2@example.com', role: 'technician' } });
      const partner = await hub.app.inject({ method: 'POST', url: '/api/v1/users/invites/accept', payload: { token: tokenOf(inv2.json().invite_url), password: 'partner password' } });
      const partnerId = inv2.json().user.id as string;
      const partnerSession = bearer(partner.json().token);
      expect((await hub.app.inject({ method: 'PATCH', url: `/api/v1/users/${partnerId}`, headers: ownerAuth, payload: { role: 'owner' } })).statusCode).toBe(200);
      expect((await second.inject({ method: 'GET', url: '/api/v1/users', headers: partnerSession })).statusCode).toBe(200);
      expect((await hub.app.inject({ method: 'PATCH', url: `/api/v1/users/${partnerId}`, headers: ownerAuth, payload: { role: 'technician' } })).statusCode).toBe(200);
      const stale = await second.inject({ method: 'PATCH', url: `/api/v1/users/${owner}`, headers: partnerSession, payload: { role: 'technician' } });
      expect([stale.statusCode, stale.json().error.code]).toEqual([403, 'FORBIDDEN']);
      const gone = await second.inject({ method: 'DELETE', url: `/api/v1/users/${owner}`, headers: partnerSession });
      expect(gone.statusCode).toBe(403);
      const roles = await hub.tdb.db.query<{ id: string; role: string }>('SELECT id, role FROM users WHERE id = ANY($1) ORDER BY id', [[owner, partnerId]]);
      expect(Object.fromEntries(roles.rows.map((u) => [u.id, u.role]))).toEqual({ [owner]: 'owner', [partnerId]: 'technician' });
    } finally {
      await second.close();
    }
  });
});
