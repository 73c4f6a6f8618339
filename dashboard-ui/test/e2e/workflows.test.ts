/**
 * The business side of the dashboard in a real browser: the built UI served by the built hub on a
 * fresh PostgreSQL database, in Debian's Chromium. A plan and a client are made through the screens,
 * an update run goes to a loopback "WordPress site" that answers the hub's signed apply_updates
 * command (one update applied, one rolled back), and a monthly report is previewed, annotated,
 * approved and sent to a real SMTP receiver.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { canonicalString, publicKeyFromRaw, verifyCanonical, type Command } from '@retainer/protocol';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newPage } from './support/browser';
import { SimulatedAgent, makeReport } from '../../../dashboard-server/test/helpers/agent';
import { startBillingSmtp } from '../../../dashboard-server/test/helpers/billing-smtp';
import { createTestDatabase, type TestDatabase } from '../../../dashboard-server/test/helpers/database';
import { startHubProcess, type HubProcess } from '../../../dashboard-server/test/helpers/hub-process';

const ARTIFACTS = join(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'dashboard-workflows');
const OWNER = { email: 'owner@example.com', password: 'workflows-e2e-pw' };
const CLIENT = { name: 'Trattoria Rossi', email: 'owner@trattoria.example' };
const COMMANDS_PATH = '/wp-json/retainer/v1/commands';

let tdb: TestDatabase;
let hub: HubProcess;
let smtp: Awaited<ReturnType<typeof startBillingSmtp>>;
let browser: Browser;
let page: Page;
let clientId = '';
const agent = new SimulatedAgent();

// ---------------------------------------------------------------------------------------------
// The loopback "WordPress site": answers the hub's apply_updates the way the agent does. It checks
// the hub's signature, applies the plugin, and reports the theme as broken-then-rolled-back. Its
// answer waits for `release` so the test can watch the run while the site is working.
// ---------------------------------------------------------------------------------------------
let site: Server;
let siteUrl = '';
let hubPublicKey = '';
const commands: Command[] = [];
const rejected: string[] = [];
let release: () => void = () => {};
let released = new Promise<void>((resolve) => (release = resolve));

async function answerCommand(rawBody: string, headers: Record<string, string | string[] | undefined>): Promise<{ status: number; body: unknown }> {
  const h = (name: string) => String(headers[name] ?? '');
  const canonical = canonicalString({ method: 'POST', path: COMMANDS_PATH, timestamp: h('x-retainer-timestamp'), nonce: h('x-retainer-nonce'), body: rawBody });
  if (!hubPublicKey || !verifyCanonical(canonical, h('x-retainer-signature'), publicKeyFromRaw(hubPublicKey))) {
    rejected.push(h('x-retainer-signature'));
    return { status: 401, body: { error: { code: 'SIGNATURE_INVALID', message: 'bad signature' } } };
  }
  const command = JSON.parse(rawBody) as Command;
  commands.push(command);
  if (command.type !== 'apply_updates') return { status: 400, body: { error: { code: 'UNSUPPORTED', message: command.type } } };
  await released;
  const args = command.args as { run_id?: string; items: Array<{ type: string; id: string; to_version?: string }> };
  const started = new Date().toISOString();
  const events = args.items.map((item) => {
    const broken = item.type === 'theme';
    return {
      event_id: randomUUID(),
      command_id: command.command_id,
      run_id: args.run_id ?? null,
      item: { type: item.type, id: item.id, name: item.type === 'theme' ? 'Twenty Twenty-Five' : 'Akismet Anti-spam' },
      from_version: item.type === 'theme' ? '1.2' : '5.3',
      to_version: item.to_version ?? null,
      outcome: broken ? 'rolled_back' : 'updated',
      reason_code: broken ? 'SITE_BROKEN' : null,
      reason: broken ? 'The home page answered HTTP 500 after the update' : null,
      started_at: started,
      finished_at: new Date().toISOString(),
      probes: {
        before: [{ url: `${siteUrl}/`, status: 200, ms: 40, fatal_marker: false }],
        after: [{ url: `${siteUrl}/`, status: broken ? 500 : 200, ms: 45, fatal_marker: broken }],
        after_rollback: broken ? [{ url: `${siteUrl}/`, status: 200, ms: 41, fatal_marker: false }] : [],
      },
    };
  });
  return { status: 200, body: { command_id: command.command_id, status: 'ok', started_at: started, finished_at: new Date().toISOString(), output: { events } } };
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------
const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
/** A confirmation snackbar (its text is also in the screen-reader live region, hence the scope). */
const snack = (text: string) => page.locator('.components-snackbar').getByText(text);
const nav = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

