#!/usr/bin/env node
// bench/update-center: the fleet update center with 10,000 sites. Seeds a fresh PostgreSQL database with
// connected sites whose stored inventories look like real ones (25 plugins each out of a pool of 300,
// 3 themes, core, a few translations; some of them with updates), starts the built hub, then measures
//   - GET /api/v1/updates (every pending update grouped by item) as the screen asks for it (counts only,
//     then one item's sites) and with every item's sites, unfiltered and filtered: p50/p95, size,
//   - in Debian's Chromium: the Updates screen's first render (navigation -> first item visible) and
//     opening the item on most sites (click -> its first site row visible).
//   npm run build && node bench/update-center/run.mjs [--sites 10000] [--rounds 10]
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { args, createBenchDatabase, startBuiltHub, signedInDashboard } from '../lib.mjs';

const SITES = Number(args.sites ?? 10_000);
const ROUNDS = Number(args.rounds ?? 10);
const SCREEN = args.screen !== '0';
const OWNER = { email: 'bench@example.com', password: 'bench-password' };
const pct = (arr, p) => { const s = [...arr].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };


// A deterministic "random" so every run seeds the same fleet.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const POOL = Array.from({ length: 300 }, (_, i) => ({ slug: `plugin-${i}`, name: `Plugin ${i}`, version: `${1 + (i % 9)}.${i % 7}.${i % 5}` }));
const bump = (v) => v.replace(/(\d+)$/, (n) => String(Number(n) + 1));

function inventory() {
  // Popular plugins (low indexes) are on many sites, as in real fleets.
  const chosen = new Set();
  while (chosen.size < 25) chosen.add(Math.floor(POOL.length * rnd() ** 2));
  const plugins = [...chosen].map((i) => {
    const p = POOL[i];
    const outdated = rnd() < 0.12;
    return { file: `${p.slug}/${p.slug}.php`, name: p.name, version: p.version, active: true, network_active: false, auto_update: false, update_version: outdated ? bump(p.version) : null };
  });
  const themes = ['twentytwentyfive', 'twentytwentyfour', 'astra'].map((t, i) => ({ stylesheet: t, name: t, version: `1.${i}`, active: i === 0, update_version: rnd() < 0.1 ? `1.${i + 1}` : null }));
  const translations = rnd() < 0.3 ? [{ type: 'plugin', slug: 'plugin-1', language: 'fr_FR', version: '1.0' }] : [];
  return { plugins, themes, translations, core: { version: '6.8.1', update_version: rnd() < 0.2 ? '6.8.3' : null } };
}

