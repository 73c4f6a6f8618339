#!/usr/bin/env node
// bench/ingest: simulated agents post signed, realistic status reports (40 plugins, 10 themes) to a
// hub on PostgreSQL with 10,000 enrolled sites. Prints reports/s, latency percentiles and CPU.
//
//   npm run build && node bench/ingest/run.mjs [--sites 10000] [--seconds 20] [--concurrency 64] [--hubs 1] [--changing 1] [--backups 1] [--cpu-prof DIR]
//
// Uses TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create and drop its
// own database. Only loopback traffic; stops by itself.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Pool } from 'undici';
import { generateKeyPair, signRequest } from '../../packages/protocol/dist/src/index.js';
import { args, cpuOf, createBenchDatabase, freePort, pidsOf } from '../lib.mjs';

const SITES = Number(args.sites ?? 10_000);
const SECONDS = Number(args.seconds ?? 20);
const CONCURRENCY = Number(args.concurrency ?? 64);
const HUBS = Number(args.hubs ?? 1);
// By default an agent's inventory repeats between reports (as on a real site between hourly reports);
// --changing 1 makes every report carry a different inventory (worst case: every report rewrites it).
const CHANGING = args.changing === '1';
// --backups 1: every report also carries the backups section a real agent sends (30 daily UpdraftPlus
// backups to S3), which the hub stores and evaluates after the ingest statement.
const BACKUPS = args.backups === '1';
const DAY_MS = 86_400_000;
const backupsSection = () => ({
  sources: [{ source: 'updraftplus', detected: true, status: 'ok', reason: null }],
  records: Array.from({ length: 30 }, (_, d) => {
    const at = new Date(Math.floor((Date.now() - d * DAY_MS) / DAY_MS) * DAY_MS).toISOString();
    return { source: 'updraftplus', id: String(Date.parse(at) / 1000), started_at: at, finished_at: at, ok: true, size_bytes: 734003200, parts: ['db', 'plugins', 'themes', 'uploads', 'others'], destinations: [{ kind: 's3', bucket: 'backups', prefix: 'site/' }], offsite: true, evidence: d === 0 ? 'uploaded-per-log' : 'destination-configured' };
  }),
});
// Warm-up: every site reports once before measuring (a hub that has run for an hour has seen every
// site; its key cache is warm). --cold 1 measures from the first report instead.
const COLD = args.cold === '1';
const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dashboard-server', 'dist', 'src', 'server.js');

// --- database with 10,000 enrolled sites ------------------------------------------------------------
const benchDb = await createBenchDatabase('retainer_bench');
const dbUrl = new URL(benchDb.url);

