import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../src/modules/reports/i18n.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { MONTH, expectedFigures, insertPlan, rollUpSomeDays, seedClient, type SeededClient } from './helpers/reports-fixtures.js';

let hub: TestHub;
let en: SeededClient;
let fr: SeededClient;
let it_: SeededClient;
let empty: SeededClient;
const ids: Record<string, string> = {};

const api = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
  hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload !== undefined ? { payload: payload as object } : {}) });

beforeAll(async () => {
  hub = await buildTestHub({ start: '2026-12-02T09:00:00Z', config: { reportTimezone: 'UTC' } });
  const db = hub.tdb.db;
  const plan = await insertPlan(db, 'Care', { mode: 'needs_approval', includedMinutes: 120, restores: 1, repairs: 2 });
  en = await seedClient(db, { name: 'Acme Bakery', email: 'owner@acme.example', locale: 'en', planId: plan, siteCount: 3, seed: 1 });
  const yearly = await insertPlan(db, 'Yearly', { mode: 'needs_approval', includedMinutes: 300, restores: 3, repairs: 4, minutesRollOver: true, allowancePeriod: 'year' });
  fr = await seedClient(db, { name: 'Boulangerie Dupont', email: 'contact@dupont.example', locale: 'fr', planId: yearly, siteCount: 1, seed: 2 });
  // Earlier in the year: counts against a yearly allowance, not against November's work log.
  await db.query("INSERT INTO time_entries (id, client_id, work_date, minutes, description, kind, created_at, updated_at) VALUES (gen_random_uuid(), $1, '2026-03-10', 40, 'Spring restore', 'restore', now(), now()), (gen_random_uuid(), $1, '2025-12-20', 40, 'Last year', 'restore', now(), now())", [fr.clientId]);
  it_ = await seedClient(db, { name: 'Panificio Rossi', email: 'info@rossi.example', locale: 'it', planId: null, siteCount: 1, seed: 3 });
  // A client with a site but nothing recorded: every section must say "no data" honestly.
  const emptyId = (await db.query<{ id: string }>("INSERT INTO clients (id, name, contact_email, locale, created_at, updated_at) VALUES (gen_random_uuid(), 'Quiet Ltd', 'q@quiet.example', 'en', '2026-01-01', '2026-01-01') RETURNING id")).rows[0]!.id;
  await db.query("INSERT INTO sites (id, client_id, label, url, created_at, updated_at) VALUES (gen_random_uuid(), $1, 'Quiet site', 'https://quiet.example', '2026-01-01', '2026-01-01')", [emptyId]);
  empty = { clientId: emptyId } as SeededClient;
  // A site revoked before November and one added after it are not part of November's report.
  await db.query("INSERT INTO sites (id, client_id, label, url, status, revoked_at, created_at, updated_at) VALUES (gen_random_uuid(), $1, 'Old shop', 'https://old.example', 'revoked', '2026-10-15', '2026-01-01', '2026-10-15')", [en.clientId]);
  await db.query("INSERT INTO sites (id, client_id, label, url, created_at, updated_at) VALUES (gen_random_uuid(), $1, 'New shop', 'https://new.example', '2026-12-01T10:00:00Z', '2026-12-01T10:00:00Z')", [en.clientId]);
  await rollUpSomeDays(db);
  const gen = await api('POST', '/reports/generate', { month: MONTH });
  expect(gen.statusCode).toBe(200);
  expect(gen.json()).toEqual({ month: MONTH, created: 4, existing: 0 });
  const list = await api('GET', `/reports?month=${MONTH}`);
  for (const r of list.json().items) ids[r.client_id] = r.id;
});
afterAll(async () => hub?.close());

