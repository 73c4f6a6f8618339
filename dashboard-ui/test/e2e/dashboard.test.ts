/**
 * The freelancer's path through the real dashboard: the built UI served by the built hub on a fresh
 * PostgreSQL database, in Debian's Chromium. The agent side is simulated with the protocol's own
 * signing code (the WordPress plugin has its own end-to-end test).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newPage } from './support/browser';
import { SimulatedAgent, makeReport } from '../../../dashboard-server/test/helpers/agent';
import { createTestDatabase, type TestDatabase } from '../../../dashboard-server/test/helpers/database';
import { freePort, startHubProcess, type HubProcess } from '../../../dashboard-server/test/helpers/hub-process';

const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'dashboard');
const OWNER = { email: 'owner@example.com', password: 'dashboard-e2e-pw' };

let tdb: TestDatabase;
let hub: HubProcess;
let browser: Browser;
let page: Page;
// The "WordPress site" of this test answers nowhere: commands reach it with its next report.
let siteUrl = '';
let siteId = '';
const agent = new SimulatedAgent();

async function agentPost(path: string, body: unknown) {
  const text = JSON.stringify(body);
  const res = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { ...agent.sign('POST', path, text), 'content-type': 'application/json' }, body: text });
  return { status: res.status, json: await res.json() };
}
const report = () => {
  const r = makeReport();
  return { ...r, site_url: siteUrl, environment: { ...r.environment, commands_url: `${siteUrl}/wp-json/retainer/v1/commands` } };
};

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
const fleetRows = () => page.getByTestId('fleet-table').locator('tbody tr');
const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

/** The hub's own API, signed in as the owner: to set up data the UI only displays. */
async function ownerApi(method: string, path: string, body?: unknown) {
  const login = await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${hub.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : null,
  });
  return { status: res.status, json: await res.json().catch(() => null) };
}

// A webhook receiver standing in for the freelancer's automation: alert channel tests land here.
let webhook: Server;
let webhookUrl = '';
const webhookBodies: string[] = [];

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  tdb = await createTestDatabase();
  hub = await startHubProcess({ DATABASE_URL: tdb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password });
  siteUrl = `http://127.0.0.1:${await freePort()}`;
  browser = await launchChromium();
  page = await newPage(browser, { width: 1280, height: 860 });
  webhook = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      webhookBodies.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', resolve));
  webhookUrl = `http://127.0.0.1:${(webhook.address() as { port: number }).port}/hook`;
});

afterAll(async () => {
  if (webhook) await new Promise((resolve) => webhook.close(resolve));
  await browser?.close();
  await hub?.stop();
  await tdb?.drop();
});

