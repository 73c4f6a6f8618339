import type { ParsedMail } from 'mailparser';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createPostgresDatabase } from '../src/db/postgres.js';
import type { Database } from '../src/db/index.js';
import { createReportLinks } from '../src/modules/reports/report-link.js';
import { createReportsScheduler } from '../src/modules/reports/reports.scheduler.js';
import { loadSecrets } from '../src/modules/settings/secrets.js';
import { createSettingsRepository } from '../src/modules/settings/settings.repository.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { MONTH, expectedFigures, insertPlan, rollUpSomeDays, seedClient, startAlertWebhook, startReportSmtp, type SeededClient } from './helpers/reports-fixtures.js';

let hub: TestHub;
let smtp: Awaited<ReturnType<typeof startReportSmtp>>;
let webhook: Awaited<ReturnType<typeof startAlertWebhook>>;
let secondDb: Database;
let auto: SeededClient;
let approval: SeededClient;
let noPlan: SeededClient;
let jwtSecret: string;
type Scheduler = ReturnType<typeof createReportsScheduler>;
let s1: Scheduler;
let s2: Scheduler;

const silent = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, fatal() {}, child() { return silent; }, level: 'silent', silent() {} } as never;
const api = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload !== undefined ? { payload: payload as object } : {}) });
const reportOf = async (clientId: string, month = MONTH) => (await api('GET', `/reports?client_id=${clientId}&month=${month}`)).json().items[0];
const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0]!.text : m.to!.text);
const mailsTo = (email: string) => smtp.messages.filter((m) => to(m) === email);

beforeAll(async () => {
  smtp = await startReportSmtp();
  webhook = await startAlertWebhook();
  // 00:30 on 1 December in Paris is still 30 November in UTC: the report zone decides the month.
  hub = await buildTestHub({ start: '2026-11-30T23:30:00Z', config: { smtpUrl: smtp.url, reportTimezone: 'Europe/Paris', reportMaxAttempts: 3, publicUrl: 'https://hub.example' } });
  const db = hub.tdb.db;
  const autoPlan = await insertPlan(db, 'Auto', { mode: 'auto_send', includedMinutes: 90, restores: 1, repairs: 1 });
  const approvalPlan = await insertPlan(db, 'Reviewed', { mode: 'needs_approval', includedMinutes: 60, restores: 0, repairs: 1 });
  auto = await seedClient(db, { name: 'Acme Bakery', email: 'owner@acme.example', locale: 'en', planId: autoPlan, siteCount: 2 });
  approval = await seedClient(db, { name: 'Boulangerie Dupont', email: 'contact@dupont.example', locale: 'fr', planId: approvalPlan, siteCount: 1 });
  noPlan = await seedClient(db, { name: 'Panificio Rossi', email: 'info@rossi.example', locale: 'it', planId: null, siteCount: 1 });
  await rollUpSomeDays(db);
  jwtSecret = (await loadSecrets(createSettingsRepository(db), hub.clock)).jwtSecret;
  // Two hub processes: separate connection pools on the same database, the same clock.
  secondDb = createPostgresDatabase(hub.tdb.url, { max: 3 });
  const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, { smtpUrl: smtp.url, reportTimezone: 'Europe/Paris', reportMaxAttempts: 3, publicUrl: 'https://hub.example' });
  s1 = createReportsScheduler({ db, clock: hub.clock, config, secrets: { jwtSecret }, log: silent });
  s2 = createReportsScheduler({ db: secondDb, clock: hub.clock, config, secrets: { jwtSecret }, log: silent });
  await db.query("INSERT INTO alert_channels (id, name, type, config, created_at, updated_at) VALUES (gen_random_uuid(), 'ops', 'webhook', $1::jsonb, now(), now())", [JSON.stringify({ url: webhook.url })]);
});
afterAll(async () => {
  await s1?.stop();
  await s2?.stop();
  await secondDb?.close();
  await hub?.close();
  await smtp?.close();
  await webhook?.close();
});

