import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../src/config.js';
import { createChecker } from '../src/modules/uptime/checker.js';
import { createUptimeScheduler, type UptimeScheduler } from '../src/modules/uptime/scheduler.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { startSmtp, startTargets, startWebhook } from './helpers/uptime-fixtures.js';

let hub: TestHub;
let targets: Awaited<ReturnType<typeof startTargets>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let hook: Awaited<ReturnType<typeof startWebhook>>;
let badHook: Awaited<ReturnType<typeof startWebhook>>;
let scheduler: UptimeScheduler;
let clientId: string;

const MIN = 60_000;
const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload === undefined ? {} : { payload: payload as object }) });
const db = () => hub.tdb.db;

/** A site with a monitor; other tests' sites are paused so each test only sees its own. */
async function monitoredSite(url: string, settings: Record<string, unknown> = {}) {
  await db().query('UPDATE monitors SET paused = true');
  const siteId = await hub.createSite(clientId, url);
  const r = await api('PUT', `/sites/${siteId}/monitor`, { interval_s: 60, ...settings });
  expect(r.statusCode, r.body).toBe(200);
  // Due now, so the tests know exactly when each check runs.
  await db().query('UPDATE monitors SET next_check_at = $2 WHERE site_id = $1', [siteId, hub.clock.now()]);
  return siteId;
}
const checksOf = async (siteId: string) => (await api('GET', `/sites/${siteId}/checks?limit=100`)).json().items as { status: string; error_class: string | null; suppressed: boolean; checked_at: string }[];
const incidentsOf = async (siteId: string) => (await api('GET', `/sites/${siteId}/incidents`)).json().items as { kind: string; cause: string; started_at: string; resolved_at: string | null; duration_s: number | null }[];
const step = async (ms: number) => {
  hub.clock.advance(ms);
  return scheduler.tick();
};

beforeAll(async () => {
  [targets, smtp, hook, badHook] = await Promise.all([startTargets(), startSmtp(), startWebhook(), startWebhook()]);
  badHook.state.failing = true;
  const overrides: Partial<Config> = { smtpUrl: smtp.url, alertEmailFrom: 'hub@retainer.test', alertEmailTo: 'freelancer@retainer.test' };
  // Real time at the start: the certificates' validity is judged against it.
  hub = await buildTestHub({ config: overrides });
  const config = parseConfig({ LOG_LEVEL: 'silent' }, overrides);
  scheduler = createUptimeScheduler({ db: hub.tdb.db, clock: hub.clock, config, checker: createChecker({ tls: { ca: targets.ca } }) });
  clientId = await hub.createClient();
  for (const [name, type, config] of [
    ['Freelancer mail', 'email', {}],
    ['Automation', 'webhook', { url: `${hook.url}/alerts` }],
    ['Broken receiver', 'webhook', { url: `${badHook.url}/alerts` }],
  ] as const) {
    const r = await api('POST', '/alert-channels', { name, type, config });
    expect(r.statusCode, r.body).toBe(201);
  }
});
afterAll(async () => {
  await scheduler?.stop();
  await hub?.close();
  await Promise.all([targets?.close(), smtp?.close(), hook?.close(), badHook?.close()]);
});