const benchDb = await createBenchDatabase('retainer_bench_update_center');
let hub;
try {
  hub = await startBuiltHub({ DATABASE_URL: benchDb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password, LOGIN_IP_RATE_LIMIT_PER_MIN: '1000' });
  const db = new pg.Client({ connectionString: benchDb.url });
  await db.connect();
  const clients = Array.from({ length: 200 }, (_, i) => ({ id: randomUUID(), name: `Client ${String(i).padStart(3, '0')}` }));
  await db.query(`INSERT INTO clients (id, name, contact_email, created_at, updated_at) SELECT id, name, 'c@example.com', now(), now() FROM unnest($1::uuid[], $2::text[]) AS t(id, name)`, [clients.map((c) => c.id), clients.map((c) => c.name)]);
  const t0 = performance.now();
  let pendingTotal = 0;
  for (let start = 0; start < SITES; start += 500) {
    const ids = [], clientIds = [], labels = [], invs = [];
    for (let g = start; g < Math.min(SITES, start + 500); g++) {
      const inv = inventory();
      pendingTotal += inv.plugins.filter((p) => p.update_version).length + inv.themes.filter((t) => t.update_version).length + (inv.core.update_version ? 1 : 0) + inv.translations.length;
      ids.push(randomUUID()); clientIds.push(clients[g % 200].id); labels.push(`Site ${g}`); invs.push(JSON.stringify(inv));
    }
    await db.query(
      `INSERT INTO sites (id, client_id, label, url, status, public_key, created_at, updated_at, wp_version, php_version, agent_version, last_report_at)
       SELECT id, c, l, 'https://' || replace(lower(l), ' ', '-') || '.example.com', 'connected', 'x', now(), now(), '6.8.1', '8.2', '0.1.0', now()
       FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS t(id, c, l)`,
      [ids, clientIds, labels],
    );
    await db.query(
      `INSERT INTO site_inventory (site_id, inventory_hash, report_id, generated_at, received_at, inventory)
       SELECT id, md5(inv), gen_random_uuid(), now(), now(), inv::jsonb FROM unnest($1::uuid[], $2::text[]) AS t(id, inv)`,
      [ids, invs],
    );
  }
  await db.query('ANALYZE');
  await db.end();
  console.log(`seeded ${SITES} sites (${pendingTotal} pending updates) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const login = await (await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) })).json();
  const auth = { authorization: `Bearer ${login.token}` };
  // What the screen asks for (counts only, then the sites of the item it opens), and the whole list
  // with every item's sites as API clients may still ask for it.
  const biggest = (await (await fetch(`${hub.url}/api/v1/updates?include_sites=false`, { headers: auth })).json()).items[0];
  const queries = [
    'include_sites=false',
    'type=plugin&include_sites=false',
    `client_id=${clients[7].id}&include_sites=false`,
    `type=${biggest.type}&item_id=${encodeURIComponent(biggest.id)}`,
    '',
    'type=plugin',
    `client_id=${clients[7].id}`,
    'q=plugin-1',
    'security=true',
    'type=core',
  ];
  for (const q of queries) {
    await (await fetch(`${hub.url}/api/v1/updates?${q}`, { headers: auth })).arrayBuffer(); // warm
    const lat = [];
    let bytes = 0, items = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t = performance.now();
      const r = await fetch(`${hub.url}/api/v1/updates?${q}`, { headers: auth });
      const body = await r.text();
      lat.push(performance.now() - t);
      bytes = body.length;
      items = JSON.parse(body).total_items;
    }
    console.log(`GET /api/v1/updates?${q.padEnd(48)} p50 ${pct(lat, 50).toFixed(0).padStart(5)} ms, p95 ${pct(lat, 95).toFixed(0).padStart(5)} ms, ${(bytes / 1024).toFixed(0)} KiB, ${items} items`);
  }

  if (SCREEN) {
    const { browser, page } = await signedInDashboard(hub.url, OWNER);
    await page.getByRole('heading', { name: 'Fleet' }).waitFor();
    const render = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await page.goto(`${hub.url}/updates`, { waitUntil: 'commit' });
      await page.getByTestId('update-item').first().waitFor({ timeout: 60_000 });
      render.push(performance.now() - t);
    }
    // Opening the item with the most sites: its site rows are loaded then.
    const open = [];
    for (let i = 0; i < 5; i++) {
      const row = page.getByTestId('update-item').first();
      const t = performance.now();
      await row.getByRole('button', { name: /Show sites/ }).click();
      await page.getByTestId('update-site').first().waitFor({ timeout: 60_000 });
      open.push(performance.now() - t);
      await row.getByRole('button', { name: /Hide sites/ }).click();
      await page.getByTestId('update-site').first().waitFor({ state: 'detached' });
    }
    await browser.close();
    console.log(`Updates screen first render (navigation -> first item visible): p50 ${pct(render, 50).toFixed(0)} ms, max ${Math.max(...render).toFixed(0)} ms`);
    console.log(`open the item on most sites (${biggest.site_count} sites; click -> first site row visible): p50 ${pct(open, 50).toFixed(0)} ms, max ${Math.max(...open).toFixed(0)} ms`);
  }
} finally {
  await hub?.stop();
  if (args.keep) console.log(`kept ${benchDb.url}`);
  else await benchDb.drop();
}
