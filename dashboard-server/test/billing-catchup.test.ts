import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createBillingScheduler } from '../src/modules/billing/billing.scheduler.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';

describe('billing schedule: the time zone’s calendar, and catching up after downtime', () => {
  let hub: TestHub;
  let api: ReturnType<typeof billingApi>;
  let plan: string;

  beforeAll(async () => {
    hub = await buildTestHub({ start: '2027-01-01T00:00:00Z' });
    api = billingApi(hub);
    plan = await api.plan({ name: 'Monthly', monthly_fee_cents: 3100 });
  });
  afterAll(async () => hub?.close());

  const scheduler = (timeZone: string) =>
    createBillingScheduler({ db: hub.tdb.db, clock: hub.clock, config: parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, { billingTimeZone: timeZone, smtpUrl: undefined }), log: hub.app.log });
  const keys = async (client: string) => (await api.invoices(`&client_id=${client}`)).map((i) => `${i.issue_date} ${i.schedule_key} ${i.status}`).sort();

  it('a hub that was down for weeks makes the missed invoices with their own dates, once', async () => {
    const client = await api.client('Down Time Ltd', 'dt@clients.example');
    await api.setBilling(client, { plan_id: plan, go_live_date: '2027-01-15' });
    const s = scheduler('UTC');
    hub.clock.set('2027-01-10T08:00:00Z');
    expect((await s.tick()).ran).toBe(true);
    expect(await keys(client)).toEqual([]);
    const migrated = await api.client('Old Client Ltd', 'old@clients.example');
    await api.setBilling(migrated, { plan_id: plan, go_live_date: '2026-06-01' }); // billed elsewhere until now
    hub.clock.set('2027-02-18T08:00:00Z'); // five weeks later
    await s.tick();
    hub.clock.set('2027-03-03T08:00:00Z');
    await s.tick();
    await s.tick();
    // A go-live long before the catch-up window makes no back invoices.
    expect(await keys(migrated)).toEqual(['2027-02-01 term:2027-02 draft', '2027-03-01 term:2027-03 draft']);
    // 17/31 of 31.00 = 17.00; no SMTP, so they wait as drafts.
    expect(await keys(client)).toEqual(['2027-01-15 go-live draft', '2027-02-01 term:2027-02 draft', '2027-03-01 term:2027-03 draft']);
    expect((await api.invoices(`&client_id=${client}`)).find((i) => i.schedule_key === 'go-live')!.total_cents).toBe(1700);
    // The reviews list them; with no address to send them to, they are kept as entries.
    const review = (await api.ok('GET', '/billing/notices?kind=unpaid_review')).items;
    // February's review ran on the first day the hub was up after the 3rd.
    expect(review.map((n: { notice_date: string; subject: string; status: string }) => [n.notice_date, n.subject, n.status])).toEqual([
      ['2027-03-03', '5 invoices unpaid or failed', 'no_recipient'],
      ['2027-02-18', '3 invoices unpaid or failed', 'no_recipient'],
    ]);
    await s.stop();
  });

  it('"the 1st" is the 1st in BILLING_TIMEZONE', async () => {
    const client = await api.client('Kiwi Cafe', 'kiwi@clients.example');
    await api.setBilling(client, { plan_id: plan, go_live_date: '2027-03-05' });
    const s = scheduler('Pacific/Auckland'); // UTC+13 in March
    hub.clock.set('2027-03-31T10:30:00Z'); // 23:30 on 31 March in Auckland
    await s.tick();
    expect(await keys(client)).toEqual(['2027-03-05 go-live draft']);
    hub.clock.set('2027-03-31T11:30:00Z'); // 00:30 on 1 April in Auckland, still 31 March in UTC
    await s.tick();
    expect(await keys(client)).toEqual(['2027-03-05 go-live draft', '2027-04-01 term:2027-04 draft']);
    await s.stop();
  });

  it('without SMTP: nothing is half-done — contracts to email and invoice sends are refused with 409 SMTP_NOT_CONFIGURED', async () => {
    const client = await api.client('No Mail Ltd', 'nomail@clients.example');
    const r = await api.call('POST', '/contracts', { client_id: client, plan_id: plan, start_date: '2027-04-01' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('SMTP_NOT_CONFIGURED');
    expect((await hub.tdb.db.query('SELECT 1 FROM contracts')).rowCount).toBe(0);
    const draft = await api.call('POST', '/contracts', { client_id: client, plan_id: plan, start_date: '2027-04-01', send: false });
    expect(draft.statusCode).toBe(201);
    expect(draft.json().revisions[0].sent_at).toBeNull();
    const inv = await api.ok('POST', '/invoices', { client_id: client, lines: [{ description: 'Setup', quantity: 1, unit_cents: 100 }] });
    const send = await api.call('POST', `/invoices/${inv.id}/send`);
    expect([send.statusCode, send.json().error.code]).toEqual([409, 'SMTP_NOT_CONFIGURED']);
    expect((await api.ok('GET', `/invoices/${inv.id}`)).status).toBe('draft');
  });
});