describe('dashboard in Chromium', () => {
  it('signs in', async () => {
    await page.goto(hub.url);
    await page.getByTestId('login-email').waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByTestId('login-email').fill(OWNER.email);
    await page.getByTestId('login-password').fill('wrong password!');
    await page.getByTestId('login-submit').click();
    await page.getByText(/email and password do not match/i).first().waitFor();
    await page.getByTestId('login-password').fill(OWNER.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Fleet' }).waitFor();
    await shot('fleet-empty');
  });

  it('creates a client and a site, and shows a one-time enrollment code', async () => {
    await nav('Clients').click();
    await page.getByRole('button', { name: /add your first client/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Boulangerie Martin');
    await dialog.getByLabel('Contact email').fill('contact@boulangerie.example');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await page.getByTestId('client-row').filter({ hasText: 'Boulangerie Martin' }).waitFor();
    await expectAccessible(page, 'clients');
    await shot('clients');

    await page.getByRole('button', { name: 'Add site for Boulangerie Martin' }).click();
    await page.getByRole('dialog').getByLabel('Site address').fill(siteUrl);
    await page.getByRole('dialog').getByLabel('Label').fill('Boulangerie shop');
    await page.getByRole('dialog').getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('heading', { name: 'Boulangerie shop' }).waitFor();
    siteId = page.url().split('/sites/')[1]!.split(/[?#]/)[0]!;
    expect(siteId).toMatch(/^[0-9a-f-]{36}$/);

    // The agent plugin comes from the hub itself, packaged as WordPress installs it.
    const download = await page.getByTestId('agent-plugin-download').getAttribute('href');
    const zip = await fetch(new URL(download!, hub.url));
    expect([zip.status, zip.headers.get('content-type')]).toEqual([200, 'application/zip']);
    expect(Buffer.from(await zip.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('button', { name: 'Create enrollment code' }).click();
    const code = await page.getByTestId('enrollment-code').inputValue();
    expect(code).toMatch(/^RTN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible(page, 'site-detail-pending');
    await shot('site-enrollment-code');

    const enroll = await fetch(`${hub.url}/agent/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollment_code: code, site_url: siteUrl, public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' }),
    });
    expect(enroll.status).toBe(201);
    agent.siteId = (await enroll.json()).site_id;
    expect(agent.siteId).toBe(siteId);
    expect((await agentPost('/agent/v1/reports', report())).json.status).toBe('stored');
  });

  it('shows the reported site in the fleet, filters it, and opens its inventory', async () => {
    await nav('Fleet').click();
    const row = fleetRows().filter({ hasText: 'Boulangerie shop' });
    await row.waitFor();
    await expect(row.getByTestId('site-status').innerText()).resolves.toMatch(/Connected/);
    await expect(row.innerText()).resolves.toContain('6.8.1');
    await expectAccessible(page, 'fleet');
    await shot('fleet');

    const search = page.getByTestId('fleet-table').getByRole('searchbox');
    await search.fill('no-such-site');
    await page.getByText(/no sites match/i).first().waitFor();
    expect(await fleetRows().filter({ hasText: 'Boulangerie' }).count()).toBe(0);
    await page.waitForURL(/q=no-such-site/); // the filter lives in the address bar
    await search.fill('boulangerie');
    await row.waitFor();
    expect(await fleetRows().count()).toBe(1);

    // Sorting goes through the hub and into the address bar too.
    await page.getByTestId('fleet-table').getByRole('button', { name: 'Last report' }).click();
    await page.getByRole('menuitemradio', { name: 'Sort descending' }).click();
    await page.waitForURL(/sort=last_report_at/);
    await page.keyboard.press('Escape');
    await row.waitFor();

    await row.getByRole('link').first().click();
    await page.getByTestId('plugins-table').waitFor();
    const plugins = await page.getByTestId('plugins-table').innerText();
    expect(plugins).toContain('WooCommerce');
    expect(plugins).toContain('5.3.2'); // akismet's pending update
    await expectAccessible(page, 'site-detail');
    await shot('site-detail');
  });

  it('queues "Sync now", delivers it with the next report and shows it done', async () => {
    await page.getByTestId('sync-now').first().click();
    await page.getByTestId('commands-table').getByText('Queued').first().waitFor();
    // The site cannot be reached: the command rides on the answer to its next report.
    const ack = (await agentPost('/agent/v1/reports', report())).json;
    expect(ack.commands).toHaveLength(1);
    const now = new Date().toISOString();
    const result = await agentPost('/agent/v1/command-results', { command_id: ack.commands[0].command_id, status: 'ok', started_at: now, finished_at: now, output: { report_id: ack.report_id } });
    expect(result.json, JSON.stringify(result)).toMatchObject({ status: 'recorded' });
    await page.getByTestId('commands-table').getByText('Done').first().waitFor({ timeout: 40_000 });
    await shot('site-command-done');
  });

  it('shows backups, uptime and recent events on the site screen', async () => {
    // A host snapshot recorded through the API, and 5 days of uptime history with one incident
    // written as the checker would have (the site of this test answers nowhere).
    const snapshot = await ownerApi('POST', `/api/v1/sites/${siteId}/backups`, { kind: 'host-snapshot', finished_at: new Date(Date.now() - 3 * 3600_000).toISOString(), offsite: true, size_bytes: 512 * 1024 * 1024, notes: 'nightly' });
    expect(snapshot.status).toBe(201);
    const today = Date.parse(new Date().toISOString().slice(0, 10));
    for (let d = 1; d <= 5; d++) {
      const day = new Date(today - d * 86_400_000).toISOString().slice(0, 10);
      const up = d === 2 ? 1380 : 1440;
      await tdb.db.query('INSERT INTO uptime_daily (site_id, day, checks, up_checks, p50_ms, p95_ms, incident_minutes) VALUES ($1, $2, 1440, $3, 180, 420, $4)', [siteId, day, up, 1440 - up]);
    }
    const started = new Date(today - 2 * 86_400_000 + 3600_000);
    await tdb.db.query(
      "INSERT INTO uptime_incidents (id, site_id, kind, cause, detail, started_at, opened_at, resolved_at) VALUES ($1, $2, 'down', 'timeout', 'no answer within 10 s', $3, $3, $4)",
      [randomUUID(), siteId, started, new Date(started.getTime() + 60 * 60_000)],
    );

    await page.goto(`${hub.url}/sites/${siteId}`);
    const backups = page.getByTestId('backups-section');
    await backups.getByTestId('backups-table').waitFor();
    await expect(backups.getByTestId('backups-table').innerText()).resolves.toMatch(/host-snapshot|manual|512 MB/i);
    await expect(backups.getByTestId('backup-verdict').innerText()).resolves.toMatch(/Backups/);

    const uptime = page.getByTestId('uptime-section');
    const chart = uptime.getByTestId('uptime-chart');
    await chart.waitFor();
    expect(await chart.locator('rect.is-bad').count()).toBe(1); // the day with the hour-long outage
    expect(await chart.locator('rect.is-good').count()).toBe(4);
    await expect(chart.getByRole('img').getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await expect(chart.locator('figcaption').innerText()).resolves.toMatch(/lowest 95\.83 %/);
    await expect(uptime.getByTestId('incidents-table').innerText()).resolves.toContain('Resolved after 1 h');

    const events = page.getByTestId('recent-events');
    await events.getByText('Site down — resolved').waitFor();
    await expect(events.innerText()).resolves.toContain('Sync done');
    await expectAccessible(page, 'site-detail-full');
    await shot('site-detail-full');
  });

  it('shows the uptime and backups overviews', async () => {
    await nav('Uptime').click();
    await page.getByTestId('uptime-row').first().waitFor();
    await expect(page.getByTestId('uptime-row').first().innerText()).resolves.toContain('Boulangerie shop');
    await expectAccessible(page, 'uptime');
    await shot('uptime');

    await nav('Backups').click();
    const row = page.getByTestId('backups-row').filter({ hasText: 'Boulangerie shop' });
    await row.waitFor();
    await expectAccessible(page, 'backups');
    await shot('backups');
    await page.getByLabel('Verdict').selectOption('failing');
    await page.waitForURL(/status=failing/);
  });

  it('manages alert channels in the settings and sends a test through one', async () => {
    await nav('Settings').click();
    const channels = page.getByTestId('alert-channels');
    await channels.getByText(/no alert channels yet/i).waitFor();
    await page.getByTestId('users-panel').getByText(OWNER.email).waitFor();
    await page.getByTestId('tokens-panel').getByText(/no api tokens yet/i).waitFor();
    await page.getByTestId('smtp-panel').getByText(/not set up/i).first().waitFor();

    await channels.getByLabel('Type').selectOption('webhook');
    await channels.getByRole('button', { name: 'Add channel' }).click();
    await channels.getByText('Give the channel a name.').waitFor(); // checked before anything is sent
    await channels.getByLabel('Name').fill('My automation');
    await channels.getByLabel('Webhook address').fill(webhookUrl);
    await channels.getByRole('button', { name: 'Add channel' }).click();
    const row = channels.getByTestId('alert-channel-row').filter({ hasText: 'My automation' });
    await row.waitFor();
    await expectAccessible(page, 'settings');
    await shot('settings');

    await row.getByRole('button', { name: 'Send test: My automation' }).click();
    await page.getByTestId('snackbar').filter({ hasText: 'Test message sent through “My automation”.' }).waitFor();
    expect(webhookBodies).toHaveLength(1);

    await row.getByRole('button', { name: 'Delete: My automation' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete channel' }).click();
    await channels.getByText(/no alert channels yet/i).waitFor();
    expect((await ownerApi('GET', '/api/v1/alert-channels')).json.items).toEqual([]);
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1100 });
    await nav('Fleet').click();
    await fleetRows().first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('fleet-tablet');
    // The quick action in the row queues a sync without leaving the fleet.
    await fleetRows().first().getByRole('button', { name: 'Sync now' }).click();
    await page.getByTestId('snackbar').filter({ hasText: 'Sync requested for Boulangerie shop' }).waitFor();
    expect(page.url()).toBe(`${hub.url}/`);
    await page.goto(`${hub.url}/sites/${siteId}`);
    await page.getByTestId('uptime-chart').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot('site-detail-tablet');
    for (const [path, testId] of [['/uptime', 'uptime-row'], ['/backups', 'backups-row'], ['/settings', 'alert-channels']] as const) {
      await page.goto(`${hub.url}${path}`);
      await page.getByTestId(testId).first().waitFor();
      const wider = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(wider, `${path} is wider than a tablet`).toBeLessThanOrEqual(0);
      await shot(`${path.slice(1)}-tablet`);
    }
  });

  it('imports sites from pasted text: problems by line first, then every site with its code, as a CSV too', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await nav('Clients').click();
    await page.getByRole('button', { name: 'Import sites' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import sites' });
    const text = dialog.getByLabel('Sites');
    const importButton = dialog.getByRole('button', { name: /^Import/ });

    // Checked in the browser: a line without a client.
    await text.fill('Boulangerie Martin, second-shop.example, Second shop\n, nobody.example');
    await dialog.getByTestId('import-problems').getByText('Line 2: The client’s name is missing.').waitFor();
    await expect(importButton.isDisabled()).resolves.toBe(true);
    // Checked by the hub: a new client needs an e-mail; nothing is imported.
    await text.fill('Boulangerie Martin, second-shop.example, Second shop\nAtelier Rossi, atelier-rossi.example');
    await importButton.click();
    await dialog.getByTestId('import-problems').getByText('Line 2: "Atelier Rossi" is a new client: give its contact e-mail.').waitFor();
    await expectAccessible(page, 'import-sites');

    await text.fill('Boulangerie Martin, second-shop.example, Second shop\nAtelier Rossi, atelier-rossi.example, , ciao@atelier-rossi.example');
    await dialog.getByTestId('import-summary').getByText('2 sites ready.').waitFor();
    await dialog.getByLabel('Codes stay valid for').selectOption({ label: '7 days' });
    await importButton.click();
    const done = page.getByRole('dialog', { name: 'Sites imported' });
    const rows = done.getByTestId('import-result').locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    const shown = (await rows.locator('code').allInnerTexts()).map((c) => c.trim());
    for (const code of shown) expect(code).toMatch(/^RTN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await shot('import-sites-done');
    const [download] = await Promise.all([page.waitForEvent('download'), done.getByRole('button', { name: 'Download codes (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('client,label,url,site_id,enrollment_code,code_expires_at,hub_url');
    for (const code of shown) expect(csv).toContain(code);
    const expires = Date.parse(csv.split('\r\n')[1]!.split(',')[5]!);
    expect(Math.abs(expires - (Date.now() + 7 * 24 * 3_600_000))).toBeLessThan(3_600_000);
    await done.getByRole('button', { name: 'Done' }).click();
    await page.getByTestId('client-row').filter({ hasText: 'Atelier Rossi' }).waitFor();
  });
});
