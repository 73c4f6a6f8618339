#!/usr/bin/env node
// bench/uptime: the built hub monitors 10,000 sites at a 60 s interval against local HTTP servers on
// 127.0.0.1 (each site is its own path): mostly fast, some slow (1.5 s), some answering 500, some on a
// closed port. Prints checks/min, scheduling lag (due → started), hub CPU and memory, PostgreSQL CPU,
// and detection latency (a set of sites goes down → their incidents are opened).
//
//   npm run build && node bench/uptime/run.mjs [--sites 10000] [--warmup 70] [--seconds 120] [--hubs 1] [--flip 100]
//
// Hub settings: UPTIME_* and BACKUP_* variables in the environment are passed to the hub processes.
// Uses TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create and drop its
// own database. Only loopback traffic; stops by itself.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { cpus } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { args, cpuOf, createBenchDatabase, freePort, pidsOf } from '../lib.mjs';

const SITES = Number(args.sites ?? 10_000);
const WARMUP_S = Number(args.warmup ?? 70);
const SECONDS = Number(args.seconds ?? 120);
const HUBS = Number(args.hubs ?? 1);
const FLIP = Number(args.flip ?? 100);
const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dashboard-server', 'dist', 'src', 'server.js');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssOf = (pid) => { try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024; } catch { return 0; } };
const pids = pidsOf;

// --- the monitored "sites": one path per site on four local servers -------------------------------
// kind by index: 80 % fast, 10 % slow, 5 % HTTP 500, 5 % connection refused.
const kindOf = (i) => (i % 20 < 16 ? 'fast' : i % 20 < 18 ? 'slow' : i % 20 === 18 ? 'error' : 'refused');
const downSet = new Set(); // fast sites switched to "down" for the detection measurement
const servers = [];
const handler = (slow) => (req, res) => {
  const id = Number((req.url ?? '').split('/')[2]);
  if (downSet.has(id)) return void res.writeHead(503).end('down');
  const send = () => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome</body></html>');
  if (slow) setTimeout(send, 1500); else send();
};
const listen = (h) => new Promise((res) => { const s = createHttpServer(h); s.keepAliveTimeout = 65_000; servers.push(s); s.listen(0, '127.0.0.1', () => res(s.address().port)); });
const fastPorts = [await listen(handler(false)), await listen(handler(false))];
const slowPort = await listen(handler(true));
const errorPort = await listen((_req, res) => res.writeHead(500).end('error'));
const refusedPort = await freePort();
const urlOf = (i) => {
  const k = kindOf(i);
  const port = k === 'fast' ? fastPorts[i % 2] : k === 'slow' ? slowPort : k === 'error' ? errorPort : refusedPort;
  return `http://127.0.0.1:${port}/s/${i}`;
};

const benchDb = await createBenchDatabase('retainer_bench');
const dbUrl = new URL(benchDb.url);

