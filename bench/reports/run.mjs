#!/usr/bin/env node
// bench/reports: the monthly reports for 1,000 clients × 3 sites with a full month of data.
//
//   npm run build:hub && node bench/reports/run.mjs [--clients 1000] [--sites 3] [--pdf-sample 0]
//
// Seeds November 2026 in a throw-away database (TEST_DATABASE_URL, default local PostgreSQL with trust
// auth): update events, daily backups with verdict changes, uptime rollups for every day plus the last
// day's raw checks every 5 minutes, incidents and work-log entries. Then times, without sending:
//   1. generation: the job's data collection + one report row per client (what runs on the 1st);
//   2. HTML + chart for every client: translated document, email HTML, text part, chart SVG → PNG;
//   3. the PDF copy, per report (every report, or a sample with --pdf-sample N).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { args, createBenchDatabase } from '../lib.mjs';

const dist = '../../dashboard-server/dist/src';
const { createPostgresDatabase } = await import(`${dist}/db/postgres.js`);
const { migrate } = await import(`${dist}/db/migrate.js`);
const { createReportsService } = await import(`${dist}/modules/reports/reports.service.js`);
const { buildDocument } = await import(`${dist}/modules/reports/document.js`);
const { chartPng } = await import(`${dist}/modules/reports/chart.js`);
const { renderHtml } = await import(`${dist}/modules/reports/render-html.js`);
const { renderText } = await import(`${dist}/modules/reports/render-text.js`);
const { renderPdf } = await import(`${dist}/modules/reports/render-pdf.js`);

const CLIENTS = Number(args.clients ?? 1000);
const SITES = Number(args.sites ?? 3);
const PDF_SAMPLE = Number(args['pdf-sample'] ?? 0);
const LOCALES = ['en', 'fr', 'it'];

const bench = await createBenchDatabase('bench_reports');
const db = createPostgresDatabase(bench.url, { max: 8 });
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

try {
  await migrate(db);
  console.log(`${CLIENTS} clients × ${SITES} sites, November 2026; ${cpus().length} CPU, Node ${process.version}`);
  let t = performance.now();
  await seed();
  console.log(`seeded in ${fmt(performance.now() - t)}`);

  const clock = { now: () => new Date('2026-12-01T01:00:00Z') };
  const config = { publicUrl: 'https://hub.example', reportTimezone: 'UTC', reportFrom: 'reports@hub.example', reportLinkTtlMs: 90 * 86_400_000, reportMaxAttempts: 8, smtpUrl: undefined, alertEmailFrom: undefined, alertEmailTo: undefined, alertMaxAttempts: 10 };
  const service = createReportsService({ db, clock, config, secrets: { jwtSecret: 'b'.repeat(48) }, mailer: null });

  t = performance.now();
  const gen = await service.generateMonth('2026-11');
  const genMs = performance.now() - t;
  console.log(`1. generation (data collection + report rows): ${gen.created} reports in ${fmt(genMs)} (${fmt(genMs / gen.created)} per client)`);

  const rows = (await db.query('SELECT id, data, note, planned_work, period FROM monthly_reports ORDER BY id')).rows;
  const branding = { business_name: 'Pixel & Pine', logo: null, accent_color: '#0f766e', reply_to: null, footer: 'Pixel & Pine' };
  const link = { url: 'https://hub.example/r/token', expiresAt: new Date('2027-03-01T00:00:00Z') };
  let bytes = 0;
  let pngBytes = 0;
  let pngMs = 0;
  t = performance.now();
  for (const r of rows) {
    const doc = buildDocument({ data: r.data, branding, note: r.note, plannedWork: r.planned_work, link });
    const p0 = performance.now();
    const pngs = doc.charts.map((c) => chartPng(c));
    pngMs += performance.now() - p0;
    const html = renderHtml(doc, { chartSrcs: pngs.map((_, i) => `cid:response-chart-${i + 1}@retainer`), logoSrc: null, email: true });
    const text = renderText(doc, { email: true });
    bytes += html.length + text.length;
    pngBytes += pngs.reduce((n, p) => n + p.length, 0);
  }
  const htmlMs = performance.now() - t;
  console.log(`2. HTML + text + chart PNG for ${rows.length} clients: ${fmt(htmlMs)} (${fmt(htmlMs / rows.length)} per client; avg HTML+text ${(bytes / rows.length / 1024).toFixed(1)} KB, PNG ${(pngBytes / rows.length / 1024).toFixed(1)} KB; of which chart PNG ${fmt(pngMs)}) — target < 60 s`);
  console.log(`   generation + HTML/chart together: ${fmt(genMs + htmlMs)} — target < 60 s`);

  const sample = PDF_SAMPLE > 0 ? rows.slice(0, PDF_SAMPLE) : rows;
  const times = [];
  let pdfBytes = 0;
  for (const r of sample) {
    const s = performance.now();
    const pdf = await renderPdf(buildDocument({ data: r.data, branding, note: r.note, plannedWork: r.planned_work, link: null }));
    times.push(performance.now() - s);
    pdfBytes += pdf.length;
  }
  // The first PDF of a process also loads the built-in font metrics: shown apart from the others.
  const first = times.shift();
  times.sort((a, b) => a - b);
  console.log(`3. PDF per report (${sample.length}): first (cold) ${fmt(first)}; the others median ${fmt(pct(times, 0.5))}, p95 ${fmt(pct(times, 0.95))}, max ${fmt(times.at(-1))}; avg ${(pdfBytes / sample.length / 1024).toFixed(1)} KB — target < 0.5 s`);
} finally {
  await db.close();
  await bench.drop();
}