describe('the monthly job', () => {
  it('does nothing before the 1st in the report zone, then makes the previous month only, once, across two processes ticking twice', async () => {
    hub.clock.set('2026-11-30T22:30:00Z'); // 23:30 in Paris, 30 November
    await Promise.all([s1.tick(), s2.tick()]);
    expect((await api('GET', '/reports')).json().total).toBe(0);

    hub.clock.set('2026-11-30T23:30:00Z'); // 00:30 in Paris, 1 December
    await Promise.all([s1.tick(), s2.tick(), s1.tick(), s2.tick()]);
    await Promise.all([s1.tick(), s2.tick()]);
    const list = (await api('GET', '/reports')).json();
    expect(list.total).toBe(3);
    expect(new Set(list.items.map((r: { month: string }) => r.month))).toEqual(new Set([MONTH]));
    const runs = await hub.tdb.db.query("SELECT period FROM job_runs WHERE job = 'reports_monthly'");
    expect(runs.rows).toEqual([{ period: MONTH }]);

    // auto_send: delivered once; needs_approval and "no plan": waiting, nothing sent.
    expect(mailsTo(auto.email)).toHaveLength(1);
    expect(smtp.messages).toHaveLength(1);
    expect((await reportOf(auto.clientId)).status).toBe('sent');
    expect((await reportOf(approval.clientId)).status).toBe('needs_approval');
    expect((await reportOf(noPlan.clientId)).status).toBe('needs_approval');
  });

  it('a restart later in the month does not make the month again; the next 1st makes the next month', async () => {
    hub.clock.set('2026-12-03T10:00:00Z');
    await s1.tick();
    hub.clock.set('2026-12-15T10:00:00Z');
    await s2.tick();
    expect((await api('GET', '/reports')).json().total).toBe(3);
    hub.clock.set('2026-12-31T23:10:00Z'); // 00:10 on 1 January in Paris
    await Promise.all([s1.tick(), s2.tick()]);
    const dec = (await api('GET', '/reports?month=2026-12')).json();
    expect(dec.total).toBe(3);
    expect(mailsTo(auto.email)).toHaveLength(2);
    expect((await api('GET', '/reports?month=2026-10')).json().total).toBe(0);
    hub.clock.set('2027-01-01T10:00:00Z');
  });
});

