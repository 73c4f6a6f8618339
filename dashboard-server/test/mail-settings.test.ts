import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../src/app.js';
import { parseConfig, type Config } from '../src/config.js';
import { hashPassword } from '../src/lib/passwords.js';
import { loadSecrets } from '../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../src/modules/settings/settings.repository.js';
import { OWNER, buildTestHub, type TestHub } from './helpers/app.js';

const USER = 'alice@mail.example';
const PASS = 'p@ss/word 42&x';
const credentialsUrl = (port: number) => `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(PASS)}@127.0.0.1:${port}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');
/** Every way the credentials could leak into a response. */
const LEAKS = [USER, PASS, encodeURIComponent(USER), encodeURIComponent(PASS), b64(USER), b64(PASS), b64(`\0${USER}\0${PASS}`), 'p@ss', 'alice'];

/** A real SMTP receiver that requires AUTH; it names the unknown user in its refusal, as some servers do. */
async function startSmtp() {
  const messages: ParsedMail[] = [];
  const state = { rejectData: false, logins: [] as string[], received: 0 };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASS) {
        state.logins.push(auth.username);
        return callback(null, { user: auth.username });
      }
      return callback(Object.assign(new Error(`Authentication failed for ${auth.username} with ${auth.password}`), { responseCode: 535 }));
    },
    onData(stream, _session, callback) {
      state.received++;
      if (state.rejectData) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 })));
        return;
      }
      simpleParser(stream)
        .then((m) => messages.push(m))
        .then(() => callback(), callback);
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  return { port, messages, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port nothing listens on: bound, noted, released. */
async function closedPort(): Promise<number> {
  const s = createServer();
  const port = await new Promise<number>((resolve) => s.listen(0, '127.0.0.1', () => resolve((s.address() as AddressInfo).port)));
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

const addresses = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) => a.value.map((v) => v.address));

let hub: TestHub;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
const apps: App[] = [];

/** Another hub process on the same database and clock with different SMTP settings; the owner's token still works. */
async function hubWith(config: Partial<Config>): Promise<App> {
  const secrets = await loadSecrets(createSettingsRepository(hub.tdb.db), hub.clock);
  const app = await buildApp({ config: parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url, UI_DIST_DIR: '/nonexistent' }, config), db: hub.tdb.db, clock: hub.clock, secrets });
  apps.push(app);
  return app;
}
/** Another account on the hub, signed in through the real login route. */
async function signIn(email: string, role: 'owner' | 'technician'): Promise<Record<string, string>> {
  const password = 'another long password';
  await hub.tdb.db.query('INSERT INTO users (id, email, password_hash, role, created_at) VALUES (gen_random_uuid(), $1, $2, $3, now())', [email, await hashPassword(password), role]);
  const r = await hub.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (r.statusCode !== 200) throw new Error(`login ${email}: ${r.statusCode} ${r.body}`);
  return { authorization: `Bearer ${r.json().token}` };
}
const call = (app: App, method: 'GET' | 'POST', url: string, payload?: unknown, auth: Record<string, string> = hub.auth) =>
  app.inject({ method, url: `/api/v1${url}`, headers: auth, ...(payload !== undefined ? { payload: payload as object } : {}) });

beforeAll(async () => {
  smtp = await startSmtp();
  hub = await buildTestHub({ start: '2026-11-20T10:00:00Z', config: { smtpUrl: credentialsUrl(smtp.port), reportFrom: 'reports@freelancer.example', publicUrl: 'https://hub.example' } });
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await hub?.close();
  await smtp?.close();
});

describe('GET /settings/email', () => {
  it('shows host, port, TLS mode and senders, never the user or the password', async () => {
    const r = await call(hub.app, 'GET', '/settings/email');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      configured: true,
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      authenticated: true,
      from: 'reports@freelancer.example',
      senders: [
        { purpose: 'reports', address: 'reports@freelancer.example', variable: 'REPORT_FROM', placeholder: false },
        { purpose: 'alerts', address: 'retainer-hub@localhost', variable: 'ALERT_EMAIL_FROM', placeholder: true },
        { purpose: 'billing', address: 'retainer-hub@localhost', variable: 'BILLING_EMAIL_FROM', placeholder: true },
      ],
    });
    for (const leak of LEAKS) expect(r.body).not.toContain(leak);
  });

  it('says plainly when SMTP_URL is unset, and reads smtps:// as implicit TLS on 465', async () => {
    const none = await call(await hubWith({ smtpUrl: undefined }), 'GET', '/settings/email');
    expect(none.json()).toMatchObject({ configured: false, host: null, port: null, secure: null, authenticated: false, from: null });
    const tls = await call(await hubWith({ smtpUrl: 'smtps://mail.example.net', alertEmailFrom: 'ops@freelancer.example' }), 'GET', '/settings/email');
    expect(tls.json()).toMatchObject({ configured: true, host: 'mail.example.net', port: 465, secure: true, authenticated: false });
    expect(tls.json().senders[1]).toEqual({ purpose: 'alerts', address: 'ops@freelancer.example', variable: 'ALERT_EMAIL_FROM', placeholder: false });
  });

  it('needs a signed-in user', async () => {
    const r = await call(hub.app, 'GET', '/settings/email', undefined, {});
    expect(r.statusCode).toBe(401);
    expect(r.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('POST /settings/email/test', () => {
  it("sends to the signed-in user's address by default, through the authenticated server, and returns its reply", async () => {
    const before = smtp.messages.length;
    const r = await call(hub.app, 'POST', '/settings/email/test');
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ delivered: true, to: OWNER.email, from: 'reports@freelancer.example' });
    expect(body.response).toMatch(/^250 /);
    expect(smtp.messages).toHaveLength(before + 1);
    const mail = smtp.messages.at(-1)!;
    expect(addresses(mail)).toEqual([OWNER.email]);
    expect(mail.from?.value[0]?.address).toBe('reports@freelancer.example');
    expect(mail.subject).toBe('Retainer test email');
    expect(mail.headers.get('x-retainer-test')).toBe('1');
    expect(mail.text).toContain('https://hub.example');
    expect(mail.text).toContain('2026-11-20T10:00:00.000Z');
    expect(smtp.state.logins.at(-1)).toBe(USER);
  });

  it('sends to the address given in the body', async () => {
    const r = await call(hub.app, 'POST', '/settings/email/test', { to: 'me@freelancer.example' });
    expect(r.statusCode).toBe(200);
    expect(r.json().to).toBe('me@freelancer.example');
    expect(addresses(smtp.messages.at(-1)!)).toEqual(['me@freelancer.example']);
  });

  it('refuses a bad address or an unknown field with 400 and sends nothing', async () => {
    const before = smtp.state.received;
    for (const payload of [{ to: 'not-an-email' }, { to: '' }, { to: 'a@b.example', cc: 'x@y.example' }, { to: 42 }]) {
      const r = await call(hub.app, 'POST', '/settings/email/test', payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    const malformed = await hub.app.inject({ method: 'POST', url: '/api/v1/settings/email/test', headers: { ...hub.auth, 'content-type': 'application/json' }, payload: '{"to":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');
    expect(smtp.state.received).toBe(before);
  });

  it('needs a signed-in user and sends nothing without one', async () => {
    const before = smtp.state.received;
    const r = await call(hub.app, 'POST', '/settings/email/test', { to: 'me@freelancer.example' }, { authorization: 'Bearer not-a-token' });
    expect(r.statusCode).toBe(401);
    expect(smtp.state.received).toBe(before);
  });

  it('is for owners: a technician gets 403 and nothing is sent', async () => {
    const tech = await signIn('tech@freelancer.example', 'technician');
    const before = smtp.state.received;
    const r = await call(hub.app, 'POST', '/settings/email/test', {}, tech);
    expect(r.statusCode).toBe(403);
    expect(r.json().error.code).toBe('FORBIDDEN');
    expect(smtp.state.received).toBe(before);
  });

  it('answers 409 SMTP_NOT_CONFIGURED when the hub has no SMTP_URL', async () => {
    const r = await call(await hubWith({ smtpUrl: undefined }), 'POST', '/settings/email/test', {});
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('SMTP_NOT_CONFIGURED');
    expect(r.json().error.message).toContain('SMTP_URL');
  });

  it('answers 502 SMTP_FAILED with the server reason when the login is refused, and no credential leaks', async () => {
    const before = smtp.state.received;
    const wrong = `smtp://${encodeURIComponent(USER)}:${encodeURIComponent(`${PASS}-old`)}@127.0.0.1:${smtp.port}`;
    const r = await call(await hubWith({ smtpUrl: wrong }), 'POST', '/settings/email/test', {});
    expect(r.statusCode).toBe(502);
    const { code, message } = r.json().error;
    expect(code).toBe('SMTP_FAILED');
    // The server's refusal (535 and its text) reaches the user; the user name and password it echoed do not.
    expect(message).toContain('535');
    expect(message).toContain('Authentication failed for');
    // The server did echo them: they were there, and were hidden.
    expect(message).toMatch(/Authentication failed for •••• with ••••/);
    for (const leak of [...LEAKS, `${PASS}-old`, b64(`\0${USER}\0${PASS}-old`)]) expect(r.body).not.toContain(leak);
    expect(smtp.state.received).toBe(before);
  });

  it('answers 502 SMTP_FAILED when nothing listens on the port, without the URL or credentials', async () => {
    const port = await closedPort();
    const r = await call(await hubWith({ smtpUrl: credentialsUrl(port) }), 'POST', '/settings/email/test', {});
    expect(r.statusCode).toBe(502);
    expect(r.json().error.code).toBe('SMTP_FAILED');
    expect(r.json().error.message).toMatch(/ECONNREFUSED/);
    for (const leak of LEAKS) expect(r.body).not.toContain(leak);
  });

  it('answers 502 SMTP_FAILED when the server refuses the message itself', async () => {
    smtp.state.rejectData = true;
    try {
      const before = smtp.messages.length;
      const r = await call(hub.app, 'POST', '/settings/email/test', {});
      expect(r.statusCode).toBe(502);
      expect(r.json().error).toMatchObject({ code: 'SMTP_FAILED' });
      expect(r.json().error.message).toMatch(/451.*Mailbox temporarily unavailable/);
      expect(smtp.messages).toHaveLength(before);
    } finally {
      smtp.state.rejectData = false;
    }
  });

  it('allows 10 test emails a minute per user, then 429 and nothing more is sent', async () => {
    const app = await hubWith({ smtpUrl: credentialsUrl(smtp.port) });
    const before = smtp.messages.length;
    for (let i = 0; i < 10; i++) expect((await call(app, 'POST', '/settings/email/test', { to: `n${i}@freelancer.example` })).statusCode).toBe(200);
    const over = await call(app, 'POST', '/settings/email/test', { to: 'n10@freelancer.example' });
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe('RATE_LIMITED');
    expect(smtp.messages).toHaveLength(before + 10);
    // Reading the settings is not limited, and the budget is per user: another owner can still send.
    expect((await call(app, 'GET', '/settings/email')).statusCode).toBe(200);
    const other = await signIn('partner@freelancer.example', 'owner');
    expect((await call(app, 'POST', '/settings/email/test', {}, other)).statusCode).toBe(200);
    expect(addresses(smtp.messages.at(-1)!)).toEqual(['partner@freelancer.example']);
  });
});