async function ownerApi(method: string, path: string, body?: unknown) {
  const login = await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(OWNER) });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${hub.url}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : null });
  return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
}

async function agentPost(path: string, body: unknown) {
  const text = JSON.stringify(body);
  const res = await fetch(`${hub.url}${path}`, { method: 'POST', headers: { ...agent.sign('POST', path, text), 'content-type': 'application/json' }, body: text });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

/** The previous calendar month in UTC (the hub runs with REPORT_TIMEZONE=UTC here). */
function previousMonth(): string {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  tdb = await createTestDatabase();
  smtp = await startBillingSmtp();
  site = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== COMMANDS_PATH) {
        res.writeHead(404).end();
        return;
      }
      answerCommand(body, req.headers).then(
        ({ status, body: answer }) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
        (error: unknown) => res.writeHead(500).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  hub = await startHubProcess({
    DATABASE_URL: tdb.url,
    RETAINER_ADMIN_EMAIL: OWNER.email,
    RETAINER_ADMIN_PASSWORD: OWNER.password,
    SMTP_URL: smtp.url,
    REPORT_FROM: 'reports@freelancer.example',
    REPORT_TIMEZONE: 'UTC',
  });
  browser = await launchChromium();
  page = await newPage(browser, { width: 1280, height: 900 });
});

afterAll(async () => {
  release();
  await browser?.close();
  await hub?.stop();
  if (site) await new Promise((resolve) => site.close(resolve));
  await smtp?.close();
  await tdb?.drop();
});

