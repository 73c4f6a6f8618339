#!/usr/bin/env node
// bench/site-import: moving a fleet in. Seeds a fresh PostgreSQL database with --existing sites
// (default 10,000) over 200 clients, starts the built hub, then imports --rows sites (default 1,000,
// the most one import takes) through POST /api/v1/sites/import with an enrollment code each: half to
// existing clients, half to 50 new ones. Prints each import's wall time, --rounds times (each round
// with new addresses), and checks every imported site and code is stored.
//   npm run build:hub && node bench/site-import/run.mjs [--existing 10000] [--rows 1000] [--rounds 5]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { args, createBenchDatabase, startBuiltHub } from '../lib.mjs';

const EXISTING = Number(args.existing ?? 10_000);
const ROWS = Number(args.rows ?? 1000);
const ROUNDS = Number(args.rounds ?? 5);
const OWNER = { email: 'bench@example.com', password: 'bench-password' };
const pct = (arr, p) => { const s = [...arr].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

const benchDb = await createBenchDatabase('retainer_bench_site_import');
let hub;
try {
  hub = await startBuiltHub({ DATABASE_URL: benchDb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password, UPTIME_ENABLED: 'false' });
  const db = new pg.Client({ connectionString: benchDb.url });
  await db.connect();
  db.on('error', () => {}); // the database is dropped at the end, perhaps with this client still open
  const clients = Array.from({ length: 200 }, (_, i) => ({ id: randomUUID(), name: `Client ${String(i).padStart(3, '0')}` }));
  await db.query(`INSERT INTO clients (id, name, contact_email, created_at, updated_at) SELECT id, name, 'c@example.com', now(), now() FROM unnest($1::uuid[], $2::text[]) AS t(id, name)`, [clients.map((c) => c.id), clients.map((c) => c.name)]);
  await db.query(
    `INSERT INTO sites (id, client_id, label, url, status, created_at, updated_at)
     SELECT gen_random_uuid(), ($1::uuid[])[1 + g % 200], 'Site ' || g, 'https://site-' || g || '.example', 'pending', now(), now() FROM generate_series(0, $2::int - 1) AS g`,
    [clients.map((c) => c.id), EXISTING],
  );
  const login = await (await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) })).json();
  const headers = { authorization: `Bearer ${login.token}`, 'content-type': 'application/json' };
  console.log(`${EXISTING} sites on the hub; importing ${ROWS} sites with codes, ${ROUNDS} times`);

  const times = [];
  for (let round = 0; round < ROUNDS; round++) {
    const rows = Array.from({ length: ROWS }, (_, i) =>
      i % 2 === 0
        ? { client: clients[i % 200].name.toUpperCase(), url: `https://import-${round}-${i}.example`, label: `Imported ${round}-${i}` }
        : { client: `New client ${round}-${i % 100}`, client_email: `new-${round}-${i % 100}@example.com`, url: `https://import-${round}-${i}.example/shop/` },
    );
    const t = performance.now();
    const res = await fetch(`${hub.url}/api/v1/sites/import`, { method: 'POST', headers, body: JSON.stringify({ rows }) });
    const body = await res.json();
    times.push(performance.now() - t);
    if (res.status !== 201) throw new Error(`import: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    const stored = await db.query('SELECT count(*)::int AS n FROM sites s JOIN enrollment_codes c ON c.site_id = s.id WHERE s.id = ANY ($1::uuid[]) AND c.used_at IS NULL', [body.sites.map((s) => s.site_id)]);
    if (body.sites.length !== ROWS || stored.rows[0].n !== ROWS || body.created_clients.length !== 50) throw new Error(`round ${round}: ${body.sites.length} sites, ${stored.rows[0].n} codes, ${body.created_clients.length} new clients`);
  }
  await db.end();
  console.log(`import of ${ROWS} sites: p50 ${pct(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${(pct(times, 50) / ROWS).toFixed(2)} ms per site); every site, code and new client stored`);
} catch (err) {
  console.error(err);
  process.exitCode = 1;
} finally {
  await hub?.stop();
  await benchDb.drop();
}