/** One SQL statement per table, generated server-side, so seeding stays a few seconds. */
async function seed() {
  const q = (sql, p = []) => db.query(sql, p);
  await q(`INSERT INTO clients (id, name, contact_email, locale, created_at, updated_at)
    SELECT gen_random_uuid(), 'Client ' || i, 'client' || i || '@example.com', (ARRAY['en','fr','it'])[1 + i % 3], '2026-01-01', '2026-01-01' FROM generate_series(1, $1) i`, [CLIENTS]);
  await q(`INSERT INTO sites (id, client_id, label, url, status, created_at, updated_at)
    SELECT gen_random_uuid(), c.id, c.name || ' site ' || s, 'https://s' || s || '.' || replace(lower(c.name), ' ', '') || '.example', 'connected', '2026-01-01', '2026-01-01'
    FROM clients c, generate_series(1, $1) s`, [SITES]);
  // ~10 update events per site over the month, one in ten a security fix, a few rolled back or failed.
  await q(`INSERT INTO update_events (event_id, site_id, item_type, item_id, item_name, from_version, to_version, outcome, security, started_at, finished_at, received_at)
    SELECT gen_random_uuid(), s.id, CASE WHEN n = 1 THEN 'core' ELSE 'plugin' END, 'plugin-' || n, 'Plugin number ' || n, '1.' || n, '1.' || (n + 1),
      CASE WHEN n % 9 = 0 THEN 'rolled_back' WHEN n % 13 = 0 THEN 'failed' ELSE 'updated' END, n % 10 = 3,
      t, t, t
    FROM sites s, generate_series(1, 10) n, LATERAL (SELECT timestamptz '2026-11-01' + (n * 2.9 || ' days')::interval AS t) x`);
  await q(`INSERT INTO backup_records (site_id, origin, source, backup_id, started_at, finished_at, ok, offsite, evidence, first_seen_at, seen_generated_at)
    SELECT s.id, 'agent', 'updraftplus', 'b' || d, t, t, d % 17 <> 5, d % 5 <> 0, 'uploaded-per-log', t, t
    FROM sites s, generate_series(0, 29) d, LATERAL (SELECT timestamptz '2026-11-01 02:00Z' + (d || ' days')::interval AS t) x`);
  await q(`INSERT INTO backup_verdict_events (id, site_id, from_verdict, to_verdict, reasons, at)
    SELECT gen_random_uuid(), s.id, v.f, v.t, '[]'::jsonb, v.at FROM sites s,
      (VALUES (NULL, 'ok', timestamptz '2026-10-01'), ('ok', 'warning', timestamptz '2026-11-06 06:00Z'), ('warning', 'ok', timestamptz '2026-11-07 06:00Z')) v(f, t, at)`);
  await q(`INSERT INTO uptime_daily (site_id, day, checks, up_checks, p50_ms, p95_ms, incident_minutes)
    SELECT s.id, date '2026-11-01' + d, 1440, 1440 - (d * 7 + abs(hashtext(s.id::text)) % 5) % 4, 180 + (abs(hashtext(s.id::text)) + d * 37) % 220, 600 + d * 3, 0
    FROM sites s, generate_series(0, 29) d`);
  await q(`INSERT INTO uptime_checks (site_id, checked_at, scheduled_for, status, response_ms, tls_expires_at)
    SELECT s.id, t, t, 'up', 200 + m % 150, timestamptz '2027-02-01'
    FROM sites s, generate_series(0, 287) m, LATERAL (SELECT timestamptz '2026-11-30' + (m * 5 || ' minutes')::interval AS t) x`);
  await q(`INSERT INTO uptime_incidents (id, site_id, kind, cause, started_at, opened_at, resolved_at)
    SELECT gen_random_uuid(), s.id, 'down', 'timeout', t, t, t + interval '23 minutes'
    FROM sites s, LATERAL (SELECT timestamptz '2026-11-11 03:00Z' + ((abs(hashtext(s.id::text)) % 400) || ' hours')::interval AS t) x`);
  await q(`INSERT INTO time_entries (id, client_id, site_id, work_date, minutes, description, kind, created_at, updated_at)
    SELECT gen_random_uuid(), c.id, NULL, date '2026-11-02' + n * 5, 15 + n * 10, 'Maintenance task number ' || n, (ARRAY['work','work','work','restore','repair'])[1 + n % 5], '2026-11-01', '2026-11-01'
    FROM clients c, generate_series(0, 4) n`);
  await q('ANALYZE');
}
