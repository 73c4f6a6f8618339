import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Queryable } from '../../src/db/index.js';
import { rollupDay } from '../../src/modules/uptime/uptime-stats.js';

/*
 * A seeded month for the report tests: every row is built here as plain data first, so the tests can
 * compute the expected figures from these arrays (not from SQL) and compare with what the hub reports.
 */

export const MONTH = '2026-11';
const T = (s: string) => new Date(s);

export interface SeededClient {
  clientId: string;
  name: string;
  email: string;
  locale: string;
  sites: { id: string; label: string; url: string }[];
  updates: { site: string; name: string; outcome: 'updated' | 'failed' | 'rolled_back' | 'skipped'; security: boolean; at: Date; from: string; to: string }[];
  backups: { site: string; at: Date; ok: boolean; offsite: boolean }[];
  checks: { site: string; at: Date; status: 'up' | 'down' | 'degraded'; ms: number; suppressed: boolean }[];
  incidents: { site: string; kind: 'down' | 'agent_silent'; cause: string; start: Date; end: Date | null }[];
  verdicts: { site: string; from: string | null; to: string; at: Date }[];
  work: { date: string; minutes: number; kind: 'work' | 'restore' | 'repair'; site: string | null; description: string }[];
}

export interface PlanSpec {
  mode: 'auto_send' | 'needs_approval';
  includedMinutes: number;
  restores: number;
  repairs: number;
  minutesRollOver?: boolean;
  allowancePeriod?: 'month' | 'year';
}

export async function insertPlan(db: Queryable, name: string, p: PlanSpec): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO plans (id, name, monthly_fee_cents, included_minutes, included_restores, included_repairs, report_mode, minutes_roll_over, allowance_period, created_at, updated_at)
     VALUES ($1, $2, 9900, $3, $4, $5, $6, $7, $8, '2026-01-01', '2026-01-01')`,
    [id, name, p.includedMinutes, p.restores, p.repairs, p.mode, p.minutesRollOver ?? false, p.allowancePeriod ?? 'month'],
  );
  return id;
}

/** One client with `siteCount` sites and a varied month of data around November 2026 (UTC). */
export async function seedClient(db: Queryable, o: { name: string; email: string; locale: string; planId: string | null; siteCount?: number; seed?: number }): Promise<SeededClient> {
  const clientId = randomUUID();
  await db.query("INSERT INTO clients (id, name, contact_email, locale, plan_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, '2026-01-01', '2026-01-01')", [
    clientId,
    o.name,
    o.email,
    o.locale,
    o.planId,
  ]);
  const seed = o.seed ?? 1;
  const c: SeededClient = { clientId, name: o.name, email: o.email, locale: o.locale, sites: [], updates: [], backups: [], checks: [], incidents: [], verdicts: [], work: [] };
  for (let i = 0; i < (o.siteCount ?? 2); i++) {
    const id = randomUUID();
    const label = `${o.name} site ${i + 1}`;
    const url = `https://s${i + 1}.${o.name.toLowerCase().replace(/[^a-z]/g, '')}.example`;
    await db.query("INSERT INTO sites (id, client_id, label, url, status, created_at, updated_at) VALUES ($1, $2, $3, $4, 'connected', '2026-01-01', '2026-01-01')", [id, clientId, label, url]);
    c.sites.push({ id, label, url });

    // Updates: inside the month (four outcomes, one security fix) and on both sides of it.
    c.updates.push(
      { site: id, name: 'Akismet', outcome: 'updated', security: false, at: T('2026-11-03T10:00:00Z'), from: '5.3', to: '5.4' },
      { site: id, name: 'Contact Form 7', outcome: 'updated', security: true, at: T('2026-11-10T10:00:00Z'), from: '5.9.3', to: '5.9.8' },
      { site: id, name: 'WooCommerce', outcome: 'rolled_back', security: false, at: T('2026-11-17T10:00:00Z'), from: '9.1.0', to: '9.2.0' },
      { site: id, name: 'Yoast SEO', outcome: 'failed', security: false, at: T('2026-11-24T10:00:00Z'), from: '23.0', to: '23.1' },
      { site: id, name: 'Jetpack', outcome: 'skipped', security: false, at: T('2026-11-25T10:00:00Z'), from: '13.0', to: '13.1' },
      { site: id, name: 'Old Plugin', outcome: 'updated', security: false, at: T('2026-10-31T23:59:59Z'), from: '1.0', to: '1.1' },
      { site: id, name: 'Next Plugin', outcome: 'updated', security: false, at: T('2026-12-01T00:00:00Z'), from: '2.0', to: '2.1' },
    );
    if (i === 0) c.updates.push({ site: id, name: 'WordPress', outcome: 'updated', security: true, at: T('2026-11-20T03:00:00Z'), from: '6.8.1', to: '6.8.3' });

    // Backups: a daily backup, offsite on most days, one failed, plus rows outside the month.
    for (let d = 1; d <= 30; d++) {
      c.backups.push({ site: id, at: T(`2026-11-${String(d).padStart(2, '0')}T02:00:00Z`), ok: d !== 13, offsite: (d + i + seed) % 4 !== 0 });
    }
    c.backups.push({ site: id, at: T('2026-10-31T02:00:00Z'), ok: true, offsite: true }, { site: id, at: T('2026-12-01T02:00:00Z'), ok: true, offsite: true });
    c.verdicts.push({ site: id, from: null, to: 'ok', at: T('2026-10-01T00:00:00Z') }, { site: id, from: 'ok', to: 'warning', at: T('2026-11-13T06:00:00Z') }, { site: id, from: 'warning', to: 'ok', at: T('2026-11-14T06:00:00Z') });

    // Checks every 3 hours; some down, one suppressed (maintenance window), rows outside the month.
    for (let h = 0; h < 30 * 24; h += 3) {
      const at = new Date(Date.UTC(2026, 10, 1) + h * 3_600_000 + 60_000);
      const down = (h / 3 + i * 7 + seed) % 37 === 0;
      c.checks.push({ site: id, at, status: down ? 'down' : h % 51 === 0 ? 'degraded' : 'up', ms: down ? 0 : 200 + ((h * 7 + i * 50) % 300), suppressed: h === 99 });
    }
    c.checks.push({ site: id, at: T('2026-10-31T23:00:00Z'), status: 'down', ms: 0, suppressed: false }, { site: id, at: T('2026-12-01T00:30:00Z'), status: 'down', ms: 0, suppressed: false });

    c.incidents.push(
      { site: id, kind: 'down', cause: 'timeout', start: T('2026-11-08T04:00:00Z'), end: T('2026-11-08T04:45:00Z') },
      { site: id, kind: 'down', cause: 'other', start: T('2026-10-20T04:00:00Z'), end: T('2026-10-20T05:00:00Z') },
    );
    if (i === 0) c.incidents.push({ site: id, kind: 'down', cause: 'connect', start: T('2026-11-30T23:00:00Z'), end: T('2026-12-01T01:00:00Z') });
  }
  const s0 = c.sites[0]!.id;
  c.work.push(
    { date: '2026-11-02', minutes: 45, kind: 'work', site: s0, description: 'Checked the contact form after the update' },
    { date: '2026-11-13', minutes: 30, kind: 'restore', site: s0, description: 'Restored a deleted page' },
    { date: '2026-11-21', minutes: 50, kind: 'repair', site: null, description: 'Fixed the mail delivery settings' },
    { date: '2026-11-30', minutes: 20, kind: 'work', site: null, description: 'Monthly review' },
    { date: '2026-10-31', minutes: 60, kind: 'work', site: s0, description: 'October work' },
    { date: '2026-12-01', minutes: 60, kind: 'work', site: s0, description: 'December work' },
  );
  await insertAll(db, c);
  return c;
}

