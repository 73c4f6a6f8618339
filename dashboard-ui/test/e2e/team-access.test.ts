/**
 * Team access in the real dashboard: the owner invites a technician and creates an API token, the
 * technician joins through the link and sees only what a technician may do; the token works once copied
 * and is gone from the page after a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchChromium, newPage } from './support/browser';
import { createTestDatabase, type TestDatabase } from '../../../dashboard-server/test/helpers/database';
import { startHubProcess, type HubProcess } from '../../../dashboard-server/test/helpers/hub-process';

const OWNER = { email: 'owner@example.com', password: 'team-e2e-password' };
let tdb: TestDatabase;
let hub: HubProcess;
let browser: Browser;

beforeAll(async () => {
  tdb = await createTestDatabase();
  hub = await startHubProcess({ DATABASE_URL: tdb.url, RETAINER_ADMIN_EMAIL: OWNER.email, RETAINER_ADMIN_PASSWORD: OWNER.password });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await tdb?.drop();
});

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${hub.url}/settings`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
}

describe('team access', () => {
  let inviteLink = '';

  it('the owner invites a technician (link shown once) and creates an API token that works', async () => {
    const page = await newPage(browser);
    await signIn(page, OWNER.email, OWNER.password);
    const users = page.getByTestId('users-panel');
    await users.getByText(OWNER.email).waitFor();
    await users.getByLabel('Email').fill('tech@example.com');
    await users.getByRole('button', { name: 'Create invite link' }).click();
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${hub.url}/invite#token=[A-Za-z0-9_-]{43}$`));
    await users.getByText('Invited').waitFor();
    // A lost link is replaced by a new one; the first stops working.
    await users.getByRole('button', { name: 'New link' }).click();
    await page.waitForFunction((old) => (document.querySelector('[data-testid="invite-link"]') as HTMLInputElement | null)?.value !== old, inviteLink);
    const first = inviteLink;
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).not.toBe(first);
    const stale = await fetch(`${hub.url}/api/v1/users/invites/accept`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: new URL(first).hash.slice('#token='.length), password: 'some long password' }) });
    expect(stale.status).toBe(400);

    const tokens = page.getByTestId('tokens-panel');
    await tokens.getByLabel('Name').fill('Deploy script');
    await tokens.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByTestId('token-secret').inputValue();
    expect(secret).toMatch(/^rtk_/);
    const me = await fetch(`${hub.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(await me.json()).toMatchObject({ email: OWNER.email, role: 'owner' });

    await page.reload();
    await tokens.getByRole('cell', { name: 'Deploy script', exact: true }).waitFor();
    expect(await page.content()).not.toContain(secret.slice(4));
    await expectAccessible(page, 'team-settings');
    await page.close();
  });

  it('the technician joins through the link, lands signed in, and sees the technician view', async () => {
    const page = await newPage(browser);
    await page.goto(inviteLink);
    await page.getByLabel('Repeat the password').waitFor();
    await expectAccessible(page, 'invite');
    await page.getByLabel('Password', { exact: true }).fill('technician password');
    await page.getByLabel('Repeat the password').fill('technician password');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.waitForURL(`${hub.url}/`);
    await page.goto(`${hub.url}/settings`);
    await page.getByTestId('users-panel').getByText(/only an owner can invite/i).waitFor();
    expect(await page.getByTestId('alert-channels').count()).toBe(0);
    expect(await page.getByTestId('smtp-panel').count()).toBe(0);
    // Owner-only screens are not offered in the menu; the rest is.
    const menu = page.getByRole('navigation', { name: 'Main' });
    await menu.getByRole('link', { name: 'Work log' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Invoices' }).count()).toBe(0);
    expect(await menu.getByRole('link', { name: 'Plans' }).count()).toBe(0);
    await page.getByTestId('tokens-panel').getByText(/no api tokens yet/i).waitFor();

    // The link is single use.
    const again = await newPage(browser);
    await again.goto(inviteLink);
    await again.getByLabel('Password', { exact: true }).fill('another password 1');
    await again.getByLabel('Repeat the password').fill('another password 1');
    await again.getByRole('button', { name: 'Join' }).click();
    await again.locator('#content').getByText(/invalid, expired or already used/i).waitFor();
    await page.close();
    await again.close();
  });

  it('the owner makes the technician an owner; the owner screens open for them', async () => {
    const owner = await newPage(browser);
    await signIn(owner, OWNER.email, OWNER.password);
    const row = owner.getByTestId('users-panel').getByRole('row').filter({ hasText: 'tech@example.com' });
    await row.getByRole('button', { name: 'Make owner' }).click();
    await owner.getByRole('dialog').getByText(/owners see and change everything/i).waitFor();
    await expectAccessible(owner, 'role-change-dialog');
    await owner.getByRole('dialog').getByRole('button', { name: 'Make owner' }).click();
    await row.getByText('Owner', { exact: true }).waitFor();
    expect(await row.getByRole('button', { name: 'Make technician' }).count()).toBe(1);
    await owner.close();

    const partner = await newPage(browser);
    await signIn(partner, 'tech@example.com', 'technician password');
    await partner.getByTestId('users-panel').getByText(OWNER.email).waitFor();
    await partner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plans' }).waitFor();
    await partner.close();
  });
});
