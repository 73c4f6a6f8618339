import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { addDays } from '../src/modules/billing/dates.js';
import { createBillingScheduler } from '../src/modules/billing/billing.scheduler.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';
import { startBillingSmtp } from './helpers/billing-smtp.js';

/*
 * Fourteen months of billing, one tick a day from two schedulers on the same database, with an injected
 * clock: exactly the right invoices on the right dates (monthly, prepaid, go-live proration, overage),
 * card-expiry reminders at 30 and 14 days, prepaid term reminders, and the review on the 3rd.
 */
describe('billing schedule over 14 months', () => {
  let hub: TestHub;
  let smtp: Awaited<ReturnType<typeof startBillingSmtp>>;
  let api: ReturnType<typeof billingApi>;
  const ids = { a: '', b: '', c: '' };
  const NOTIFY = 'books@freelancer.example';

  beforeAll(async () => {
    smtp = await startBillingSmtp();
    hub = await buildTestHub({ start: '2026-10-31T06:00:00Z', config: { smtpUrl: smtp.url, billingTimeZone: 'Europe/Paris', billingNotifyEmail: NOTIFY } });
    api = billingApi(hub);
    const monthly = await api.plan({ name: 'Care monthly', monthly_fee_cents: 10_000, hourly_rate_cents: 6000, included_minutes: 60 });
    const prepaid = await api.plan({ name: 'Care prepaid', monthly_fee_cents: 9000, billing_term_months: 3, hourly_rate_cents: 6000, included_minutes: 60 });
    ids.a = await api.client('Alpha Bakery', 'alpha@clients.example');
    ids.b = await api.client('Beta Books', 'beta@clients.example');
    ids.c = await api.client('Gamma Garage', 'gamma@clients.example');
    await api.setBilling(ids.a, { plan_id: monthly, go_live_date: '2026-11-20', tax_rate_bp: 2000 });
    await api.setBilling(ids.b, { plan_id: prepaid, go_live_date: '2026-12-01' });
    await api.setBilling(ids.c, { plan_id: monthly, go_live_date: '2027-03-10', payment_method: 'card', card_exp_month: 6, card_exp_year: 2027, billing_email: 'accounts@gamma.example' });
  });
  afterAll(async () => {
    await hub?.close();
    await smtp?.close();
  });

  it('creates exactly the right invoices on the right dates, once, with two schedulers ticking', async () => {
    const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, { smtpUrl: smtp.url, billingTimeZone: 'Europe/Paris', billingNotifyEmail: NOTIFY });
    const s1 = createBillingScheduler({ db: hub.tdb.db, clock: hub.clock, config, log: hub.app.log });
    const s2 = createBillingScheduler({ db: hub.tdb.db, clock: hub.clock, config, log: hub.app.log });
    const reviews = new Map<string, string[]>();
    try {
      for (let day = '2026-11-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
        hub.clock.set(`${day}T06:00:00Z`);
        // Work logged on the day it is done: Alpha 90 min in January (30 over), Beta 100 min (40 over).
        if (day === '2027-01-14') {
          await api.logTime({ client_id: ids.a, work_date: day, minutes: 90, description: 'Checkout bug' });
          await api.logTime({ client_id: ids.b, work_date: day, minutes: 100, description: 'Migration to PHP 8.3' });
        }
        const [r1, r2] = await Promise.all([s1.tick(), s2.tick()]);
        expect([r1.ran, r2.ran].filter(Boolean), day).toHaveLength(1);
        await pay(day);
      }
    } finally {
      await s1.stop();
      await s2.stop();
    }

    const all = (await api.invoices()).sort((x, y) => x.number - y.number);
    // A gapless sequence, one invoice per (client, schedule key).
    expect(all.map((i) => i.number)).toEqual(all.map((_, k) => k + 1));
    const seen = all.map((i) => `${i.client_id} ${i.schedule_key}`);
    expect(new Set(seen).size).toBe(seen.length);

    const of = (client: string) => all.filter((i) => i.client_id === client).map((i) => `${i.issue_date} ${i.schedule_key} ${i.total_cents}`);
    const months = (from: string, to: string) => {
      const out: string[] = [];
      for (let m = from; m <= to; m = m.endsWith('-12') ? `${Number(m.slice(0, 4)) + 1}-01` : `${m.slice(0, 5)}${String(Number(m.slice(5)) + 1).padStart(2, '0')}`) out.push(m);
      return out;
    };
    // Alpha, monthly, 20 % tax: 11/30 of 100.00 on go-live, then 120.00 each 1st; February adds January's 30 min at 60.00/h.
    expect(of(ids.a)).toEqual([
      '2026-11-20 go-live 4400', // 36.67 + 20 % = 44.00 (tax 7.33)
      ...months('2026-12', '2027-12').map((m) => `${m}-01 term:${m} ${m === '2027-02' ? 15_600 : 12_000}`),
    ]);
    // Beta, prepaid quarterly from January, no tax: full December (go-live on the 1st), then 270.00 a quarter; January's overage on its own.
    expect(of(ids.b)).toEqual([
      '2026-12-01 go-live 9000',
      '2027-01-01 term:2027-01 27000',
      '2027-02-01 overage:2027-01 4000',
      '2027-04-01 term:2027-04 27000',
      '2027-07-01 term:2027-07 27000',
      '2027-10-01 term:2027-10 27000',
    ]);
    // Gamma, monthly from 10 March: 22/31 of 100.00 = 70.97.
    expect(of(ids.c)).toEqual(['2027-03-10 go-live 7097', ...months('2027-04', '2027-12').map((m) => `${m}-01 term:${m} 10000`)]);

    const feb = all.find((i) => i.client_id === ids.a && i.schedule_key === 'term:2027-02')!;
    expect(feb.lines.map((l) => [l.kind, l.amount_cents])).toEqual([['plan_fee', 10_000], ['overage', 3000]]);
    expect(feb.lines[1]!.description).toContain('0 h 30 min');
    expect(feb.tax_cents).toBe(2600);

    // Each invoice was emailed once, to the client's billing address when it has one.
    const invoiceMails = smtp.messages.filter((m) => m.subject?.startsWith('Invoice INV-'));
    expect(invoiceMails).toHaveLength(all.length);
    expect(new Set(invoiceMails.map((m) => m.subject)).size).toBe(all.length);
    expect(smtp.to('accounts@gamma.example').filter((m) => m.subject?.startsWith('Invoice'))).toHaveLength(10);
    expect(smtp.to('gamma@clients.example')).toHaveLength(0);

    // Card expiring end of June 2027: one reminder 30 days before (31 May) and one 14 days before (16 June).
    const cardMails = smtp.to('accounts@gamma.example').filter((m) => m.subject?.includes('payment card'));
    expect(cardMails).toHaveLength(2);
    const notices = (await api.ok('GET', '/billing/notices?limit=500')).items as { kind: string; notice_date: string; client_id: string | null; status: string; details: { invoices?: { number: string; status: string }[] } }[];
    const cardNotices = notices.filter((n) => n.kind.startsWith('card_expiry')).map((n) => `${n.notice_date} ${n.kind} ${n.status}`).sort();
    expect(cardNotices).toEqual(['2027-05-31 card_expiry_30 sent', '2027-06-16 card_expiry_14 sent']);
    expect(cardMails[0]!.text).toContain('2027-06-30');

    // Prepaid term reminders, 30 days before each of Beta's terms ends, to the freelancer.
    const termNotices = notices.filter((n) => n.kind === 'term_ending').map((n) => n.notice_date).sort();
    expect(termNotices).toEqual(['2027-03-02', '2027-06-01', '2027-09-01', '2027-12-02']);
    expect(smtp.to(NOTIFY).filter((m) => m.subject?.startsWith('Prepaid term of Beta Books'))).toHaveLength(4);

    // The review on the 3rd lists what was unpaid or failed then.
    const number = (client: string, key: string) => all.find((i) => i.client_id === client && i.schedule_key === key)!.number_text;
    expect(reviews.get('2026-11')).toBeUndefined(); // nothing unpaid: no notice
    expect(reviews.get('2026-12')).toEqual([number(ids.b, 'go-live')]);
    // Oldest first (issue date, then number; same-day invoices of different clients are numbered in client order).
    const byIssue = (pairs: [string, string][]) =>
      pairs.map(([c, k]) => all.find((i) => i.client_id === c && i.schedule_key === k)!).sort((x, y) => x.issue_date.localeCompare(y.issue_date) || x.number - y.number).map((i) => i.number_text);
    expect(reviews.get('2027-06')).toEqual(
      byIssue([[ids.b, 'overage:2027-01'], [ids.c, 'go-live'], [ids.c, 'term:2027-04'], [ids.a, 'term:2027-05'], [ids.c, 'term:2027-05'], [ids.c, 'term:2027-06']]),
    );
    const june = notices.find((n) => n.kind === 'unpaid_review' && n.notice_date === '2027-06-03')!;
    expect(june.details.invoices!.find((i) => i.number === number(ids.b, 'overage:2027-01'))!.status).toBe('failed');
    const juneMail = smtp.to(NOTIFY).find((m) => m.subject === '6 invoices unpaid or failed')!;
    expect(juneMail.text).toContain(number(ids.a, 'term:2027-05'));
    // One review a month at most, each on the 3rd.
    const reviewDates = notices.filter((n) => n.kind === 'unpaid_review').map((n) => n.notice_date);
    expect(reviewDates.every((d) => d.endsWith('-03'))).toBe(true);
    expect(new Set(reviewDates).size).toBe(reviewDates.length);

    /** Payments as the test's clients make them; also snapshots each review as it is written. */
    async function pay(day: string) {
      for (const n of (await api.ok('GET', '/billing/notices?kind=unpaid_review&limit=500')).items as { notice_date: string; details: { invoices: { number: string }[] } }[]) {
        if (n.notice_date === day) reviews.set(day.slice(0, 7), n.details.invoices.map((i) => i.number));
      }
      for (const inv of await api.invoices('&status=sent')) {
        const alphaPays = inv.client_id === ids.a && inv.schedule_key !== 'term:2027-05';
        const betaPays = inv.client_id === ids.b && day.endsWith('-05') && inv.schedule_key !== 'overage:2027-01';
        if (alphaPays || betaPays) await api.ok('POST', `/invoices/${inv.id}/mark-paid`, {});
        if (inv.client_id === ids.b && inv.schedule_key === 'overage:2027-01' && day === '2027-02-02') await api.ok('POST', `/invoices/${inv.id}/mark-failed`);
      }
    }
  }, 240_000);
});
