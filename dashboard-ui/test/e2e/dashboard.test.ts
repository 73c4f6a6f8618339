/**
 * The freelancer's path through the real dashboard: the built UI served by the built hub on a fresh
 * PostgreSQL database, in Debian's Chromium. The agent side is simulated with the protocol's own
 * signing code (the WordPress plugin has its own end-to-end test).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedAgent, makeReport } from '../../../dashboard-server/test/helpers/agent';
import { createTestDatabase, type TestDatabase } from '../../../dashboard-server/test/helpers/database';
import { freePort, startHubProcess, type HubProcess } from '../../../dashboard-server/test/helpers/hub-process';

const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'dashboard');
const OWNER = { email: 'owner@example.com', password: 'dashboard-e2e-pw' };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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

/** axe-core on the current page: no serious or critical violations. */
async function expectAccessible(name: string) {
  await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ html: string }> }> }> } }).axe;
    // @wordpress/components' Snackbar is a role=button whose name ("Dismiss this notice") differs from
    // its text; that is the library's markup, not ours, so transient snackbars are left out.
    const r = await axe.run({ exclude: [['.components-snackbar']] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => (n as { html: string }).html.slice(0, 160)) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${name}: ${JSON.stringify(serious)}`).toEqual([]);
}
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  tdb = await createTestDatabase();
  hub = await startHubProcess({ DATABASE_URL: tdb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password });
  siteUrl = `http://127.0.0.1:${await freePort()}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await tdb?.drop();
});

describe('dashboard in Chromium', () => {
  it('signs in', async () => {
    await page.goto(hub.url);
    await page.getByTestId('login-email').waitFor();
    await expectAccessible('sign-in');
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
    await page.getByRole('navigation').getByRole('link', { name: 'Clients', exact: true }).click();
    await page.getByRole('button', { name: /add your first client/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Boulangerie Martin');
    await dialog.getByLabel('Contact email').fill('contact@boulangerie.example');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await page.getByTestId('client-row').filter({ hasText: 'Boulangerie Martin' }).waitFor();
    await expectAccessible('clients');
    await shot('clients');

    await page.getByRole('button', { name: 'Add site for Boulangerie Martin' }).click();
    await page.getByRole('dialog').getByLabel('Site address').fill(siteUrl);
    await page.getByRole('dialog').getByLabel('Label').fill('Boulangerie shop');
    await page.getByRole('dialog').getByRole('button', { name: 'Add site' }).click();
    await page.getByRole('heading', { name: 'Boulangerie shop' }).waitFor();
    siteId = page.url().split('/sites/')[1]!.split(/[?#]/)[0]!;
    expect(siteId).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByRole('button', { name: 'Create enrollment code' }).click();
    const code = await page.getByTestId('enrollment-code').inputValue();
    expect(code).toMatch(/^RTN-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expectAccessible('site-detail-pending');
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
    await page.getByRole('navigation').getByRole('link', { name: 'Fleet', exact: true }).click();
    const row = page.getByTestId('fleet-row').filter({ hasText: 'Boulangerie shop' });
    await row.waitFor();
    await expect(row.getByTestId('site-status').innerText()).resolves.toMatch(/Connected/);
    await expect(row.innerText()).resolves.toContain('6.8.1');
    await expectAccessible('fleet');
    await shot('fleet');

    await page.getByTestId('fleet-search').fill('no-such-site');
    await page.getByText(/no sites match/i).first().waitFor();
    expect(await page.getByTestId('fleet-row').count()).toBe(0);
    expect(page.url()).toContain('no-such-site'); // the filter lives in the address bar
    await page.getByTestId('fleet-search').fill('boulangerie');
    await row.waitFor();
    expect(await page.getByTestId('fleet-row').count()).toBe(1);

    await row.getByRole('link').first().click();
    await page.getByTestId('plugins-table').waitFor();
    const plugins = await page.getByTestId('plugins-table').innerText();
    expect(plugins).toContain('WooCommerce');
    expect(plugins).toContain('5.3.2'); // akismet's pending update
    await expectAccessible('site-detail');
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
    expect(result.json.status).toBe('recorded');
    await page.getByTestId('commands-table').getByText('Done').first().waitFor({ timeout: 40_000 });
    await shot('site-command-done');
  });

  it('works at tablet width', async () => {
    await page.setViewportSize({ width: 820, height: 1100 });
    await page.getByRole('navigation').getByRole('link', { name: 'Fleet', exact: true }).click();
    await page.getByTestId('fleet-row').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot('fleet-tablet');
  });
});