describe('the email', () => {
  it('has an HTML part, a text part, the chart inline by CID, a PDF naming the client and the uptime figure, and the web link', async () => {
    const m = mailsTo(auto.email)[0]!;
    const report = await reportOf(auto.clientId);
    const x = expectedFigures(auto);
    // No business name set: the report's own title stands in for it.
    expect(m.subject).toBe('Website care report: your website report for November 2026');
    expect(m.html).toBeTruthy();
    expect(m.text).toContain('Hello Acme Bakery,');
    const chart = m.attachments.find((a) => a.contentType === 'image/png')!;
    expect(chart).toBeTruthy();
    expect(chart.contentId).toBeTruthy();
    expect(chart.content.subarray(1, 4).toString()).toBe('PNG');
    expect(m.html as string).toContain(`src="cid:${chart.contentId!.replace(/[<>]/g, '')}"`);

    const pdf = m.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.filename).toBe(`report-${MONTH}.pdf`);
    const parser = new PDFParse({ data: new Uint8Array(pdf.content) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain('Acme Bakery');
    // The month's uptime in the client's locale, computed here from the seeded checks. The report
    // zone is Paris, so the month starts one hour earlier than the UTC fixture month: compare with
    // the figure the hub stored for that period and check it is the one the PDF prints.
    const stored = (await api('GET', `/reports/${report.id}`)).json().data.totals.uptime_pct as number;
    expect(Math.abs(stored - x.uptime_pct)).toBeLessThan(0.5);
    expect(text).toContain(new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(stored / 100));

    const link = /href="(https:\/\/hub\.example\/r\/[A-Za-z0-9_-]+)"/.exec(m.html as string)![1]!;
    expect(m.text).toContain(link);
    const page = await hub.app.inject({ method: 'GET', url: link.replace('https://hub.example', '') });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Acme Bakery');
    expect(page.headers['cache-control']).toContain('no-store');
    expect(page.headers['x-robots-tag']).toContain('noindex');
  });

  it('approval queues the email: the next tick sends it, once, in French', async () => {
    const report = await reportOf(approval.clientId);
    const ok = await api('POST', `/reports/${report.id}/approve`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('approved');
    const again = await api('POST', `/reports/${report.id}/approve`);
    expect(again.statusCode).toBe(409);
    await Promise.all([s1.tick(), s2.tick()]);
    await s1.tick();
    const mails = mailsTo(approval.email).filter((m) => m.subject?.includes('novembre'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Rapport de maintenance du site : votre rapport de maintenance pour novembre 2026');
    expect(mails[0]!.text).toContain('Bonjour Boulangerie Dupont,');
    expect((await reportOf(approval.clientId)).status).toBe('sent');
  });
});

describe('delivery failures', () => {
  it('SMTP refusing → every attempt recorded with its SMTP answer, retried with backoff, delivered once', async () => {
    const report = await reportOf(noPlan.clientId);
    smtp.state.reject = true;
    expect((await api('POST', `/reports/${report.id}/approve`)).statusCode).toBe(200);
    await s1.tick();
    let r = await reportOf(noPlan.clientId);
    expect(r.status).toBe('approved');
    expect(r.delivery).toMatchObject({ status: 'pending', attempts: 1 });
    expect(r.delivery.last_error).toContain('451');
    // Not due yet: ticking again does not hammer the server.
    const received = smtp.state.received;
    await Promise.all([s1.tick(), s2.tick()]);
    expect(smtp.state.received).toBe(received);

    smtp.state.reject = false;
    hub.clock.advance(61_000);
    await Promise.all([s1.tick(), s2.tick()]);
    await s2.tick();
    r = await reportOf(noPlan.clientId);
    expect(r.status).toBe('sent');
    expect(mailsTo(noPlan.email).filter((m) => m.subject?.includes('novembre'))).toHaveLength(1);
    const log = (await api('GET', `/reports/${report.id}/deliveries`)).json().items;
    expect(log).toHaveLength(1);
    expect(log[0].attempts_log.map((a: { ok: boolean }) => a.ok)).toEqual([false, true]);
    expect(log[0].attempts_log[0].smtp_response).toContain('451');
    expect(log[0].attempts_log[1].smtp_response).toMatch(/^250/);
  });

  it('a delivery that keeps failing gives up loudly: failed status, flag and count in the list, an alert to the freelancer', async () => {
    const report = await reportOf(auto.clientId, '2026-12');
    expect(report.status).toBe('sent');
    smtp.state.reject = true;
    const resend = await api('POST', `/reports/${report.id}/resend`);
    expect(resend.statusCode).toBe(200);
    for (let i = 0; i < 3; i++) {
      hub.clock.advance(3_600_000);
      await s1.tick();
    }
    const list = (await api('GET', '/reports?month=2026-12')).json();
    const r = list.items.find((x: { id: string }) => x.id === report.id);
    // The client has the first email: the report stays sent, but the failed resend is flagged.
    expect(r.status, JSON.stringify(r)).toBe('sent');
    expect(r.delivery_failed, JSON.stringify(r)).toBe(true);
    expect(r.delivery).toMatchObject({ kind: 'resend', status: 'failed', attempts: 3 });
    expect(list.failed_total).toBe(1);
    expect(webhook.received.some((w) => w.title?.includes('Acme Bakery') && w.title.includes('could not be delivered'))).toBe(true);
    expect(r.delivery.alerted_at).not.toBeNull();

    // "send" after the problem is fixed tries it again.
    smtp.state.reject = false;
    const before = mailsTo(auto.email).length;
    const dec = await reportOf(approval.clientId, '2026-12');
    expect((await api('POST', `/reports/${dec.id}/approve`)).statusCode).toBe(200);
    smtp.state.reject = true;
    for (let i = 0; i < 3; i++) {
      hub.clock.advance(7 * 3_600_000);
      await s1.tick();
    }
    expect((await reportOf(approval.clientId, '2026-12')).status).toBe('failed');
    smtp.state.reject = false;
    const send = await api('POST', `/reports/${dec.id}/send`);
    expect(send.statusCode).toBe(200);
    expect(send.json().status).toBe('sent');
    expect(mailsTo(auto.email)).toHaveLength(before);
  });
  it('"send" delivers a report waiting in its retry backoff at once, but never races a send in flight', async () => {
    const report = await reportOf(noPlan.clientId, '2026-12');
    expect(report.status).toBe('needs_approval');
    smtp.state.reject = true;
    expect((await api('POST', `/reports/${report.id}/approve`)).statusCode).toBe(200);
    await s1.tick();
    expect((await reportOf(noPlan.clientId, '2026-12')).delivery).toMatchObject({ status: 'pending', attempts: 1 });
    smtp.state.reject = false;
    const before = mailsTo(noPlan.email).length;

    // Another process has just claimed it (its lease, not the backoff, sets next_attempt_at): hands off.
    await hub.tdb.db.query("UPDATE report_deliveries SET next_attempt_at = $2 WHERE report_id = $1 AND status = 'pending'", [report.id, new Date(hub.clock.now().getTime() + 300_000)]);
    const busy = await api('POST', `/reports/${report.id}/send`);
    expect(busy.statusCode).toBe(200);
    expect(busy.json().status).toBe('approved');
    expect(mailsTo(noPlan.email)).toHaveLength(before);

    // Back in its backoff (last attempt + 1 min): "send" delivers it now, once.
    await hub.tdb.db.query(
      `UPDATE report_deliveries d SET next_attempt_at = (SELECT max(at) FROM report_delivery_attempts a WHERE a.delivery_id = d.id) + interval '1 minute'
       WHERE report_id = $1 AND status = 'pending'`,
      [report.id],
    );
    const sent = await api('POST', `/reports/${report.id}/send`);
    expect(sent.json().status).toBe('sent');
    await Promise.all([s1.tick(), s2.tick()]);
    expect(mailsTo(noPlan.email)).toHaveLength(before + 1);
    expect((await api('POST', `/reports/${report.id}/send`)).json().error.details.reason).toBe('report_already_sent');
  });
});

describe('the web copy at /r/<token>', () => {
  const NOT_FOUND = async (path: string) => {
    const r = await hub.app.inject({ method: 'GET', url: path });
    return { status: r.statusCode, body: r.body };
  };

  it('valid → the report; tampered, expired, another report, a deleted report or garbage → one identical 404', async () => {
    const a = await reportOf(auto.clientId);
    const b = await reportOf(approval.clientId);
    const links = createReportLinks(jwtSecret);
    const now = hub.clock.now();
    const token = links.sign(a.id, new Date(now.getTime() + 86_400_000));
    const ok = await hub.app.inject({ method: 'GET', url: `/r/${token}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('Acme Bakery');
    expect(ok.body).not.toContain('Boulangerie Dupont');

    const reference = await NOT_FOUND(`/r/${'A'.repeat(70)}`);
    expect(reference.status).toBe(404);
    const raw = Buffer.from(token, 'base64url');
    const flipped = Buffer.from(raw);
    flipped[5]! ^= 0x10;
    const bToken = Buffer.from(links.sign(b.id, new Date(now.getTime() + 86_400_000)), 'base64url');
    const swapped = Buffer.concat([bToken.subarray(0, 16), raw.subarray(16)]);
    const expired = links.sign(a.id, new Date(now.getTime() - 1000));
    const forged = createReportLinks('another hub secret that is long enough').sign(a.id, new Date(now.getTime() + 86_400_000));
    for (const bad of [flipped.toString('base64url'), swapped.toString('base64url'), expired, forged, `${token}x`, 'x', '%00', token.slice(0, 40)]) {
      expect(await NOT_FOUND(`/r/${bad}`), bad).toEqual(reference);
    }

    // The token expires with time, and dies with its report.
    hub.clock.advance(86_400_000 + 1000);
    expect(await NOT_FOUND(`/r/${token}`)).toEqual(reference);
    hub.clock.advance(-(86_400_000 + 1000));
    const c = await reportOf(noPlan.clientId);
    const cToken = links.sign(c.id, new Date(now.getTime() + 86_400_000));
    expect((await hub.app.inject({ method: 'GET', url: `/r/${cToken}` })).statusCode).toBe(200);
    await hub.tdb.db.query('DELETE FROM monthly_reports WHERE id = $1', [c.id]);
    expect(await NOT_FOUND(`/r/${cToken}`)).toEqual(reference);
  });

  it('a report link is no API credential', async () => {
    const a = await reportOf(auto.clientId);
    const token = createReportLinks(jwtSecret).sign(a.id, new Date(hub.clock.now().getTime() + 86_400_000));
    const r = await hub.app.inject({ method: 'GET', url: `/api/v1/reports/${a.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(r.statusCode).toBe(401);
  });
});