describe('report figures', () => {
  it('equal the values computed independently from the seeded month', async () => {
    const r = await api('GET', `/reports/${ids[en.clientId]}`);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    const d = body.data;
    const x = expectedFigures(en);
    expect(body.status).toBe('needs_approval');
    expect(body.period_start).toBe('2026-11-01T00:00:00.000Z');
    expect(body.period_end).toBe('2026-12-01T00:00:00.000Z');
    expect(d.totals).toEqual({
      sites: 3,
      updates_applied: x.updates_applied,
      updates_rolled_back: x.updates_rolled_back,
      updates_failed: x.updates_failed,
      security_updates: x.security_updates,
      backups: x.backups,
      offsite_backups: x.offsite_backups,
      checks: x.checks,
      up_checks: x.up_checks,
      uptime_pct: x.uptime_pct,
      incidents: x.incidents,
    });
    // The seed is varied enough for the figures to be meaningful.
    expect(x.uptime_pct).toBeGreaterThan(95);
    expect(x.uptime_pct).toBeLessThan(100);
    expect(x.updates_applied).toBe(7);
    expect(d.sites.map((s: { label: string }) => s.label)).toEqual(en.sites.map((s) => s.label));
    for (const s of x.perSite) {
      const site = d.sites.find((y: { id: string }) => y.id === s.id);
      expect(site.uptime).toMatchObject({ checks: s.checks, up_checks: s.up, pct: s.pct });
    }
    expect(d.work.minutes).toBe(x.work_minutes);
    expect(d.work.entries).toHaveLength(x.work_entries);
    expect([d.work.restores, d.work.repairs]).toEqual([x.restores, x.repairs]);
    expect(d.plan).toMatchObject({ included_minutes: 120, included_restores: 1, included_repairs: 2 });
  });

  it('lists per-site details: rolled-back update explained, backups verdict over the month, incidents with duration, response trend', async () => {
    const d = (await api('GET', `/reports/${ids[en.clientId]}`)).json().data;
    const s1 = d.sites.find((s: { id: string }) => s.id === en.sites[0]!.id);
    expect(s1.updates.items.map((u: { name: string }) => u.name)).toEqual(['Akismet', 'Contact Form 7', 'WooCommerce', 'WordPress', 'Yoast SEO', 'Jetpack']);
    expect(s1.updates.items.find((u: { name: string }) => u.name === 'Contact Form 7')).toMatchObject({ security: true, from: '5.9.3', to: '5.9.8', outcome: 'updated' });
    expect(s1.backups).toMatchObject({ has_data: true, verdict_end: 'ok', worst_verdict: 'warning' });
    expect(s1.backups.transitions.map((t: { to: string }) => t.to)).toEqual(['warning', 'ok']);
    const offsite = en.backups.filter((b) => b.site === s1.id && b.ok && b.offsite && b.at < new Date('2026-12-01')).map((b) => b.at.getTime());
    expect(s1.backups.newest_offsite_at).toBe(new Date(Math.max(...offsite)).toISOString());
    expect(s1.uptime.incidents).toEqual([
      { kind: 'down', cause: 'timeout', started_at: '2026-11-08T04:00:00.000Z', duration_s: 2700 },
      { kind: 'down', cause: 'connect', started_at: '2026-11-30T23:00:00.000Z', duration_s: null },
    ]);
    expect(s1.response).toHaveLength(20);
    expect(s1.tls_expires_at).toBe('2027-02-14T00:00:00.000Z');
  });

  it('work log against the plan: monthly allowances and "use it or lose it", or yearly allowances and roll-over', async () => {
    const enData = (await api('GET', `/reports/${ids[en.clientId]}`)).json().data;
    expect(enData.plan).toMatchObject({ minutes_roll_over: false, allowance_period: 'month' });
    expect(enData.work.allowance).toEqual({ period: 'month', restores: 1, repairs: 1 });
    const enHtml = (await api('GET', `/reports/${ids[en.clientId]}/preview`)).body;
    expect(enHtml).toContain(CATALOGUES.en.work_lost as string);
    expect(enHtml).toContain('Restores: 1 of 1 included. Repairs: 1 of 2 included.');
    // The plan's time pool is billing's: only 'work' minutes count (45 + 20); the restore and the repair are
    // within their allowance, so nothing is beyond the plan although all entries add up to 2 h 25.
    const enWork = en.work.filter((w) => w.kind === 'work' && w.date.startsWith('2026-11')).reduce((a, w) => a + w.minutes, 0);
    expect(enData.work.pool).toEqual({ used: enWork, available: 120, carried_over: 0, over: 0, overage_minutes: 0 });
    expect(enHtml).not.toContain(CATALOGUES.en.work_over.split('{')[0] as string);

    const frData = (await api('GET', `/reports/${ids[fr.clientId]}`)).json().data;
    const x = expectedFigures(fr);
    expect(frData.work.restores).toBe(x.restores);
    expect(frData.work.allowance).toEqual({ period: 'year', restores: x.restores + 1, repairs: x.repairs });
    const frHtml = (await api('GET', `/reports/${ids[fr.clientId]}/preview`)).body;
    expect(frHtml).toContain((CATALOGUES.fr.work_rolls_over as string).replace(/'/g, '&#39;'));
    expect(frHtml).not.toContain((CATALOGUES.fr.work_lost as string).replace(/'/g, '&#39;'));
    expect(frHtml).toContain(`Restaurations cette année : ${x.restores + 1} sur 3 incluses.`);
    // Roll-over: October used 60 of its 300 included minutes, so 240 carry into November.
    const frWork = fr.work.filter((w) => w.kind === 'work' && w.date.startsWith('2026-11')).reduce((a, w) => a + w.minutes, 0);
    expect(frData.work.pool).toEqual({ used: frWork, available: 540, carried_over: 240, over: 0, overage_minutes: 0 });
    expect(frHtml).toContain(CATALOGUES.fr.work_carried.split('{')[0] as string);
  });

  it('says "no data" for features a client has nothing recorded for', async () => {
    const html = (await api('GET', `/reports/${ids[empty.clientId]}/preview`)).body;
    const c = CATALOGUES.en;
    for (const k of ['updates_none', 'backups_none', 'uptime_none', 'response_none', 'work_none', 'headline_none'] as const) expect(html).toContain(c[k] as string);
  });
});

describe('rendering', () => {
  it('the preview is an email-safe HTML page with the headline, summary and branding', async () => {
    const put = await api('PUT', '/reports/branding', { business_name: 'Pixel & Pine', logo: 'https://pixel.example/logo.png', accent_color: '#aa3300', reply_to: 'hello@pixel.example', footer: 'Pixel & Pine, 1 Main St' });
    expect(put.statusCode).toBe(200);
    const r = await api('GET', `/reports/${ids[en.clientId]}/preview`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/html');
    const x = expectedFigures(en);
    const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }).format(x.uptime_pct / 100);
    expect(r.body).toContain(`This month we applied ${x.updates_applied} updates, confirmed ${x.offsite_backups} offsite backups, and kept your sites online ${pct} of the time.`);
    expect(r.body).toContain('Pixel &amp; Pine');
    expect(r.body).toContain('#aa3300');
    expect(r.body).toContain('src="https://pixel.example/logo.png"');
    expect(r.body).toMatch(/<table role="presentation"/);
    expect(r.body).toContain('data:image/svg+xml;base64,');
    expect(r.body).toContain(CATALOGUES.en.explain_rolled_back as string);
    expect(r.body).not.toMatch(/<script/i);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('the PDF copy is a PDF', async () => {
    const r = await api('GET', `/reports/${ids[en.clientId]}/pdf`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  for (const [lang, get] of [['fr', () => fr], ['it', () => it_]] as const) {
    it(`a ${lang} client gets a fully translated report (no English sentence left, ${lang} numbers)`, async () => {
      const c = get();
      const html = (await api('GET', `/reports/${ids[c.clientId]}/preview`)).body;
      const enCat = CATALOGUES.en as Record<string, string | { one: string; other: string }>;
      const target = CATALOGUES[lang] as Record<string, string | { one: string; other: string }>;
      const flat = (m: string | { one: string; other: string }) => (typeof m === 'string' ? [m] : [m.one, m.other]);
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
      let checked = 0;
      for (const key of Object.keys(enCat)) {
        const theirs = flat(target[key]!).join('\n');
        for (const fragment of flat(enCat[key]!).flatMap((m) => m.split(/\{\w+\}/))) {
          const f = fragment.trim();
          // Short or shared words ("Plugin", "Incidents", "Date") are the same in both languages.
          if (f.length < 8 || theirs.includes(f)) continue;
          expect(html, `${key}: "${f}"`).not.toContain(escape(f));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(60);
      const x = expectedFigures(c);
      const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 }).format(x.uptime_pct / 100);
      expect(pct).toContain(',');
      expect(html).toContain(pct);
      expect(html).toContain(lang === 'fr' ? 'Ce mois-ci, nous avons' : 'Questo mese abbiamo');
      expect(html).toContain(`lang="${lang}"`);
      expect(html).toContain(new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-11-15T12:00:00Z')));
    });
  }
});

describe('editing before sending', () => {
  it('note and planned work are saved and shown; regenerate picks up new data; bad input is refused with nothing written', async () => {
    const id = ids[fr.clientId]!;
    const edit = await api('PATCH', `/reports/${id}`, { note: 'Nous avons migré le site vers PHP 8.3.', planned_work: 'Refonte de la page contact.' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ note: 'Nous avons migré le site vers PHP 8.3.', planned_work: 'Refonte de la page contact.' });
    const html = (await api('GET', `/reports/${id}/preview`)).body;
    expect(html).toContain('Nous avons migré le site vers PHP 8.3.');
    expect(html).toContain(CATALOGUES.fr.planned as string);

    for (const bad of [{}, { note: 1 }, { note: 'x', extra: true }, { note: 'x'.repeat(10_001) }]) {
      const r = await api('PATCH', `/reports/${id}`, bad);
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await api('GET', `/reports/${id}`)).json().note).toBe('Nous avons migré le site vers PHP 8.3.');

    await hub.tdb.db.query("INSERT INTO time_entries (id, client_id, work_date, minutes, description, created_at, updated_at) VALUES (gen_random_uuid(), $1, '2026-11-28', 15, 'Late entry', now(), now())", [fr.clientId]);
    const before = (await api('GET', `/reports/${id}`)).json().data.work.minutes;
    const regen = await api('POST', `/reports/${id}/regenerate`);
    expect(regen.statusCode).toBe(200);
    expect(regen.json().data.work.minutes).toBe(before + 15);
    expect(regen.json().note).toBe('Nous avons migré le site vers PHP 8.3.');
  });

  it('unknown reports are 404, malformed ids 400, send before approval 409', async () => {
    expect((await api('GET', '/reports/6b1f3f7e-1c1a-4c52-9d0e-3f8a2b1c4d5e')).statusCode).toBe(404);
    expect((await api('GET', '/reports/not-a-uuid')).statusCode).toBe(400);
    const send = await api('POST', `/reports/${ids[it_.clientId]}/send`);
    expect(send.statusCode).toBe(409);
    expect(send.json().error).toMatchObject({ code: 'CONFLICT', details: { reason: 'needs_approval' } });
    expect((await api('POST', `/reports/${ids[it_.clientId]}/resend`)).json().error.details.reason).toBe('not_sent');
    // This hub has no SMTP: approving queues the email, sending now is refused and attempts nothing.
    expect((await api('POST', `/reports/${ids[it_.clientId]}/approve`)).json().status).toBe('approved');
    const noSmtp = await api('POST', `/reports/${ids[it_.clientId]}/send`);
    expect([noSmtp.statusCode, noSmtp.json().error.code]).toEqual([409, 'SMTP_NOT_CONFIGURED']);
    const log = (await api('GET', `/reports/${ids[it_.clientId]}/deliveries`)).json().items as { attempts: number; status: string }[];
    expect(log.map((d) => [d.status, d.attempts])).toEqual([['pending', 0]]);
    expect((await api('POST', '/reports/generate', { month: '2026-13' })).statusCode).toBe(400);
    // The clock says 2 December: December is not over, so nothing is made for it.
    const early = await api('POST', '/reports/generate', { month: '2026-12' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('month_not_over');
    expect((await api('GET', '/reports?month=2026-12')).json().total).toBe(0);
    const again = await api('POST', '/reports/generate', { month: MONTH });
    expect(again.json()).toEqual({ month: MONTH, created: 0, existing: 4 });
  });

  it('reports and branding need a signed-in user', async () => {
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/reports' })).statusCode).toBe(401);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/reports/branding' })).statusCode).toBe(401);
  });

  it('branding: logos limited to https or small raster data URLs, colours to #rrggbb, reply-to to an email', async () => {
    const ok = { business_name: 'Pixel', logo: null, accent_color: '#123456', reply_to: null, footer: '' };
    const bad = [
      { ...ok, logo: 'http://insecure.example/logo.png' },
      { ...ok, logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' },
      { ...ok, logo: `data:image/png;base64,${'A'.repeat(140_001)}` },
      { ...ok, logo: 'javascript:alert(1)' },
      { ...ok, accent_color: 'red;background:url(x)' },
      { ...ok, reply_to: 'not-an-email' },
      { ...ok, business_name: 'x'.repeat(201) },
    ];
    const before = (await api('GET', '/reports/branding')).json();
    for (const b of bad) {
      const r = await api('PUT', '/reports/branding', b);
      expect(r.statusCode, JSON.stringify(b).slice(0, 80)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await api('GET', '/reports/branding')).json()).toEqual(before);
    const small = await api('PUT', '/reports/branding', { ...ok, logo: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(small.statusCode).toBe(200);
    expect(small.json().logo).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});

describe('next to the dashboard', () => {
  it('the SPA fallback leaves /r/<token> to the report page (its 404 is not the app shell)', async () => {
    const ui = mkdtempSync(join(tmpdir(), 'retainer-ui-'));
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Retainer dashboard shell</title>');
    const withUi = await buildTestHub({ config: { uiDistDir: ui } });
    try {
      const shell = await withUi.app.inject({ method: 'GET', url: '/sites/123' });
      expect(shell.body).toContain('Retainer dashboard shell');
      const r = await withUi.app.inject({ method: 'GET', url: `/r/${'A'.repeat(70)}` });
      expect(r.statusCode).toBe(404);
      expect(r.body).not.toContain('Retainer dashboard shell');
      expect(r.headers['cache-control']).toContain('no-store');
    } finally {
      await withUi.close();
      rmSync(ui, { recursive: true, force: true });
    }
  });
});
