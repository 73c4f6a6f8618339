#!/usr/bin/env node
// bench/backup-policy: the backup policy for 10,000 sites with 60 days of backup history each.
//
//   npm run build && node bench/backup-policy/run.mjs [--sites 10000] [--days 60] [--runs 5] [--db 1]
//
// Default: the pure rules (evaluateBackupPolicy) over in-memory records, the work the daily job does per
// site once its inputs are loaded. --db 1 also measures the daily job end to end on PostgreSQL
// (evaluateAll: page through the sites, load records/overrides/verdicts, evaluate, write what changed),
// in its own database created from TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// and dropped afterwards.
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { evaluateBackupPolicy } from '../../dashboard-server/dist/src/modules/backups/backup-policy.js';

const args = Object.fromEntries(process.argv.slice(2).join(' ').split('--').filter(Boolean).map((a) => a.trim().split(/\s+/)));
const SITES = Number(args.sites ?? 10_000);
const DAYS = Number(args.days ?? 60);
const RUNS = Number(args.runs ?? 5);
const DB = args.db === '1';
const DAY = 86_400_000;
const NOW = Date.parse('2026-11-30T12:00:00Z');
const POLICY = { maxOffsiteAgeH: 720, minRetentionDays: 30, minEvidence: 'destination-configured' };
const EVIDENCE = ['listed-at-destination', 'uploaded-per-log', 'destination-configured'];

/** A realistic fleet: mostly daily offsite backups; some local-only, some stale, some with failures. */
function makeSite(i) {
  const kind = i % 20; // 0: local only, 1: stopped 40 days ago, 2: short retention, else healthy
  const records = [];
  for (let d = 0; d < DAYS; d++) {
    if (kind === 1 && d < 40) continue;
    if (kind === 2 && d > 12) break;
    records.push({ source: i % 3 === 0 ? 'backwpup' : 'updraftplus', ok: d % 17 !== 5, offsite: kind !== 0, evidence: EVIDENCE[i % 3], at: NOW - d * DAY - (i % 3600) * 1000, sizeBytes: 700_000_000 + i });
  }
  return { policy: POLICY, records, sources: [{ source: 'updraftplus', detected: true, status: 'ok', reason: null }], siteSince: NOW - 400 * DAY, lastReportAt: NOW - (i % 7) * 3_600_000, verification: null, now: NOW };
}

const t0 = performance.now();
const sites = Array.from({ length: SITES }, (_, i) => makeSite(i));
const records = sites.reduce((n, s) => n + s.records.length, 0);
console.log(`${SITES} sites, ${records.toLocaleString('en')} backup records (${DAYS} days), built in ${(performance.now() - t0).toFixed(0)} ms; ${cpus().length} CPU, Node ${process.version}`);

const times = [];
let counts;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  counts = { ok: 0, warning: 0, failing: 0, unknown: 0 };
  for (const s of sites) counts[evaluateBackupPolicy(s).verdict]++;
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`pure rules: median ${times[Math.floor(RUNS / 2)].toFixed(1)} ms, best ${times[0].toFixed(1)} ms, worst ${times[RUNS - 1].toFixed(1)} ms for ${SITES} sites (target < 2000 ms)`);
console.log(`verdicts: ${JSON.stringify(counts)}`);

if (DB) await dbRun();

async function dbRun() {
  const { createPostgresDatabase } = await import('../../dashboard-server/dist/src/db/postgres.js');
  const { migrate } = await import('../../dashboard-server/dist/src/db/migrate.js');
  const { createBackupsService } = await import('../../dashboard-server/dist/src/modules/backups/backups.service.js');
  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `retainer_bench_backups_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = createPostgresDatabase(url.toString(), { max: 4 });
  try {
    await migrate(db);
    const load = performance.now();
    const now = new Date(NOW);
    await db.query(`INSERT INTO clients (id, name, contact_email, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000001', 'Bench', 'bench@example.com', $1, $1)`, [now]);
    await db.query(
      `INSERT INTO sites (id, client_id, label, url, status, created_at, updated_at, enrolled_at, last_report_at)
       SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, '00000000-0000-4000-8000-000000000001', 'site ' || i, 'https://s' || i || '.example.com',
              'connected', $1::timestamptz - interval '400 days', $1, $1::timestamptz - interval '400 days', $1::timestamptz - (i % 7) * interval '1 hour'
       FROM generate_series(1, $2) i`,
      [now, SITES],
    );
    await db.query(
      `INSERT INTO backup_site_state (site_id, report_id, generated_at, received_at, sources)
       SELECT id, gen_random_uuid(), $1, $1, '[{"source":"updraftplus","detected":true,"status":"ok","reason":null}]'::jsonb FROM sites`,
      [now],
    );
    await db.query(
      `INSERT INTO backup_records (site_id, origin, source, backup_id, started_at, finished_at, ok, size_bytes, parts, destinations, offsite, evidence, first_seen_at, seen_generated_at)
       SELECT s.id, 'agent', 'updraftplus', d::text, $1::timestamptz - d * interval '1 day' - interval '5 minutes', $1::timestamptz - d * interval '1 day', d % 17 <> 5, 700000000,
              '["db","uploads"]'::jsonb, '[{"kind":"s3","bucket":"b"}]'::jsonb, (hashtext(s.id::text) % 20) <> 0, 'uploaded-per-log', $1, $1
       FROM sites s, generate_series(0, $2 - 1) d`,
      [now, DAYS],
    );
    await db.query('ANALYZE');
    console.log(`database: ${SITES} sites, ${(SITES * DAYS).toLocaleString('en')} records loaded in ${((performance.now() - load) / 1000).toFixed(1)} s`);
    const service = createBackupsService({ db, clock: { now: () => now }, config: { backupMaxOffsiteAgeH: 720, backupMinRetentionDays: 30, backupMinEvidence: 'destination-configured' } });
    for (const label of ['first run (every verdict written, one event each)', 'next run (quiet fleet: nothing changed)']) {
      const s = performance.now();
      const r = await service.evaluateAll();
      console.log(`daily job, ${label}: ${((performance.now() - s) / 1000).toFixed(2)} s — ${JSON.stringify(r)}`);
    }
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