describe('business workflows in Chromium', () => {
  it('signs in', async () => {
    await page.goto(hub.url);
    await page.getByTestId('login-email').fill(OWNER.email);
    await page.getByTestId('login-password').fill(OWNER.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('heading', { name: 'Fleet' }).waitFor();
  });

  it('creates a plan with its allowances and report mode', async () => {
    await nav('Plans').click();
    // a fresh hub seeds example tiers; ours is added next to them
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Add (your first )?plan$/ }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Trattoria Care');
    await dialog.getByLabel('Monthly fee').fill('abc');
    await dialog.getByRole('button', { name: 'Add plan' }).click();
    // refused on this side: nothing sent, the field says why
    await dialog.getByText(/Enter the monthly fee/).waitFor();
    await dialog.getByLabel('Monthly fee').fill('79,90');
    await dialog.getByLabel('Support hours per month').fill('1h30');
    await dialog.getByLabel('Backup restores').fill('2');
    await dialog.getByLabel('Included (one per line)', { exact: true }).fill('Weekly updates\nOffsite backups');
    await dialog.getByLabel('Not included (one per line)', { exact: true }).fill('New features');
    await dialog.getByRole('button', { name: 'Add plan' }).click();
    const card = page.getByTestId('plan-card').filter({ hasText: 'Trattoria Care' });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toContain('€79.90');
    expect(text).toContain('1 h 30 min a month');
    expect(text).toContain('2 / 0 per month');
    expect(text).toContain('approved by you first');
    const plans = await ownerApi('GET', '/api/v1/plans');
    const saved = (plans.json!.items as Array<Record<string, unknown>>).find((p) => p.name === 'Trattoria Care')!;
    expect(saved).toMatchObject({ monthly_fee_cents: 7990, included_minutes: 90, included_restores: 2, report_mode: 'needs_approval', inclusions: ['Weekly updates', 'Offsite backups'] });
    await expectAccessible(page, 'plans');
    await shot('plans');
  });

  it('creates a client in Italian and puts it on the plan', async () => {
    await nav('Clients').click();
    await page.getByRole('button', { name: /add your first client/i }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill(CLIENT.name);
    await dialog.getByLabel('Contact email').fill(CLIENT.email);
    await dialog.getByLabel('Language').selectOption('it');
    await dialog.getByRole('button', { name: 'Add client' }).click();
    await page.getByTestId('client-row').filter({ hasText: CLIENT.name }).getByRole('link', { name: CLIENT.name }).click();
    await page.getByRole('heading', { name: CLIENT.name, level: 1 }).waitFor();
    clientId = page.url().split('/clients/')[1]!;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByLabel('Plan', { exact: true }).selectOption({ label: 'Trattoria Care' });
    await page.getByLabel('Go-live date').fill('2026-01-20');
    await page.getByLabel('Tax rate (%)').fill('22');
    await page.getByRole('button', { name: 'Save billing settings' }).click();
    await snack('Billing settings saved.').waitFor();
    const billing = await ownerApi('GET', `/api/v1/clients/${clientId}/billing`);
    expect(billing.json).toMatchObject({ go_live_date: '2026-01-20', tax_rate_bp: 2200, payment_method: 'manual' });
    await page.getByTestId('usage-panel').getByText('Plan: Trattoria Care').waitFor();

    // The contract: revision 1 on that plan, emailed to the client with an acceptance link.
    const contracts = page.getByTestId('contracts-panel');
    await contracts.getByRole('button', { name: 'Create contract' }).click();
    const dialog2 = page.getByRole('dialog');
    await dialog2.getByLabel('Plan').selectOption({ label: 'Trattoria Care' });
    await dialog2.getByLabel('Late payment policy').fill('Interest at the legal rate after 30 days.');
    await expectAccessible(page, 'contract-dialog');
    await dialog2.getByRole('button', { name: 'Create contract' }).click();
    await snack('The contract was emailed to the client for acceptance.').waitFor();
    await contracts.getByText('Waiting for acceptance').waitFor();
    expect(await contracts.innerText()).toMatch(/Revision 1: Trattoria Care, from \d{4}-\d{2}-\d{2}, payment within 14 days\. Sent to owner@trattoria\.example/);
    const contractMail = smtp.to(CLIENT.email);
    expect(contractMail).toHaveLength(1);
    expect(contractMail[0]!.subject).toContain('revision 1');
    await expectAccessible(page, 'client');
    await shot('client');
  });

  it('logs time for the client and shows it against the plan', async () => {
    await nav('Work log').click();
    const form = page.locator('form.retainer-entry-form');
    await form.getByRole('combobox', { name: 'Client' }).fill('Tratt');
    await page.getByRole('option', { name: new RegExp(CLIENT.name) }).click();
    await form.getByLabel('Time spent').fill('1:15');
    await form.getByLabel('What was done').fill('Fixed the booking form');
    await form.getByRole('button', { name: 'Add entry' }).click();
    const row = page.getByTestId('worklog-row').filter({ hasText: 'Fixed the booking form' });
    await row.waitFor();
    expect(await row.innerText()).toContain('1 h 15 min');
    const entries = await ownerApi('GET', `/api/v1/time-entries?client_id=${clientId}`);
    expect(entries.json).toMatchObject({ total: 1, total_minutes: 75 });
    await expectAccessible(page, 'work-log');
    await shot('work-log');

    // A second entry, corrected, then deleted after a confirmation.
    await form.getByLabel('Time spent').fill('20');
    await form.getByLabel('What was done').fill('Checked the backups by hand');
    await form.getByRole('button', { name: 'Add entry' }).click();
    const second = page.getByTestId('worklog-row').filter({ hasText: 'Checked the backups by hand' });
    await second.getByRole('button', { name: /^Edit entry/ }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Time spent').fill('0:45');
    await expectAccessible(page, 'work-log-edit');
    await edit.getByRole('button', { name: 'Save entry' }).click();
    await second.getByText('45 min').waitFor();
    await second.getByRole('button', { name: /^Delete entry/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete entry' }).click();
    await second.waitFor({ state: 'detached' });
    expect((await ownerApi('GET', `/api/v1/time-entries?client_id=${clientId}`)).json).toMatchObject({ total: 1, total_minutes: 75 });
  });

  it('runs updates on the site and follows the progress live until the results', async () => {
    // The site itself: made and enrolled through the API (the fleet e2e covers that in the UI).
    const created = await ownerApi('POST', '/api/v1/sites', { client_id: clientId, url: siteUrl, label: 'Trattoria site' });
    expect(created.status).toBe(201);
    const siteId = created.json!.id as string;
    const code = (await ownerApi('POST', `/api/v1/sites/${siteId}/enrollment-code`)).json!.code as string;
    const enroll = await fetch(`${hub.url}/agent/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollment_code: code, site_url: siteUrl, public_key: agent.keys.publicKey, agent_version: '0.1.0', wp_version: '6.8.1', php_version: '8.2.29' }),
    });
    expect(enroll.status).toBe(201);
    const enrolled = (await enroll.json()) as { site_id: string; hub_public_key: string };
    agent.siteId = enrolled.site_id;
    hubPublicKey = enrolled.hub_public_key;
    const base = makeReport();
    const stored = await agentPost('/agent/v1/reports', { ...base, site_url: siteUrl, environment: { ...base.environment, commands_url: `${siteUrl}${COMMANDS_PATH}` } });
    expect(stored.json.status).toBe('stored');

    // A bulletin says Akismet before 5.3.2 is vulnerable: recorded, the site on 5.3 counts as affected.
    await nav('Updates').click();
    await page.getByRole('link', { name: 'Security advisories' }).click();
    await page.getByText('No advisories recorded yet').waitFor();
    const form = page.getByTestId('advisory-form');
    await form.getByLabel('Slug').fill('https://wordpress.org/plugins/akismet/');
    await form.getByLabel('Fixed in version').fill('5.3.2');
    await form.getByLabel('Issue').fill('Stored XSS in the comment form');
    await form.getByRole('button', { name: 'Record advisory' }).click();
    const advisory = page.getByTestId('advisory-row').filter({ hasText: 'akismet' });
    await advisory.getByText('1 site').waitFor();
    expect(await advisory.innerText()).toContain('Stored XSS in the comment form');
    await expectAccessible(page, 'security-advisories');
    await shot('security-advisories');

    await nav('Updates').click();
    const akismet = page.getByTestId('update-item').filter({ hasText: 'Akismet' });
    await akismet.waitFor();
    expect(await akismet.innerText()).toContain('5.3 → 5.3.2');
    // The advisory makes it a security update; the theme update is not one.
    await akismet.getByText('Security', { exact: true }).waitFor();
    expect(await page.getByTestId('update-item').filter({ hasText: 'Twenty' }).getByText('Security', { exact: true }).count()).toBe(0);

    // Hold WordPress core everywhere: it cannot be selected any more.
    const core = page.getByTestId('update-item').filter({ hasText: 'WordPress core' });
    await core.getByRole('button', { name: /^Hold .* on every site$/ }).click();
    await page.getByRole('dialog').getByLabel('Reason').fill('Waiting for 6.8.4');
    await expectAccessible(page, 'hold-dialog');
    await page.getByRole('dialog').getByRole('button', { name: 'Hold update' }).click();
    await core.getByText('Held everywhere').waitFor();
    await expect(core.getByRole('checkbox').isDisabled()).resolves.toBe(true);

    // "Select all shown" with the type filter on themes picks the theme only; the plugin is added by hand.
    await page.getByLabel('Type').selectOption('theme');
    await page.getByTestId('update-item').filter({ hasText: 'Akismet' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Select all shown' }).click();
    await page.getByText('1 update selected.').waitFor();
    await page.getByLabel('Type').selectOption('');
    await akismet.getByRole('checkbox').check();
    await page.getByText('2 updates selected.').waitFor();
    // The list carries counts only; opening an item loads its sites, ticked as the item is.
    await akismet.getByRole('button', { name: /Show sites/ }).click();
    const siteRow = page.getByTestId('update-site').filter({ hasText: 'Trattoria site' });
    const siteBox = siteRow.getByRole('checkbox');
    await siteBox.waitFor();
    await expect(siteBox.isChecked()).resolves.toBe(true);
    await siteBox.uncheck();
    await page.getByText('1 update selected.').waitFor();
    await siteBox.check();
    await page.getByText('2 updates selected.').waitFor();
    await expectAccessible(page, 'updates');
    await shot('updates');

    await page.getByTestId('start-run').click();
    await expectAccessible(page, 'start-run-confirmation');
    await page.getByRole('dialog').getByRole('button', { name: 'Start update run' }).click();
    await page.getByRole('heading', { name: 'Update run', level: 1 }).waitFor();
    // The site has the command but has not answered: the stream shows it in flight.
    await page.getByTestId('run-site').getByText('Sent to site').waitFor({ timeout: 30_000 });
    const inFlight = await page.getByTestId('run-item').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    expect(inFlight).toHaveLength(2);
    for (const status of inFlight) expect(['queued', 'running']).toContain(status);
    await shot('update-run-in-progress');
    const url = page.url();

    release();
    await page.locator('[data-testid="run-item"][data-status="updated"]').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="run-item"][data-status="rolled_back"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('run-status').getByText('Finished').waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(url); // no reload: the changes came over the stream
    const rolledBack = await page.locator('[data-testid="run-item"][data-status="rolled_back"]').innerText();
    expect(rolledBack).toMatch(/previous version was restored/);
    expect(rolledBack).toContain('HTTP 500');
    expect(await page.getByTestId('run-counts').innerText()).toContain('1 updated, 1 rolled back, 0 failed');
    await expectAccessible(page, 'update-run');
    await shot('update-run-done');

    // Exactly one signed command reached the site, for the two selected items (core was held).
    expect(rejected).toEqual([]);
    expect(commands).toHaveLength(1);
    expect((commands[0]!.args as { items: Array<{ id: string }> }).items.map((i) => i.id).sort()).toEqual(['akismet/akismet.php', 'twentytwentyfive']);

    await page.getByRole('link', { name: 'All runs' }).click();
    await page.getByTestId('runs-table').waitFor();
    await expectAccessible(page, 'update-runs');
    await page.goto(`${hub.url}/updates/history?site_id=${siteId}`);
    const history = page.getByTestId('update-history-table');
    await history.getByText('Rolled back').waitFor();
    expect(await history.innerText()).toContain('5.3 → 5.3.2');
    expect(await history.getByRole('row').filter({ hasText: 'Akismet' }).getByText('Security', { exact: true }).count()).toBe(1);
    await expectAccessible(page, 'update-history');
    await shot('update-history');
  });

  it('previews, annotates, approves and sends the monthly report, received over SMTP', async () => {
    // A client since before last month, so last month's report is theirs to receive.
    await tdb.db.query(`UPDATE clients SET created_at = now() - interval '70 days' WHERE id = $1`, [clientId]);
    const month = previousMonth();
    await nav('Reports').click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();
    await page.getByTestId('report-row-missing').filter({ hasText: CLIENT.name }).getByText('No report yet').waitFor();
    await page.getByRole('button', { name: 'Make missing reports' }).click();
    const row = page.getByTestId('report-row').filter({ hasText: CLIENT.name });
    await row.waitFor();
    expect(await row.innerText()).toContain('Needs approval');
    expect((await ownerApi('GET', `/api/v1/reports?month=${month}`)).json).toMatchObject({ total: 1 });
    expect(await page.getByRole('heading', { name: 'Reports', level: 1 }).isVisible()).toBe(true);
    await expectAccessible(page, 'reports');
    await shot('reports');

    await row.getByRole('link', { name: CLIENT.name }).click();
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await frame.getByText(CLIENT.name).first().waitFor();
    // sandboxed: the report's HTML cannot run script or reach the dashboard
    expect(await page.getByTestId('report-preview').getAttribute('sandbox')).toBe('');

    await page.getByLabel('Note', { exact: true }).fill('Grazie! Il sito è stato aggiornato e protetto.');
    await page.getByRole('button', { name: 'Save and update the preview' }).click();
    await snack('The note was saved.').waitFor();
    await frame.getByText('Grazie! Il sito è stato aggiornato e protetto.').waitFor();
    await expectAccessible(page, 'report');
    await shot('report-preview');

    await page.getByRole('button', { name: 'Approve and send' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve and send' }).click();
    await page.getByTestId('report-status').getByText(/Approved|Sending|Sent/).waitFor();
    if (!(await page.getByTestId('report-status').innerText()).includes('Sent')) {
      await page.getByRole('button', { name: 'Send now' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Send now' }).click();
    }
    await page.getByTestId('report-status').getByText('Sent').waitFor({ timeout: 30_000 });
    await page.getByTestId('delivery-log').getByText('Delivered').first().waitFor();
    expect(await page.getByTestId('delivery-log').innerText()).toContain(CLIENT.email);

    const mail = smtp.to(CLIENT.email).filter((m) => !String(m.subject).includes('contract'));
    expect(mail).toHaveLength(1);
    expect(String(mail[0]!.html)).toContain('Grazie! Il sito');
    expect(mail[0]!.attachments.some((a) => a.contentType === 'application/pdf')).toBe(true);

    // Sent reports can be sent again, with a confirmation, but no longer edited.
    expect(await page.getByLabel('Note', { exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Send again' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(smtp.to(CLIENT.email)).toHaveLength(2); // the contract and the report, nothing more
    await shot('report-sent');
  });

  it('saves the report branding and lists invoices', async () => {
    await nav('Reports').click();
    await page.getByRole('button', { name: 'Branding' }).click();
    await page.getByLabel('Business name').waitFor();
    await expectAccessible(page, 'report-branding');
    await page.getByLabel('Business name').fill('Studio Web Bianchi');
    await page.getByLabel('Accent colour', { exact: true }).fill('blue');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await page.getByText('Use a colour like #1d4ed8.').waitFor();
    await page.getByLabel('Accent colour', { exact: true }).fill('#0a7c42');
    await page.getByRole('button', { name: 'Save branding' }).click();
    await snack('The report branding was saved.').waitFor();
    expect((await ownerApi('GET', '/api/v1/reports/branding')).json).toMatchObject({ business_name: 'Studio Web Bianchi', accent_color: '#0a7c42' });

    // A one-off invoice (made through the API), paid through the screen after a confirmation.
    const invoice = await ownerApi('POST', '/api/v1/invoices', { client_id: clientId, lines: [{ description: 'Restore after a hacked plugin', quantity: 2, unit_cents: 6000 }] });
    expect(invoice.status).toBe(201);
    const number = invoice.json!.number_text as string;
    await nav('Invoices').click();
    const row = page.getByTestId('invoice-row').filter({ hasText: number });
    await row.waitFor();
    expect(await row.innerText()).toContain('Draft');
    await row.getByRole('button', { name: `Mark paid ${number}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect((await ownerApi('GET', `/api/v1/invoices/${invoice.json!.id as string}`)).json).toMatchObject({ status: 'draft' });
    await row.getByRole('button', { name: `Mark paid ${number}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mark paid' }).click();
    await row.getByText('Paid', { exact: true }).waitFor();
    expect((await ownerApi('GET', `/api/v1/invoices/${invoice.json!.id as string}`)).json).toMatchObject({ status: 'paid' });
    await expectAccessible(page, 'invoices');

    // A scheduled invoice whose email failed (state as the delivery pass leaves it after a refused
    // SMTP attempt): the list says so and when it is tried again.
    const failing = await ownerApi('POST', '/api/v1/invoices', { client_id: clientId, lines: [{ description: 'Monthly care', quantity: 1, unit_cents: 9900 }] });
    const failingNumber = failing.json!.number_text as string;
    await tdb.db.query(
      "UPDATE invoices SET send_due_at = now() + interval '30 minutes', send_attempts = 2, last_send_error = '421 Service not available, try later' WHERE id = $1",
      [failing.json!.id],
    );
    await page.reload();
    const failingRow = page.getByTestId('invoice-row').filter({ hasText: failingNumber });
    await failingRow.getByText(/Email failed, retrying at/).waitFor();
    await expectAccessible(page, 'invoices-delivery-failed');
    await shot('invoices');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(number);
    expect(csv).toContain(CLIENT.name);

    // Tablet width: the screens reflow without a horizontal scrollbar on the page.
    await page.setViewportSize({ width: 800, height: 1000 });
    await nav('Updates').click();
    await page.getByRole('heading', { name: 'Updates', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await shot('updates-tablet');
  });
});
