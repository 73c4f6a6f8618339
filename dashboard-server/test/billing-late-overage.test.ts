import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createBillingScheduler } from '../src/modules/billing/billing.scheduler.js';
import { addDays } from '../src/modules/billing/dates.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';

/*
 * Time logged after a month was invoiced is billed once, on the client's next invoice, as its own line;
 * nothing is billed twice however often the schedule runs. Two schedulers tick every day on one database
 * with an injected clock; the work log is written through the API on the days the freelancer writes it.
 */
describe('overage logged after its month was invoiced', () => {
  let hub: TestHub;
  let api: ReturnType<typeof billingApi>;
  const ids = { monthly: '', prepaid: '' };

  beforeAll(async () => {
    hub = await buildTestHub({ start: '2027-01-01T06:00:00Z', config: { billingTimeZone: 'UTC' } });
    api = billingApi(hub);
    const monthly = await api.plan({ name: 'Care monthly', monthly_fee_cents: 10_000, hourly_rate_cents: 6000, included_minutes: 60 });
    const prepaid = await api.plan({ name: 'Care prepaid', monthly_fee_cents: 9000, billing_term_months: 3, hourly_rate_cents: 6000, included_minutes: 60 });
    ids.monthly = await api.client('Alpha Bakery', 'alpha@clients.example');
    ids.prepaid = await api.client('Beta Books', 'beta@clients.example');
    await api.setBilling(ids.monthly, { plan_id: monthly, go_live_date: '2027-01-01' });
    await api.setBilling(ids.prepaid, { plan_id: prepaid, go_live_date: '2027-01-01' });
  });
  afterAll(async () => hub?.close());

  const log = (client: string, work_date: string, minutes: number) => api.logTime({ client_id: client, work_date, minutes, description: `Work on ${work_date}` });
  /** What was logged on which day: [client, date of the work, minutes]; several are logged weeks late. */
  const worklog: Record<string, [keyof typeof ids, string, number][]> = {
    '2027-01-20': [['monthly', '2027-01-20', 45], ['prepaid', '2027-01-20', 30]],
    '2027-02-10': [['monthly', '2027-01-25', 75], ['prepaid', '2027-01-26', 50]], // January, after its invoice
    '2027-02-12': [['monthly', '2027-02-12', 90]],
    '2027-03-15': [['monthly', '2027-01-28', 15]], // January again
    '2027-03-20': [['prepaid', '2027-02-03', 70]], // February, after its overage invoice
  };

  it('bills late time once on the next invoice, with its own line, for monthly and prepaid clients', async () => {
    const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, { billingTimeZone: 'UTC', smtpUrl: undefined });
    const schedulers = [0, 1].map(() => createBillingScheduler({ db: hub.tdb.db, clock: hub.clock, config, log: hub.app.log }));
    try {
      for (let day = '2027-01-01'; day <= '2027-04-10'; day = addDays(day, 1)) {
        hub.clock.set(`${day}T06:00:00Z`);
        for (const [who, date, minutes] of worklog[day] ?? []) await log(ids[who], date, minutes);
        await Promise.all(schedulers.map((s) => s.tick()));
      }

      const all = (await api.invoices()).sort((x, y) => x.number - y.number);
      const of = (client: string) =>
        all.filter((i) => i.client_id === client).map((i) => ({ key: i.schedule_key, issued: i.issue_date, total: i.total_cents, lines: i.lines.map((l) => `${l.description} = ${l.amount_cents}`) }));

      expect(of(ids.monthly)).toEqual([
        { key: 'go-live', issued: '2027-01-01', total: 10_000, lines: ['Care monthly: 31/31 of 2027-01 from go-live on 2027-01-01 = 10000'] },
        // January's 45 minutes were within the plan when February's invoice was made.
        { key: 'term:2027-02', issued: '2027-02-01', total: 10_000, lines: ['Care monthly: 2027-02 = 10000'] },
        // 75 more January minutes logged on 10 February: January is now 60 min over.
        {
          key: 'term:2027-03',
          issued: '2027-03-01',
          total: 19_000,
          lines: ['Care monthly: 2027-03 = 10000', 'Support beyond the plan in 2027-02: 0 h 30 min at EUR 60.00/h = 3000', 'Overage for 2027-01, logged after its invoice: 1 h 00 min at EUR 60.00/h = 6000'],
        },
        // And 15 more on 15 March: only those 15 are billed.
        { key: 'term:2027-04', issued: '2027-04-01', total: 11_500, lines: ['Care monthly: 2027-04 = 10000', 'Overage for 2027-01, logged after its invoice: 0 h 15 min at EUR 60.00/h = 1500'] },
      ]);
      // Prepaid: between terms the late time comes on the month's overage invoice, made only because of it.
      expect(of(ids.prepaid)).toEqual([
        { key: 'go-live', issued: '2027-01-01', total: 9000, lines: ['Care prepaid: 31/31 of 2027-01 from go-live on 2027-01-01 = 9000'] },
        { key: 'term:2027-02', issued: '2027-02-01', total: 27_000, lines: ['Care prepaid: 3 months prepaid, 2027-02 to 2027-04 = 27000'] },
        { key: 'overage:2027-02', issued: '2027-03-01', total: 2000, lines: ['Overage for 2027-01, logged after its invoice: 0 h 20 min at EUR 60.00/h = 2000'] },
        { key: 'overage:2027-03', issued: '2027-04-01', total: 1000, lines: ['Overage for 2027-02, logged after its invoice: 0 h 10 min at EUR 60.00/h = 1000'] },
      ]);

      // What each month's invoices billed is what the work log shows over the plan now.
      for (const [client, month, over] of [[ids.monthly, '2027-01', 75], [ids.monthly, '2027-02', 30], [ids.monthly, '2027-03', 0], [ids.prepaid, '2027-01', 20], [ids.prepaid, '2027-02', 10], [ids.prepaid, '2027-03', 0]] as const) {
        expect((await api.ok('GET', `/clients/${client}/usage?month=${month}`)).overage.minutes, `${client} ${month}`).toBe(over);
        const billed = await hub.tdb.db.query<{ n: number }>("SELECT COALESCE(sum(minutes), 0)::int AS n FROM overage_billed WHERE client_id = $1 AND month = $2", [client, `${month}-01`]);
        expect(billed.rows[0]!.n, `${client} ${month}`).toBe(over);
      }

      // Running the schedule again — the same days re-run from scratch, and the next days — adds nothing.
      const before = all.map((i) => `${i.id} ${i.total_cents}`);
      await hub.tdb.db.query("DELETE FROM job_runs WHERE job = 'billing.daily'");
      for (const time of ['2027-03-01T07:00:00Z', '2027-04-01T07:00:00Z', '2027-04-10T07:00:00Z', '2027-04-11T06:00:00Z']) {
        hub.clock.set(time);
        await Promise.all(schedulers.map((s) => s.tick()));
      }
      expect((await api.invoices()).sort((x, y) => x.number - y.number).map((i) => `${i.id} ${i.total_cents}`)).toEqual(before);
    } finally {
      for (const s of schedulers) await s.stop();
    }
  }, 120_000);
});
