/**
 * End to end, everything real: WordPress 6.8 with the built plugin (tests/bin/wp-test-site.sh), the
 * built hub as its own process on a fresh PostgreSQL database, and Debian's Chromium for the admin page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../dashboard-server/test/helpers/database';
import { freePort, startHubProcess, type HubProcess } from '../../../dashboard-server/test/helpers/hub-process';
import { resetAgent, agentTables } from '../support/agent';
import { applyFixture, installStubs, removeStubs } from '../support/backup-fixtures';
import { PLUGIN_DIR } from '../support/paths';
import { lookAtPreset, removePreset, runPresetEvent, writePreset } from '../support/preset';
import { rest, site, wpEvalJson } from '../support/wp';

const ARTIFACTS = join(PLUGIN_DIR, '..', 'test-artifacts');
const OWNER = { email: 'owner@example.com', password: 'e2e-owner-password' };

let tdb: TestDatabase;
let hub: HubProcess | undefined;
let hubPort: number;
let token = '';
let siteId = '';

const startHub = async () => {
  hub = await startHubProcess({ DATABASE_URL: tdb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password, LOG_LEVEL: 'warn' }, { port: hubPort });
};
const api = async <T = any>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> => {
  const res = await fetch(`http://127.0.0.1:${hubPort}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
};
const waitFor = async <T>(what: string, fn: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};
const ledger = async () =>
  (await tdb.db.query<{ report_id: string; trigger: string }>('SELECT report_id::text, trigger FROM reports WHERE site_id = $1 ORDER BY received_at, report_id', [siteId])).rows;

beforeAll(async () => {
  await resetAgent();
  tdb = await createTestDatabase();
  hubPort = await freePort();
  await startHub();
  const login = await fetch(`http://127.0.0.1:${hubPort}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
  token = (await login.json()).token;
});

afterAll(async () => {
  removePreset();
  await hub?.stop();
  await tdb?.drop();
  await resetAgent();
});

describe('WordPress + Retainer Agent + Retainer Hub', () => {
  it('enrolls through the plugin and the hub shows the real plugin list', async () => {
    const client = await api('POST', '/clients', { name: 'E2E Client', contact_email: 'client@example.com', locale: 'en' });
    const created = await api('POST', '/sites', { client_id: client.body.id, url: site().WP_URL, label: 'E2E site' });
    expect(created.status).toBe(201);
    siteId = created.body.id;
    const code = await api('POST', `/sites/${siteId}/enrollment-code`);
    expect(code.status).toBe(201);

    const connect = await rest('POST', '/retainer/v1/connect', { hub_url: `http://127.0.0.1:${hubPort}`, enrollment_code: code.body.code });
    expect(connect.status, JSON.stringify(connect.body)).toBe(200);
    expect(connect.body.status).toMatchObject({ connected: true, site_id: siteId, insecure_hub: true });
    expect(connect.body.warning).toBeTruthy(); // plain http to loopback is allowed, with a warning

    // The code is spent: a second connect with it fails with the hub's error, and the site stays connected.
    const reuse = await rest('POST', '/retainer/v1/connect', { hub_url: `http://127.0.0.1:${hubPort}`, enrollment_code: code.body.code });
    expect(reuse.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(reuse.body)).toContain('ENROLLMENT_CODE_USED');

    const detail = await waitFor('the first report', async () => {
      const d = await api('GET', `/sites/${siteId}`);
      return d.body.inventory ? d.body : undefined;
    });
    expect(detail.status).toBe('connected');
    const wp = await wpEvalJson<{ plugins: string[]; wp: string; php: string; themes: string[] }>(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      echo wp_json_encode( array( 'plugins' => array_keys( get_plugins() ), 'wp' => get_bloginfo( 'version' ), 'php' => PHP_VERSION, 'themes' => array_keys( wp_get_themes() ) ) );`);
    expect(detail.inventory.plugins.map((p: { file: string }) => p.file).sort()).toEqual([...wp.plugins].sort());
    expect(detail.inventory.plugins.find((p: { file: string }) => p.file.startsWith('retainer-agent/'))).toMatchObject({ active: true });
    expect(detail.inventory.themes.map((t: { stylesheet: string }) => t.stylesheet).sort()).toEqual([...wp.themes].sort());
    expect(detail.wp_version).toBe(wp.wp);
    expect(detail.php_version).toBe(wp.php);
    expect(detail.inventory.environment.commands_url).toContain('/retainer/v1/commands');

    const fleet = await api('GET', '/sites?q=E2E');
    expect(fleet.body.items).toHaveLength(1);
    expect(fleet.body.items[0]).toMatchObject({ id: siteId, status: 'connected', wp_version: wp.wp });
  });

  it('runs a signed sync command pushed by the hub', async () => {
    const before = await ledger();
    const cmd = await api('POST', `/sites/${siteId}/commands`, { type: 'sync' });
    expect(cmd.status).toBe(202);
    const done = await waitFor('the command result', async () => {
      const v = await api('GET', `/sites/${siteId}/commands/${cmd.body.command_id}`);
      return v.body.status === 'done' ? v.body : undefined;
    });
    expect(done.result).toMatchObject({ command_id: cmd.body.command_id, status: 'ok' });
    const after = await ledger();
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)!.trigger).toBe('command');
    expect(done.result.output.report_id).toBe(after.at(-1)!.report_id);
  });

  it("turns the site's real backup plugin data into the hub's backup verdict", async () => {
    installStubs();
    try {
      const now = Math.floor(Date.now() / 1000);
      const verdictAfter = async (fixtureName: Parameters<typeof applyFixture>[0]) => {
        await applyFixture(fixtureName, now);
        const sent = await rest('POST', '/retainer/v1/send-report');
        expect(sent.body, JSON.stringify(sent.body)).toMatchObject({ delivered: true });
        const b = await api('GET', `/sites/${siteId}/backups`);
        expect(b.status).toBe(200);
        return b.body;
      };

      const ok = await verdictAfter('updraftplus-offsite-ok');
      expect(ok.verdict.verdict, JSON.stringify(ok.verdict.reasons)).toBe('ok');
      expect(ok.sources.find((x: { source: string }) => x.source === 'updraftplus')).toMatchObject({ detected: true, status: 'ok' });
      const current = ok.records.filter((r: { current: boolean }) => r.current);
      expect(current.some((r: { source: string; offsite: boolean; destinations: Array<{ kind: string; bucket?: string }> }) => r.source === 'updraftplus' && r.offsite && r.destinations.some((d) => d.kind === 's3' && d.bucket === 'bakery-backups'))).toBe(true);
      expect(ok.verdict.newest_offsite_age_h).toBeGreaterThanOrEqual(23);
      expect(ok.verdict.newest_offsite_age_h).toBeLessThanOrEqual(25);

      const local = await verdictAfter('updraftplus-local-only');
      expect(local.verdict.verdict).toBe('failing');
      expect(local.verdict.reasons.map((r: { code: string }) => r.code)).toContain('local-only');
      // The change was recorded as an event (what the monthly report will read).
      expect(local.events.map((e: { from: string | null; to: string }) => `${e.from}->${e.to}`)).toContain('ok->failing');

      const none = await verdictAfter('no-backup-plugin');
      expect(['failing', 'unknown']).toContain(none.verdict.verdict);
      expect(JSON.stringify(none.verdict.reasons)).toMatch(/no backup plugin/i);
    } finally {
      await removeStubs();
    }
  });

  it('queues reports while the hub is down and delivers each exactly once, in order, when it is back', async () => {
    const before = await ledger();
    await hub!.stop();
    const queued: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await rest('POST', '/retainer/v1/send-report');
      expect(r.body.status.outbox.pending).toBe(i + 1);
    }
    const tables = await agentTables();
    queued.push(...tables.outbox.map((row) => row.report_id));
    expect(queued).toHaveLength(3);
    // Delivery stops at the first failure so order is kept: only the head row was tried (once per send).
    expect(tables.outbox[0]).toMatchObject({ attempts: 3 });
    expect(tables.outbox[0]!.last_error).toContain('HUB_UNREACHABLE');
    expect(tables.outbox.slice(1).map((r) => r.attempts)).toEqual([0, 0]);
    const status = await rest('GET', '/retainer/v1/status');
    expect(status.body.last_error).toBeTruthy();

    await startHub();
    const flushed = await rest('POST', '/retainer/v1/flush');
    expect(flushed.status).toBe(200);
    expect((await agentTables()).outbox).toEqual([]);
    // A second flush has nothing to send.
    await rest('POST', '/retainer/v1/flush');

    const after = await ledger();
    const delivered = after.slice(before.length).map((r) => r.report_id);
    expect(delivered).toEqual(queued);
    const counts = await tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports WHERE report_id = ANY($1::uuid[]) GROUP BY report_id', [queued]);
    expect(counts.rows.map((r) => r.n)).toEqual([1, 1, 1]);
  });

  it('shows "Connected" on the admin page in Chromium', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site().WP_URL}/wp-login.php`);
      await page.fill('#user_login', site().WP_ADMIN_USER);
      await page.fill('#user_pass', site().WP_ADMIN_PASSWORD);
      await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
      await page.goto(`${site().WP_URL}/wp-admin/options-general.php?page=retainer-agent`);
      await page.getByText('Connected', { exact: true }).first().waitFor({ timeout: 20_000 });
      const text = await page.locator('#wpbody-content').innerText();
      expect(text).toContain(siteId);
      expect(text).toContain(`127.0.0.1:${hubPort}`);
      await page.screenshot({ path: join(ARTIFACTS, 'agent-admin-connected.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it('moves a fleet in: a site imported on the hub connects by itself from wp-config.php with its imported code', async () => {
    await resetAgent(); // this WordPress now plays a second, freshly installed site
    const imported = await api('POST', '/sites/import', {
      rows: [{ client: 'Imported Agency Client', client_email: 'imported@example.com', url: `${site().WP_URL}/imported`, label: 'Imported site' }],
      code_valid_hours: 168,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const [row] = imported.body.sites;
    expect(row.code).toMatch(/^RTN-/);

    writePreset(`http://127.0.0.1:${hubPort}`, row.code);
    expect((await lookAtPreset()).scheduled).toEqual(expect.any(Number));
    await runPresetEvent();
    expect(await lookAtPreset()).toMatchObject({ connected: true, scheduled: false });
    const detail = await waitFor('the imported site connected with its first report', async () => {
      const d = await api('GET', `/sites/${row.site_id}`);
      return d.body.status === 'connected' && d.body.inventory ? d.body : undefined;
    });
    expect(detail).toMatchObject({ label: 'Imported site', client_id: row.client_id });
    removePreset();
  });
});