/*
 * What makes the fixture's security updates security updates: recorded advisories (the agent's events
 * never say so). Contact Form 7 5.9.3 → 5.9.8 crosses 5.9.5 and core 6.8.1 → 6.8.3 crosses 6.8.2; the
 * Akismet advisory is fixed in 5.3, the version Akismet was updated from, so that update is not one.
 */
const ADVISORIES = [
  { type: 'plugin', slug: 'contact-form-7', fixed_in: '5.9.5' },
  { type: 'core', slug: 'wordpress', fixed_in: '6.8.2' },
  { type: 'plugin', slug: 'akismet', fixed_in: '5.3' },
];

async function insertAll(db: Queryable, c: SeededClient): Promise<void> {
  for (const a of ADVISORIES) {
    await db.query(
      `INSERT INTO security_advisories (id, item_type, slug, fixed_in, severity, title, created_at) VALUES ($1, $2, $3, $4, 'high', 'Fixture advisory', now())
       ON CONFLICT (item_type, slug, fixed_in) DO NOTHING`,
      [randomUUID(), a.type, a.slug, a.fixed_in],
    );
  }
  for (const u of c.updates) {
    await db.query(
      `INSERT INTO update_events (event_id, site_id, item_type, item_id, item_name, from_version, to_version, outcome, started_at, finished_at, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9)`,
      [randomUUID(), u.site, u.name === 'WordPress' ? 'core' : 'plugin', u.name.toLowerCase().replace(/ /g, '-'), u.name, u.from, u.to, u.outcome, u.at],
    );
  }
  for (const b of c.backups) {
    await db.query(
      `INSERT INTO backup_records (site_id, origin, source, backup_id, started_at, finished_at, ok, offsite, evidence, first_seen_at, seen_generated_at)
       VALUES ($1, 'agent', 'updraftplus', $2, $3, $3, $4, $5, 'uploaded-per-log', $3, $3)`,
      [b.site, randomUUID(), b.at, b.ok, b.offsite],
    );
  }
  for (const v of c.verdicts) {
    await db.query('INSERT INTO backup_verdict_events (id, site_id, from_verdict, to_verdict, reasons, at) VALUES ($1, $2, $3, $4, \'[]\'::jsonb, $5)', [randomUUID(), v.site, v.from, v.to, v.at]);
  }
  for (const k of c.checks) {
    await db.query('INSERT INTO uptime_checks (site_id, checked_at, scheduled_for, status, response_ms, suppressed, tls_expires_at) VALUES ($1, $2, $2, $3, $4, $5, $6)', [
      k.site,
      k.at,
      k.status,
      k.status === 'down' ? null : k.ms,
      k.suppressed,
      '2027-02-14T00:00:00Z',
    ]);
  }
  for (const i of c.incidents) {
    await db.query('INSERT INTO uptime_incidents (id, site_id, kind, cause, started_at, opened_at, resolved_at) VALUES ($1, $2, $3, $4, $5, $5, $6)', [randomUUID(), i.site, i.kind, i.cause, i.start, i.end]);
  }
  for (const w of c.work) {
    await db.query("INSERT INTO time_entries (id, client_id, site_id, work_date, minutes, description, kind, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-11-01', '2026-11-01')", [
      randomUUID(),
      c.clientId,
      w.site,
      w.date,
      w.minutes,
      w.description,
      w.kind,
    ]);
  }
}

