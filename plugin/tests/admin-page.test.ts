import { randomUUID } from 'node:crypto';
import { generateKeyPair } from '@retainer/protocol';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, resetAgent, storeConnection } from './support/agent';
import { removePreset, runPresetEvent, writePreset } from './support/preset';
import { FakeHub } from './support/fake-hub';
import { site } from './support/wp';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const hub = new FakeHub();

const root = () => page.locator('#retainer-agent-root');
const openSettings = () => page.goto(`${site().WP_URL}/wp-admin/options-general.php?page=retainer-agent`);

describe('admin page in a browser (real WordPress, Chromium)', () => {
  beforeAll(async () => {
    await resetAgent();
    await hub.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${site().WP_URL}/wp-login.php`);
    await page.fill('#user_login', site().WP_ADMIN_USER);
    await page.fill('#user_pass', site().WP_ADMIN_PASSWORD);
    await page.click('#wp-submit');
    await page.waitForURL(/wp-admin/);
  });
  afterAll(async () => {
    await browser?.close();
    await hub.stop();
  });

  it('shows the heading and "Not connected" with the connect form', async () => {
    await openSettings();
    expect((await page.locator('.wrap h1').textContent())?.trim()).toBe('Retainer Agent');
    await root().getByText('Not connected', { exact: true }).waitFor();
    expect(await root().getByLabel('Hub URL').isVisible()).toBe(true);
    expect(await root().getByLabel('Enrollment code').isVisible()).toBe(true);
    expect(await root().getByText('Pending updates').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('connects through the form (REST nonce, api-fetch) and then shows "Connected"', async () => {
    const siteId = randomUUID();
    hub.handler = (req) =>
      req.path === '/agent/v1/enroll'
        ? { status: 201, body: { site_id: siteId, hub_public_key: generateKeyPair().publicKey, report_interval_s: 3600 } }
        : { status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } };
    await root().getByLabel('Hub URL').fill(hub.url);
    await root().getByLabel('Enrollment code').fill('ABCD-EFGH');
    await root().getByRole('button', { name: 'Connect' }).click();
    await root().getByText('Connected', { exact: true }).waitFor();
    await root().getByText(siteId).waitFor();
    expect(await root().getByText(hub.url, { exact: true }).isVisible()).toBe(true);
    expect(hub.requests.map((r) => r.path)).toEqual(['/agent/v1/enroll', '/agent/v1/reports']);
    expect(await root().locator('.retainer-agent-last-report').textContent()).not.toBe('Never');
    expect(pageErrors).toEqual([]);
  });

  it('shows a queued report and the error when the hub is unreachable', async () => {
    await resetAgent();
    await storeConnection({ hubUrl: `http://127.0.0.1:${await closedPort()}`, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    await openSettings();
    await root().getByText('Connected', { exact: true }).waitFor();
    await root().getByRole('button', { name: 'Send report now' }).click();
    await root().getByText('The hub could not be reached', { exact: false }).first().waitFor();
    await root().getByText('1 message', { exact: false }).waitFor();
    if (process.env.RETAINER_SCREENSHOT) await page.screenshot({ path: process.env.RETAINER_SCREENSHOT, fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('says what the connection set in wp-config.php is doing: waiting, then refused with the hub\'s reason', async () => {
    await resetAgent();
    writePreset(hub.url, 'RTN-WPCF-CONF-IGUR');
    try {
      hub.handler = () => ({ status: 400, body: { error: { code: 'ENROLLMENT_CODE_EXPIRED', message: 'expired' } } });
      await openSettings();
      const notice = root().locator('.retainer-agent-preset');
      await notice.waitFor();
      expect(await notice.innerText()).toContain(`wp-config.php sets a hub (${hub.url})`);
      expect(await notice.innerText()).toContain('connects with them by itself');
      await runPresetEvent();
      await openSettings();
      await root().locator('.retainer-agent-preset').getByText('ENROLLMENT_CODE_EXPIRED', { exact: false }).waitFor();
      expect(await root().locator('.retainer-agent-preset').innerText()).toContain('refused the code');
      expect(pageErrors).toEqual([]);
    } finally {
      removePreset();
      await resetAgent();
    }
  });
});