const hubs = [];
let exitCode = 0;
const db = new pg.Client({ connectionString: dbUrl.toString() });
try {
  // UPTIME_* and BACKUP_* variables of this environment are passed on (e.g. BACKUP_JOBS_ENABLED=false
  // to measure the uptime work alone).
  const passed = Object.fromEntries(Object.entries(process.env).filter(([k]) => /^(UPTIME_|BACKUP_)/.test(k)));
  const env = { PATH: process.env.PATH, DATABASE_URL: dbUrl.toString(), LOG_LEVEL: 'warn', DB_POOL_MAX: '10', UPTIME_ENABLED: 'true', ...passed };
  // The first hub migrates the database; sites are seeded before the others start so every hub sees them.
  const startHub = async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [serverJs], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit'] });
    for (let t = 0; ; t++) { try { const r = await fetch(`http://127.0.0.1:${port}/healthz`); if (r.ok) break; } catch {} if (t > 400) throw new Error('hub did not start'); await sleep(100); }
    hubs.push({ child, port });
  };
  await startHub();
  await db.connect();
  const clientId = randomUUID();
  await db.query("INSERT INTO clients (id, name, contact_email, created_at, updated_at) VALUES ($1, 'Bench', 'b@example.com', now(), now())", [clientId]);
  const ids = Array.from({ length: SITES }, () => randomUUID());
  for (let i = 0; i < SITES; i += 2000) {
    const chunk = ids.slice(i, i + 2000);
    await db.query(
      `INSERT INTO sites (id, client_id, label, url, created_at, updated_at)
       SELECT id, $1, 'site ' || n, url, now(), now() FROM unnest($2::uuid[], $3::text[], $4::int[]) AS t(id, url, n)`,
      [clientId, chunk, chunk.map((_, j) => urlOf(i + j)), chunk.map((_, j) => i + j)],
    );
  }
  // Monitors exactly as the hub creates them (first check jittered over one interval), made here so
  // the warm-up does not wait for the hub's periodic sync.
  await db.query(`INSERT INTO monitors (site_id, next_check_at, created_at, updated_at) SELECT id, now() + random() * interval '60 seconds', now(), now() FROM sites`);
  for (let h = 1; h < HUBS; h++) await startHub();
  console.log(`seeded ${SITES} sites (80 % fast, 10 % slow 1.5 s, 5 % HTTP 500, 5 % refused); ${HUBS} hub process(es); ${cpus().length} cores`);

  console.log(`warming up ${WARMUP_S} s …`);
  await sleep(WARMUP_S * 1000);

  // --- measured window --------------------------------------------------------------------------
  const pgSeen = new Map();
  const samplePg = () => { for (const p of pids('postgres')) { const c = cpuOf(p); const s = pgSeen.get(p); pgSeen.set(p, { first: s ? s.first : c, last: c }); } };
  const pgTotal = () => { samplePg(); let t = 0; for (const v of pgSeen.values()) t += v.last - v.first; return t; };
  samplePg();
  const pgSampler = setInterval(samplePg, 500);
  let rssMax = 0;
  const rssSampler = setInterval(() => { for (const h of hubs) rssMax = Math.max(rssMax, rssOf(h.child.pid)); }, 1000);
  const hubCpu0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0);
  const pg0 = pgTotal();
  const self0 = process.cpuUsage();
  const tStart = new Date();
  const t0 = performance.now();

  // Detection: FLIP fast sites go down a few seconds into the window.
  await sleep(5000);
  const flipped = [];
  for (let i = 0; flipped.length < FLIP && i < SITES; i += 17) if (kindOf(i) === 'fast') flipped.push(i);
  const flippedAt = new Date();
  for (const i of flipped) downSet.add(i);

  await sleep(Math.max(0, SECONDS * 1000 - (performance.now() - t0)));
  const tEnd = new Date();
  const elapsed = (performance.now() - t0) / 1000;
  const hubCpu = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0) - hubCpu0;
  const pgCpu = pgTotal() - pg0;
  const self = process.cpuUsage(self0);
  clearInterval(pgSampler);
  clearInterval(rssSampler);

  const stats = (await db.query(
    `SELECT count(*)::int AS n,
       count(*) FILTER (WHERE status = 'up')::int AS up, count(*) FILTER (WHERE status = 'down')::int AS down,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM checked_at - scheduled_for)) AS lag50,
       percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM checked_at - scheduled_for)) AS lag99,
       max(extract(epoch FROM checked_at - scheduled_for)) AS lagmax,
       count(DISTINCT site_id)::int AS sites
     FROM uptime_checks WHERE checked_at >= $1 AND checked_at < $2`,
    [tStart, tEnd],
  )).rows[0];
  const perSite = (await db.query(
    `SELECT count(*)::int AS n FROM (SELECT site_id, scheduled_for, count(*) AS c FROM uptime_checks GROUP BY 1, 2 HAVING count(*) > 1) d`,
  )).rows[0].n;
  const detect = (await db.query(
    `SELECT extract(epoch FROM i.opened_at - $2::timestamptz)::float8 AS s FROM uptime_incidents i
     JOIN sites s ON s.id = i.site_id WHERE i.kind = 'down' AND (s.label = ANY($1::text[]))`,
    [flipped.map((i) => `site ${i}`), flippedAt],
  )).rows.map((r) => r.s).sort((a, b) => a - b);
  const q = (arr, p) => arr[Math.min(arr.length - 1, Math.floor(p * arr.length))];

  console.log(`measured ${elapsed.toFixed(0)} s after ${WARMUP_S} s warm-up`);
  console.log(`checks/min:        ${((stats.n / elapsed) * 60).toFixed(0)}  (${stats.n} checks of ${stats.sites} sites; ${stats.up} up, ${stats.down} down; duplicate (site, due time) claims: ${perSite})`);
  console.log(`scheduling lag s:  p50 ${Number(stats.lag50).toFixed(3)}  p99 ${Number(stats.lag99).toFixed(3)}  max ${Number(stats.lagmax).toFixed(3)}  (due → started)`);
  console.log(`hub CPU:           ${((hubCpu / elapsed) * 100).toFixed(0)} % of one core (${HUBS} process(es)); RSS max ${rssMax.toFixed(0)} MiB`);
  console.log(`PostgreSQL CPU:    ${((pgCpu / elapsed) * 100).toFixed(0)} % of one core`);
  console.log(`local servers:     ${(((self.user + self.system) / 1e6 / elapsed) * 100).toFixed(0)} % of one core (bench process)`);
  console.log(`detection s:       ${detect.length}/${flipped.length} incidents opened; p50 ${q(detect, 0.5)?.toFixed(1)}  max ${detect.at(-1)?.toFixed(1)}  (site down → incident opened; interval 60 s, confirm 2)`);
  if (perSite > 0 || detect.length < flipped.length) exitCode = 1;
} finally {
  for (const h of hubs) h.child.kill('SIGTERM');
  await sleep(1500);
  await db.end().catch(() => {});
  for (const s of servers) { s.closeAllConnections(); s.close(); }
  await benchDb.drop();
}
process.exit(exitCode);