/** The uptime rollups of November's first 20 days (the rest stays raw), like a hub that rolls up daily. */
export async function rollUpSomeDays(db: Queryable): Promise<void> {
  for (let d = 1; d <= 20; d++) await rollupDay(db, `2026-11-${String(d).padStart(2, '0')}`);
}

/** What the report must say, computed from the seeded arrays with plain JavaScript. */
export function expectedFigures(c: SeededClient) {
  const start = Date.UTC(2026, 10, 1);
  const end = Date.UTC(2026, 11, 1);
  const inMonth = (d: Date) => d.getTime() >= start && d.getTime() < end;
  const updates = c.updates.filter((u) => inMonth(u.at));
  const backups = c.backups.filter((b) => inMonth(b.at));
  const checks = c.checks.filter((k) => inMonth(k.at) && !k.suppressed);
  const up = checks.filter((k) => k.status !== 'down').length;
  const work = c.work.filter((w) => w.date >= '2026-11-01' && w.date < '2026-12-01');
  const perSite = c.sites.map((s) => {
    const sc = checks.filter((k) => k.site === s.id);
    const su = sc.filter((k) => k.status !== 'down').length;
    return { id: s.id, checks: sc.length, up: su, pct: Math.round((100_000 * su) / sc.length) / 1000 };
  });
  return {
    updates_applied: updates.filter((u) => u.outcome === 'updated').length,
    updates_rolled_back: updates.filter((u) => u.outcome === 'rolled_back').length,
    updates_failed: updates.filter((u) => u.outcome === 'failed').length,
    security_updates: updates.filter((u) => u.outcome === 'updated' && u.security).length,
    backups: backups.length,
    offsite_backups: backups.filter((b) => b.ok && b.offsite).length,
    checks: checks.length,
    up_checks: up,
    uptime_pct: Math.round((100_000 * up) / checks.length) / 1000,
    incidents: c.incidents.filter((i) => i.kind === 'down' && i.start.getTime() < end && (i.end === null || i.end.getTime() > start)).length,
    perSite,
    work_minutes: work.reduce((a, w) => a + w.minutes, 0),
    restores: work.filter((w) => w.kind === 'restore').length,
    repairs: work.filter((w) => w.kind === 'repair').length,
    work_entries: work.length,
  };
}

/** A real SMTP receiver; `state.reject` makes it answer every message with a temporary 451 failure. */
export async function startReportSmtp() {
  const messages: ParsedMail[] = [];
  const state = { reject: false, received: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 20 * 1024 * 1024,
    onData(stream, _session, callback) {
      state.received++;
      if (state.reject) {
        stream.resume();
        stream.on('end', () => callback(Object.assign(new Error('Mailbox temporarily unavailable'), { responseCode: 451 })));
        return;
      }
      // keepCidLinks: the HTML as sent, with its cid: references (not rewritten to data: URLs).
      simpleParser(stream, { keepCidLinks: true })
        .then((m) => messages.push(m))
        .then(() => callback(), callback);
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  return { url: `smtp://127.0.0.1:${port}`, messages, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Records JSON posts (the freelancer's webhook alert channel). */
export async function startAlertWebhook() {
  const received: { title?: string; text?: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push(JSON.parse(body));
      res.writeHead(204).end();
    });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
