#!/usr/bin/env node
// bench/update-runs: one update run over 1,000 simulated sites (3 items each, 10 of them held). The built
// hub dispatches signed apply_updates commands to loopback agents that take 200–2000 ms per site, post
// each item's event through the signed events endpoint and answer with the command result. The run is
// followed through its SSE progress stream. Prints wall time, hub CPU per site, peak hub CPU and whether
// the stream's final state and the jobs are exactly right (every site/item once, no lost or repeated job).
//
//   npm run build:hub && node bench/update-runs/run.mjs [--sites 1000] [--concurrency 10] [--min-ms 200] [--max-ms 2000] [--hubs 1] [--warmup 100] [--outbox 1] [--cpu-prof DIR] [--count-statements 1]
//
// Uses TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) to create and drop its
// own database. Only loopback traffic; stops by itself.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Agent, request } from 'undici';
import { generateKeyPair, signRequest } from '../../packages/protocol/dist/src/index.js';
import { args, cpuOf, createBenchDatabase, freePort } from '../lib.mjs';

const SITES = Number(args.sites ?? 1000);
const CONCURRENCY = Number(args.concurrency ?? 10);
const MIN_MS = Number(args['min-ms'] ?? 200);
const MAX_MS = Number(args['max-ms'] ?? 2000);
const HUBS = Number(args.hubs ?? 1);
const HELD = Math.min(10, SITES);
// A hub that has been running meets a run warm (compiled code, cached site keys): a short run over
// other sites goes first and is not measured.
const WARMUP = Number(args.warmup ?? 100);
// --outbox 0: agents report events only in the command result, not also through the signed events
// endpoint (separates the hub's orchestration from the cost of the agents' event traffic).
const OUTBOX = args.outbox !== '0';
// --count-statements 1: the hubs count the SQL statements they send during the measured run (a figure
// that, unlike CPU time, does not move with the machine's load).
const COUNT = args['count-statements'] === '1';
const root = join(import.meta.dirname, '..', '..');
const serverJs = join(root, 'dashboard-server', 'dist', 'src', 'server.js');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const benchDb = await createBenchDatabase('retainer_bench_updates');
const hubs = [];
let agentServer;
let exitCode = 0;
try {
  // --- simulated agents: one loopback server, sites told apart by path -------------------------------
  const agentPort = await freePort();
  const all = Array.from({ length: SITES + WARMUP }, (_, i) => ({ id: randomUUID(), i, keys: generateKeyPair(), url: `http://127.0.0.1:${agentPort}` }));
  const sites = all.slice(0, SITES);
  const warm = all.slice(SITES);
  const byId = new Map(all.map((s) => [s.id, s]));
  const executions = new Map(); // command_id -> times executed
  const pushes = new Map(); // command_id -> times received
  const results = new Map();
  let hubUrl = '';
  const dispatcher = new Agent({ connections: 256 });
  const postEvents = async (site, events) => {
    const body = JSON.stringify({ events });
    const headers = signRequest({ siteId: site.id, method: 'POST', path: '/agent/v1/update-events', body, privateKey: site.keys.privateKeyObject });
    const res = await request(`${hubUrl}/agent/v1/update-events`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body, dispatcher });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`update-events ${res.statusCode}: ${text}`);
  };
  let inFlight = 0;
  let maxInFlight = 0;
  const runCommand = async (command) => {
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    try {
      return await runItems(command);
    } finally {
      inFlight--;
    }
  };
  const runItems = async (command) => {
    const site = byId.get(command.site_id);
    const started = new Date().toISOString();
    const delay = MIN_MS + Math.random() * (MAX_MS - MIN_MS);
    const events = [];
    const per = delay / command.args.items.length;
    for (const item of command.args.items) {
      await sleep(per);
      const t = new Date().toISOString();
      const event = { event_id: randomUUID(), command_id: command.command_id, run_id: command.args.run_id, item: { type: item.type, id: item.id, name: item.id }, from_version: item.type === 'core' ? '6.8.1' : '1.0.0', to_version: item.to_version ?? null, outcome: 'updated', reason_code: null, reason: null, started_at: started, finished_at: t, probes: { before: [{ url: `${site.url}/`, status: 200, ms: 80, fatal_marker: false }], after: [{ url: `${site.url}/`, status: 200, ms: 95, fatal_marker: false }], after_rollback: [] } };
      events.push(event);
      if (OUTBOX) await postEvents(site, [event]); // the agent's outbox, right after each item
    }
    return { command_id: command.command_id, status: 'ok', started_at: started, finished_at: new Date().toISOString(), output: { events } };
  };
  agentServer = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const command = JSON.parse(Buffer.concat(chunks).toString());
      pushes.set(command.command_id, (pushes.get(command.command_id) ?? 0) + 1);
      // At most once per command_id: a command sent again gets the first run's result.
      let result = results.get(command.command_id);
      if (!result) {
        executions.set(command.command_id, (executions.get(command.command_id) ?? 0) + 1);
        result = runCommand(command);
        results.set(command.command_id, result);
      }
      try {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await result));
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  agentServer.keepAliveTimeout = 30_000;
  await new Promise((r) => agentServer.listen(agentPort, '127.0.0.1', r));

  // --- hub processes and the fleet --------------------------------------------------------------------
  const env = { PATH: process.env.PATH, DATABASE_URL: benchDb.url, LOG_LEVEL: 'warn', UPTIME_ENABLED: 'false', BACKUP_JOBS_ENABLED: 'false', REPORTS_ENABLED: 'false', BILLING_ENABLED: 'false', AGENT_IP_RATE_LIMIT_PER_MIN: '100000000', AGENT_SITE_RATE_LIMIT_PER_MIN: '100000', RETAINER_ADMIN_EMAIL: 'bench@example.com', RETAINER_ADMIN_PASSWORD: 'bench-password', DB_POOL_MAX: '16', UPDATE_RUN_CONCURRENCY: String(CONCURRENCY) };
  for (let i = 0; i < HUBS; i++) {
    const port = await freePort();
    const nodeArgs = args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : [];
    const counted = COUNT ? join(mkdtempSync(join(tmpdir(), 'retainer-statements-')), 'counts') : undefined;
    if (counted) nodeArgs.push('--import', join(import.meta.dirname, 'count-statements.mjs'));
    const child = spawn(process.execPath, [...nodeArgs, serverJs], { env: { ...env, PORT: String(port), ...(counted ? { STATEMENTS_FROM: serverJs, STATEMENTS_OUT: counted } : {}) }, stdio: ['ignore', 'inherit', 'inherit'] });
    hubs.push({ child, port, counted });
  }
  for (const h of hubs) {
    for (let t = 0; ; t++) {
      try {
        if ((await fetch(`http://127.0.0.1:${h.port}/healthz`)).ok) break;
      } catch {}
      if (t > 400) throw new Error('hub did not start');
      await sleep(100);
    }
  }
  hubUrl = `http://127.0.0.1:${hubs[0].port}`;

  const db = new pg.Client({ connectionString: benchDb.url });
  await db.connect();
  const clientId = randomUUID();
  await db.query("INSERT INTO clients (id, name, contact_email, created_at, updated_at) VALUES ($1, 'Bench', 'b@example.com', now(), now())", [clientId]);
  const inventory = JSON.stringify({
    core: { version: '6.8.1', update_version: '6.8.3', locale: 'en_US', multisite: false },
    plugins: [
      { file: 'akismet/akismet.php', name: 'Akismet Anti-spam', version: '5.3', active: true, network_active: false, auto_update: false, update_version: '5.3.2' },
      { file: 'woocommerce/woocommerce.php', name: 'WooCommerce', version: '9.9.0', active: true, network_active: false, auto_update: false, update_version: '10.1.0' },
    ],
    themes: [],
    translations: [],
  });
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    await db.query(
      `INSERT INTO sites (id, client_id, label, url, status, public_key, enrolled_at, created_at, updated_at, commands_url)
       SELECT id, $1, 'site-' || n, $2, 'connected', pk, now(), now(), now(), $2 || '/s/' || n || '/wp-json/retainer/v1/commands' FROM unnest($3::uuid[], $4::text[], $5::int[]) AS t(id, pk, n)`,
      [clientId, `http://127.0.0.1:${agentPort}`, chunk.map((s) => s.id), chunk.map((s) => s.keys.publicKey), chunk.map((s) => s.i)],
    );
    await db.query(
      `INSERT INTO site_inventory (site_id, inventory_hash, report_id, generated_at, received_at, inventory) SELECT id, 'h', gen_random_uuid(), now(), now(), $2::jsonb FROM unnest($1::uuid[]) AS t(id)`,
      [chunk.map((s) => s.id), inventory],
    );
  }
  await db.query("INSERT INTO update_holds (id, site_id, item_type, item_id, reason, created_at) SELECT gen_random_uuid(), id, 'plugin', 'woocommerce/woocommerce.php', 'Custom checkout', now() FROM unnest($1::uuid[]) AS t(id)", [sites.slice(0, HELD).map((s) => s.id)]);

  const login = await (await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password' }) })).json();
  const auth = { authorization: `Bearer ${login.token}` };
  const items = [{ type: 'plugin', id: 'akismet/akismet.php' }, { type: 'plugin', id: 'woocommerce/woocommerce.php' }, { type: 'core', id: 'wordpress' }];
  console.log(`${SITES} sites × ${items.length} items (${HELD} sites hold one), agents answer in ${MIN_MS}–${MAX_MS} ms${OUTBOX ? ' and post every event as it happens' : ', events only in the command result'}; concurrency ${CONCURRENCY}; ${HUBS} hub process(es); ${cpus().length} cores`);

  /** Starts a run over `list` and follows its stream to the end; returns the final state the stream built. */
  const createRun = async (list) => {
    const created = await fetch(`${hubUrl}/api/v1/update-runs`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ targets: list.map((s) => ({ site_id: s.id, items })) }) });
    if (created.status !== 201) throw new Error(`create run: ${created.status} ${await created.text()}`);
    return (await created.json()).run;
  };
  // Follow the stream (from the last hub, so with --hubs 2 it shows another process's progress).
  const follow = async (runId) => {
    const stream = await fetch(`http://127.0.0.1:${hubs.at(-1).port}/api/v1/update-runs/${runId}/stream`, { headers: auth });
    const state = { sites: new Map(), items: new Map() };
    // `run` events carry the run's own status changes (started, cancel requested): counted, not part of the site/item state.
    const counts = { snapshot: 0, run: 0, site: 0, item: 0, done: 0 };
    let buffer = '';
    let doneRun;
    const decoder = new TextDecoder();
    for await (const chunk of stream.body) {
      buffer += decoder.decode(chunk, { stream: true });
      let cut;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const ev = /^event: (.*)$/m.exec(frame)?.[1];
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (!ev) continue;
        counts[ev] = (counts[ev] ?? 0) + 1;
        const body = JSON.parse(data);
        if (ev === 'snapshot') {
          for (const s of body.sites) {
            state.sites.set(s.site_id, s.status);
            for (const i of s.items) state.items.set(`${s.site_id}|${i.type}|${i.id}`, i.status);
          }
        } else if (ev === 'site') state.sites.set(body.site_id, body.status);
        else if (ev === 'item') state.items.set(`${body.site_id}|${body.type}|${body.id}`, body.status);
        else if (ev === 'done') doneRun = body.run;
      }
      if (doneRun) break;
    }
    return { state, counts, doneRun };
  };

  if (WARMUP > 0) {
    const w = await follow((await createRun(warm)).id);
    console.log(`warm-up run over ${WARMUP} other sites: ${w.doneRun?.status}`);
  }
  inFlight = 0;
  maxInFlight = 0;

  // --- the run ---------------------------------------------------------------------------------------
  await sleep(2000); // let the hubs settle
  // What the hub spends doing nothing (timers, the dispatcher's periodic pass), to tell it from the run's cost.
  const idle0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0);
  await sleep(5000);
  const idlePerS = (hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0) - idle0) / 5;
  if (COUNT) hubs.forEach((h) => h.child.kill('SIGUSR2')); // counts start here
  const cpu0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0);
  const sys0 = hubs.reduce((a, h) => a + cpuOf(h.child.pid, 'sys'), 0);
  const t0 = performance.now();
  let peak = 0;
  let last = { t: t0, cpu: cpu0 };
  const sampler = setInterval(() => {
    const t = performance.now();
    const cpu = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0);
    if (t - last.t >= 900) {
      peak = Math.max(peak, (cpu - last.cpu) / ((t - last.t) / 1000));
      last = { t, cpu };
    }
  }, 1000);
  const run = await createRun(sites);
  const tCreated = performance.now();
  const { state, counts, doneRun } = await follow(run.id);
  const wall = (performance.now() - t0) / 1000;
  const cpu = hubs.reduce((a, h) => a + cpuOf(h.child.pid), 0) - cpu0;
  const sys = hubs.reduce((a, h) => a + cpuOf(h.child.pid, 'sys'), 0) - sys0;
  clearInterval(sampler);
  /** Statements the hubs sent during the run, by name (or opening text), most frequent first. */
  let statements;
  if (COUNT) {
    hubs.forEach((h) => h.child.kill('SIGUSR2'));
    const all = new Map();
    for (const h of hubs) {
      for (let t = 0; !existsSync(`${h.counted}.2`) && t < 100; t++) await sleep(20);
      for (const [k, n] of JSON.parse(readFileSync(`${h.counted}.2`, 'utf8'))) all.set(k, (all.get(k) ?? 0) + n);
      rmSync(join(h.counted, '..'), { recursive: true, force: true });
    }
    statements = [...all].sort((a, b) => b[1] - a[1]);
  }

  // --- correctness ---------------------------------------------------------------------------------------
  const detail = await (await fetch(`${hubUrl}/api/v1/update-runs/${run.id}`, { headers: auth })).json();
  const mismatches = [];
  for (const s of detail.sites) {
    if (state.sites.get(s.site_id) !== s.status) mismatches.push(`site ${s.site_id}: stream ${state.sites.get(s.site_id)} ≠ ${s.status}`);
    for (const i of s.items) if (state.items.get(`${s.site_id}|${i.type}|${i.id}`) !== i.status) mismatches.push(`item ${s.site_id} ${i.id}: stream ${state.items.get(`${s.site_id}|${i.type}|${i.id}`)} ≠ ${i.status}`);
  }
  const statusTally = (m) => [...m.values()].reduce((a, v) => ({ ...a, [v]: (a[v] ?? 0) + 1 }), {});
  const jobs = await db.query("SELECT j.command_id, (SELECT count(*)::int FROM commands c WHERE c.site_id = j.site_id AND c.type = 'apply_updates') AS commands FROM update_run_sites j WHERE j.run_id = $1", [run.id]);
  const eventsStored = (await db.query('SELECT count(*)::int AS n FROM update_events WHERE run_id = $1', [run.id])).rows[0].n;
  // How long a job took on the hub's clock against the agent's own time, and how long a freed slot stayed empty.
  const timing = (await db.query(
    `WITH j AS (SELECT dispatched_at, finished_at FROM update_run_sites WHERE run_id = $1 AND dispatched_at IS NOT NULL)
     SELECT avg(extract(epoch FROM finished_at - dispatched_at) * 1000)::int AS job_ms,
       (SELECT avg(gap)::int FROM (SELECT extract(epoch FROM (SELECT min(d.dispatched_at) FROM j d WHERE d.dispatched_at >= f.finished_at) - f.finished_at) * 1000 AS gap FROM j f) g) AS refill_ms
     FROM j`,
    [run.id],
  )).rows[0];
  await db.end();
  const lost = jobs.rows.filter((j) => !executions.has(j.command_id)).length;
  const repeatedJobs = jobs.rows.filter((j) => j.commands !== 1).length;
  const repeatedExec = [...executions.values()].filter((n) => n !== 1).length;
  const resent = [...pushes.values()].filter((n) => n > 1).length;
  const expectedItems = SITES * items.length;
  const ok =
    doneRun?.status === 'done' &&
    mismatches.length === 0 &&
    state.sites.size === SITES &&
    state.items.size === expectedItems &&
    doneRun.counts.updated === expectedItems - HELD &&
    doneRun.counts.skipped_held === HELD &&
    lost === 0 &&
    maxInFlight <= CONCURRENCY &&
    repeatedJobs === 0 &&
    repeatedExec === 0 &&
    eventsStored === expectedItems;

  console.log(`run created in:  ${(tCreated - t0).toFixed(0)} ms (${SITES} jobs, ${expectedItems} items)`);
  console.log(`wall time:       ${wall.toFixed(1)} s (ideal at this concurrency ≈ ${((SITES * ((MIN_MS + MAX_MS) / 2)) / CONCURRENCY / 1000).toFixed(1)} s)`);
  console.log(`hub CPU:         ${(cpu * 1000).toFixed(0)} ms in total, ${((cpu * 1000) / SITES).toFixed(2)} ms per site (target < 5; ${((sys * 1000) / SITES).toFixed(2)} of it in the kernel; ${(((cpu - idlePerS * wall) * 1000) / SITES).toFixed(2)} above the idle hub's ${(idlePerS * 1000).toFixed(0)} ms/s), average ${((cpu / wall) * 100).toFixed(0)} % of one core, peak ${(peak * 100).toFixed(0)} % (1 s samples)`);
  if (statements) console.log(`statements:      ${(statements.reduce((a, [, n]) => a + n, 0) / SITES).toFixed(2)} per site (${statements.slice(0, 8).map(([k, n]) => `${k} ${(n / SITES).toFixed(2)}`).join(', ')})`);
  console.log(`stream:          ${counts.snapshot} snapshot, ${counts.site} site and ${counts.item} item events, done: ${doneRun?.status}; final state ${state.sites.size} sites ${JSON.stringify(statusTally(state.sites))}, ${state.items.size} items ${JSON.stringify(statusTally(state.items))}; differences from GET: ${mismatches.length}`);
  console.log(`jobs:            ${jobs.rowCount} jobs; never executed ${lost}; sites with ≠ 1 command ${repeatedJobs}; commands executed more than once ${repeatedExec}; sent again ${resent}; events stored ${eventsStored}/${expectedItems}; at most ${maxInFlight} sites updating at once (bound ${CONCURRENCY})`);
  console.log(`job time:        ${timing.job_ms} ms on average (agents take ${((MIN_MS + MAX_MS) / 2).toFixed(0)} ms on average); a freed slot is refilled after ${timing.refill_ms} ms on average`);
  console.log(`correct:         ${ok ? 'yes' : 'NO'}`);
  if (mismatches.length) console.log(mismatches.slice(0, 5).join('\n'));
  if (!ok) exitCode = 1;
  await dispatcher.close();
} finally {
  await Promise.all(hubs.map((h) => new Promise((r) => { if (h.child.exitCode !== null) return r(); h.child.once('exit', r); h.child.kill('SIGTERM'); })));
  agentServer?.close();
  await benchDb.drop();
}
process.exit(exitCode);