const hubs = [];
let exitCode = 0;
try {
  // Background jobs off: the seeded sites' made-up hostnames must never be checked (loopback only).
  const env = { PATH: process.env.PATH, DATABASE_URL: dbUrl.toString(), LOG_LEVEL: 'warn', UPTIME_ENABLED: 'false', BACKUP_JOBS_ENABLED: 'false', AGENT_IP_RATE_LIMIT_PER_MIN: '100000000', AGENT_SITE_RATE_LIMIT_PER_MIN: '100000', RETAINER_ADMIN_EMAIL: 'bench@example.com', RETAINER_ADMIN_PASSWORD: 'bench-password', DB_POOL_MAX: '16' };
  for (let i = 0; i < HUBS; i++) {
    const port = await freePort();
    const nodeArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [];
    const child = spawn(process.execPath, [...nodeArgs, serverJs], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
    hubs.push({ child, port });
  }
  for (const h of hubs) {
    for (let t = 0; ; t++) { try { const r = await fetch(`http://127.0.0.1:${h.port}/healthz`); if (r.ok) break; } catch {} if (t > 400) throw new Error('hub did not start'); await new Promise((r) => setTimeout(r, 100)); }
  }

  const db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const t0 = performance.now();
  const clientId = randomUUID();
  await db.query("INSERT INTO clients (id, name, contact_email, created_at, updated_at) VALUES ($1, 'Bench', 'b@example.com', now(), now())", [clientId]);
  const sites = Array.from({ length: SITES }, (_, i) => ({ id: randomUUID(), keys: generateKeyPair(), url: `https://site-${i}.example.com` }));
  for (let i = 0; i < sites.length; i += 2000) {
    const chunk = sites.slice(i, i + 2000);
    await db.query(
      `INSERT INTO sites (id, client_id, label, url, status, public_key, enrolled_at, created_at, updated_at)
       SELECT id, $1, url, url, 'connected', pk, now(), now(), now() FROM unnest($2::uuid[], $3::text[], $4::text[]) AS t(id, url, pk)`,
      [clientId, chunk.map((s) => s.id), chunk.map((s) => s.url), chunk.map((s) => s.keys.publicKey)],
    );
  }
  await db.end();
  console.log(`seeded ${SITES} enrolled sites in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${HUBS} hub process(es); ${cpus().length} cores`);

  // --- realistic report per request ----------------------------------------------------------------
  const plugins = Array.from({ length: 40 }, (_, i) => ({ file: `plugin-${i}/plugin-${i}.php`, name: `Plugin number ${i} with a realistic name`, version: `${1 + (i % 5)}.${i % 10}.${i % 3}`, active: i % 4 !== 0, network_active: false, auto_update: i % 7 === 0, update_version: i % 6 === 0 ? `${2 + (i % 5)}.0.0` : null }));
  const themes = Array.from({ length: 10 }, (_, i) => ({ stylesheet: `theme-${i}`, name: `Theme ${i}`, version: `1.${i}`, active: i === 0, auto_update: false, update_version: i === 3 ? '2.0' : null }));
  const makeReport = (site) => JSON.stringify({
    report_id: randomUUID(), protocol_version: 1, generated_at: new Date().toISOString(), trigger: 'cron', site_url: site.url, agent_version: '0.1.0',
    core: { version: '6.8.1', update_version: '6.8.3', locale: 'en_US', multisite: false },
    environment: { php_version: '8.2.29', db_server: 'mariadb', db_version: '10.11.14', web_server: 'nginx/1.26.3', commands_url: `${site.url}/wp-json/retainer/v1/commands` },
    plugins, themes, translations: [{ type: 'plugin', slug: 'plugin-1', language: 'fr_FR', version: '1.1.1' }],
    health: { status: 'good', good: 18, recommended: 2, critical: CHANGING ? Math.floor(Math.random() * 1e6) : 0, checked_at: '2026-11-01T00:00:00Z' },
    ...(BACKUPS ? { backups: backupsSection() } : {}),
  });
  const sampleSize = Buffer.byteLength(makeReport(sites[0]));

  const pools = hubs.map((h) => new Pool(`http://127.0.0.1:${h.port}`, { connections: Math.ceil(CONCURRENCY / hubs.length), pipelining: 1 }));
  const latencies = [];
  let ok = 0, failed = 0, measuring = false, statusCounts = {};
  let stopAt = Infinity;
  let next = 0;
  let hubCpu0 = 0, hubSys0 = 0, pgCpu0 = 0, tStart = 0, selfCpu0 = 0;
  const startMeasuring = () => {
    if (measuring) return;
    measuring = true;
    stopAt = Date.now() + SECONDS * 1000;
    hubCpu0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0);
    hubSys0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid, 'sys'), 0);
    pgCpu0 = pgBefore();
    selfCpu0 = process.cpuUsage();
    tStart = performance.now();
  };
  async function worker(w) {
    const pool = pools[w % pools.length];
    while (Date.now() < stopAt) {
      if (!measuring && (COLD || next >= sites.length)) startMeasuring();
      const site = sites[next++ % sites.length];
      const body = makeReport(site);
      const headers = signRequest({ siteId: site.id, method: 'POST', path: '/agent/v1/reports', body, privateKey: site.keys.privateKeyObject });
      const t = performance.now();
      try {
        const res = await pool.request({ method: 'POST', path: '/agent/v1/reports', headers: { ...headers, 'content-type': 'application/json' }, body });
        await res.body.text();
        const dt = performance.now() - t;
        if (measuring) { statusCounts[res.statusCode] = (statusCounts[res.statusCode] ?? 0) + 1; if (res.statusCode === 200) { ok++; latencies.push(dt); } else failed++; }
      } catch (e) { if (measuring) failed++; }
    }
  }
  // PostgreSQL backends come and go: sample each one's CPU time while running and sum the per-process
  // growth, so a backend that exits mid-run still counts.
  const pgSeen = new Map();
  const samplePg = () => { for (const p of pidsOf('postgres')) { const c = cpuOf(p); const s = pgSeen.get(p); pgSeen.set(p, { first: s ? s.first : c, last: c }); } };
  const pgSampler = setInterval(samplePg, 250);
  const pgBefore = () => { samplePg(); let t = 0; for (const v of pgSeen.values()) t += v.last - v.first; return t; };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, i) => worker(i)));
  const elapsed = (performance.now() - tStart) / 1000;
  const hubCpu = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0) - hubCpu0;
  const hubSys = hubs.reduce((a, h) => a + cpuOf(h.child.pid, 'sys'), 0) - hubSys0;
  const pgCpu = pgBefore() - pgCpu0;
  clearInterval(pgSampler);
  const self = process.cpuUsage(selfCpu0);
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1);

  const check = new pg.Client({ connectionString: dbUrl.toString() });
  await check.connect();
  const stored = (await check.query('SELECT count(*)::int AS n FROM reports')).rows[0].n;
  const inv = (await check.query('SELECT count(*)::int AS n FROM site_inventory')).rows[0].n;
  await check.end();

  console.log(JSON.stringify({ statusCounts }, null, 0));
  console.log(`report body ${(sampleSize / 1024).toFixed(1)} KiB, inventory ${CHANGING ? 'changes with every report' : 'repeats between reports'}${BACKUPS ? ', with a 30-backup section' : ''}, concurrency ${CONCURRENCY}, ${SECONDS} s measured ${COLD ? 'from a cold start' : 'after every site reported once'}`);
  console.log(`reports/s:       ${(ok / elapsed).toFixed(0)}  (${ok} ok, ${failed} failed)`);
  console.log(`latency ms:      p50 ${pct(50)}  p90 ${pct(90)}  p99 ${pct(99)}  max ${latencies.at(-1)?.toFixed(1)}`);
  console.log(`hub CPU:         ${((hubCpu / elapsed) * 100).toFixed(0)} % of one core (${HUBS} process(es); kernel part ${((hubSys / elapsed) * 100).toFixed(0)} %), ${((hubCpu / ok) * 1000).toFixed(2)} ms per report`);
  console.log(`PostgreSQL CPU:  ${((pgCpu / elapsed) * 100).toFixed(0)} % of one core, ${((pgCpu / ok) * 1000).toFixed(2)} ms per report`);
  console.log(`load generator:  ${(((self.user + self.system) / 1e6 / elapsed) * 100).toFixed(0)} % of one core`);
  console.log(`stored reports:  ${stored} (every 200 answer is a stored row: ${stored >= ok ? 'yes' : 'NO'}), sites with inventory: ${inv}`);
  if (failed > 0 || stored < ok) exitCode = 1;
  for (const p of pools) await p.close();
} finally {
  // Wait for the hubs to exit before their database is dropped.
  await Promise.all(hubs.map((h) => new Promise((r) => { if (h.child.exitCode !== null) return r(); h.child.once('exit', r); h.child.kill('SIGTERM'); })));
  await benchDb.drop();
}
process.exit(exitCode);