describe('incidents and alerts', () => {
  it('confirms before declaring down, opens one incident, alerts once, recovers once with the right duration', async () => {
    const siteId = await monitoredSite(`${targets.http}/flaky`);
    const t0 = hub.clock.now().getTime();
    expect((await scheduler.tick()).checks).toBe(1);
    expect((await api('GET', `/sites/${siteId}/monitor`)).json()).toMatchObject({ status: 'up', consecutive_failures: 0 });

    targets.setFlaky(false);
    await step(MIN); // first failure at t0+60 s: not confirmed yet, re-check in 20 s
    expect(await incidentsOf(siteId)).toHaveLength(0);
    const m = (await api('GET', `/sites/${siteId}/monitor`)).json();
    expect(m).toMatchObject({ status: 'up', consecutive_failures: 1 });
    expect(new Date(m.next_check_at).getTime()).toBe(t0 + MIN + 20_000);
    expect(smtp.messages).toHaveLength(0);

    await step(10_000);
    expect((await scheduler.tick()).checks).toBe(0); // nothing due before the re-check
    await step(10_000); // confirming failure at t0+80 s
    let incidents = await incidentsOf(siteId);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ kind: 'down', cause: 'status', started_at: new Date(t0 + MIN).toISOString(), resolved_at: null });
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toMatch(/DOWN/);
    expect((smtp.messages[0]!.to as { text: string }).text).toBe('freelancer@retainer.test');
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]!.body).toMatchObject({ event: 'opened', kind: 'down', site: { id: siteId } });

    // Still down for several more checks: no new incident, no new alert.
    for (let i = 0; i < 3; i++) await step(MIN);
    expect(await incidentsOf(siteId)).toHaveLength(1);
    expect(smtp.messages).toHaveLength(1);
    expect(hook.received).toHaveLength(1);

    targets.setFlaky(true);
    const recoveredAt = hub.clock.now().getTime() + MIN;
    await step(MIN);
    incidents = await incidentsOf(siteId);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.resolved_at).toBe(new Date(recoveredAt).toISOString());
    expect(incidents[0]!.duration_s).toBe((recoveredAt - (t0 + MIN)) / 1000);
    expect(smtp.messages).toHaveLength(2);
    expect(smtp.messages[1]!.subject).toMatch(/back UP/);
    expect(hook.received.map((h) => (h.body as { event: string }).event)).toEqual(['opened', 'resolved']);
    await step(MIN);
    expect(smtp.messages).toHaveLength(2);

    const checks = await checksOf(siteId);
    expect(checks.filter((c) => c.status === 'down')).toHaveLength(5);
    expect(checks.filter((c) => c.status === 'down').every((c) => c.error_class === 'status')).toBe(true);
  });

  it("refuses an email channel addressed to a client's contact", async () => {
    const r = await api('POST', '/alert-channels', { name: 'Client inbox', type: 'email', config: { to: 'owner@bakery.example' } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/never to a client/) });
  });

  it('a failing webhook is retried with backoff and its failure is visible', async () => {
    const failed = (await api('GET', '/alert-deliveries?status=pending')).json();
    const broken = failed.items.filter((d: { channel_name: string }) => d.channel_name === 'Broken receiver');
    expect(broken).toHaveLength(2); // the "down" and the "recovered" of the incident above
    for (const d of broken) {
      expect(d.attempts).toBeGreaterThanOrEqual(1);
      expect(d.last_error).toMatch(/HTTP 500/);
      expect(d.next_attempt_at).not.toBeNull();
    }
    const before = broken.reduce((n: number, d: { attempts: number }) => n + d.attempts, 0);
    await step(2 * 3_600_000); // past any backoff
    const after = (await api('GET', '/alert-deliveries?status=pending')).json().items.filter((d: { channel_name: string }) => d.channel_name === 'Broken receiver');
    expect(after.reduce((n: number, d: { attempts: number }) => n + d.attempts, 0)).toBe(before + 2);

    badHook.state.failing = false;
    await step(2 * 3_600_000);
    const delivered = (await api('GET', '/alert-deliveries?status=delivered')).json().items.filter((d: { channel_name: string }) => d.channel_name === 'Broken receiver');
    expect(delivered).toHaveLength(2);
    expect(badHook.received).toHaveLength(2);
    // The other channels were not sent again.
    expect(smtp.messages).toHaveLength(2);
    expect(hook.received).toHaveLength(2);
  });

  it('maintenance windows suppress incidents; paused monitors are not checked', async () => {
    const siteId = await monitoredSite(targets.closed);
    const now = hub.clock.now();
    const w = await api('POST', `/sites/${siteId}/maintenance-windows`, { starts_at: new Date(now.getTime() - 1000).toISOString(), ends_at: new Date(now.getTime() + 10 * MIN).toISOString(), reason: 'updates' });
    expect(w.statusCode, w.body).toBe(201);
    await scheduler.tick();
    for (let i = 0; i < 4; i++) await step(MIN);
    let checks = await checksOf(siteId);
    expect(checks).toHaveLength(5);
    expect(checks.every((c) => c.suppressed && c.status === 'down' && c.error_class === 'connect')).toBe(true);
    expect(await incidentsOf(siteId)).toHaveLength(0);

    expect((await api('DELETE', `/sites/${siteId}/maintenance-windows/${w.json().id}`)).statusCode).toBe(204);
    await step(MIN);
    await step(20_000);
    expect(await incidentsOf(siteId)).toMatchObject([{ kind: 'down', cause: 'connect' }]);

    expect((await api('PUT', `/sites/${siteId}/monitor`, { paused: true })).statusCode).toBe(200);
    const count = (await checksOf(siteId)).length;
    for (let i = 0; i < 3; i++) await step(MIN);
    checks = await checksOf(siteId);
    expect(checks).toHaveLength(count);
  });

  it('a certificate expiring within 14 days warns once and marks the site degraded', async () => {
    const mailsBefore = smtp.messages.length;
    const siteId = await monitoredSite(`${targets.httpsSoon}/`);
    await scheduler.tick();
    for (let i = 0; i < 3; i++) await step(MIN);
    const checks = await checksOf(siteId);
    expect(checks.every((c) => c.status === 'degraded')).toBe(true);
    expect(await incidentsOf(siteId)).toMatchObject([{ kind: 'tls_expiring', resolved_at: null }]);
    const tlsMails = smtp.messages.slice(mailsBefore);
    expect(tlsMails).toHaveLength(1);
    expect(tlsMails[0]!.subject).toMatch(/TLS certificate expires soon/);
  });

  it('an agent that stops reporting while HTTP answers opens an "agent silent" incident, closed when it reports again', async () => {
    await db().query('UPDATE monitors SET paused = true');
    const agent = await hub.enrolledAgent({ clientId, url: `${targets.http}/ok` });
    const siteId = agent.siteId!;
    await api('PUT', `/sites/${siteId}/monitor`, {});
    await db().query('UPDATE monitors SET next_check_at = $2 WHERE site_id = $1', [siteId, hub.clock.now()]);
    await scheduler.tick();
    expect(await incidentsOf(siteId)).toHaveLength(0);
    // Default REPORT_INTERVAL_S is 1 h and the factor 3: silent after 3 h without a report.
    await step(3 * 3_600_000 + MIN);
    expect(await incidentsOf(siteId)).toMatchObject([{ kind: 'agent_silent', resolved_at: null }]);
    await db().query('UPDATE sites SET last_report_at = $2 WHERE id = $1', [siteId, hub.clock.now()]);
    await step(MIN);
    expect(await incidentsOf(siteId)).toMatchObject([{ kind: 'agent_silent' }]);
    expect((await incidentsOf(siteId))[0]!.resolved_at).not.toBeNull();
  });
});
