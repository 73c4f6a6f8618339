import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { claimJob, finishJob } from '../../lib/job-runs.js';
import type { InvoiceLine } from './billing.schemas.js';
import type { BillingService } from './billing.service.js';
import { createClientBillingRepository, type BilledClient } from './client-billing.repository.js';
import { addDays, addMonths, daysBetween, firstDay, lastDay, localDate, monthOf, parseDate, type IsoDate } from './dates.js';
import { formatMoney } from './money.js';
import { invoiceNumberText } from './invoices.repository.js';
import { createInvoiceDelivery } from './delivery.js';
import { createNotice, deliverNotices } from './notices.js';
import { overageToBill } from './overage.js';
import { cardExpiryDate, cardReminderDue, itemsDue, proration, type DueItem } from './schedule.js';
import type { BillingMailer } from './mailer.js';

/** How far back a daily run looks for scheduled items it has not made yet (a hub that was down). */
export const CATCH_UP_DAYS = 35;

export interface BillingJobsDeps {
  db: Database;
  clock: Clock;
  billing: BillingService;
  mailer: BillingMailer | null;
  settings: { timeZone: string; autoSend: boolean; notifyEmail: string | undefined; sellerName: string };
  log: FastifyBaseLogger;
}

/**
 * The billing calendar's work for one day, and the tick that runs it: exactly once per calendar day
 * (job_runs claim) across hub processes, with every item also guarded by its own unique key.
 */
export function createBillingJobs(deps: BillingJobsDeps) {
  const { db, clock, billing, log } = deps;
  const clients = createClientBillingRepository(db);
  const delivery = createInvoiceDelivery({ db, clock, billing, mailer: deps.mailer, settings: deps.settings, log });
  /** With auto-send on, the schedule's invoices are queued for the delivery pass in their own transaction. */
  const deliver = deps.settings.autoSend && deps.mailer !== null;

  const invoiceFor = async (c: BilledClient, item: Exclude<DueItem, { type: 'term-ending' }>, today: IsoDate) => {
    if (item.type === 'go-live') {
      const p = proration(c.go_live_date, c.monthly_fee_cents);
      const line: InvoiceLine = {
        kind: 'proration',
        description: `${c.plan_name}: ${p.days}/${p.daysInMonth} of ${monthOf(c.go_live_date)} from go-live on ${c.go_live_date}`,
        quantity: 1,
        unit_cents: p.amountCents,
        amount_cents: p.amountCents,
      };
      return billing.createInvoice({ client_id: c.client_id, deliver, schedule_key: item.key, issue_date: item.date, period_start: p.periodStart, period_end: p.periodEnd, lines: [line] });
    }
    // The month just ended, and time logged late for months already invoiced (billing/overage.ts) —
    // the late part only on the item's own day, never on an item caught up after it (its issue date is past).
    const overage = (tx: Queryable) => overageToBill(tx, c.client_id, item.overageMonth, { late: item.date === today });
    if (item.type === 'overage') {
      // Made only when there is something to bill.
      return billing.createInvoice({ client_id: c.client_id, deliver, schedule_key: item.key, issue_date: item.date, period_start: firstDay(item.overageMonth), period_end: lastDay(item.overageMonth), lines: [], overage });
    }
    const last = addMonths(item.termStart, item.months - 1);
    const fee: InvoiceLine = {
      kind: 'plan_fee',
      description: item.months === 1 ? `${c.plan_name}: ${item.termStart}` : `${c.plan_name}: ${item.months} months prepaid, ${item.termStart} to ${last}`,
      quantity: item.months,
      unit_cents: c.monthly_fee_cents,
      amount_cents: c.monthly_fee_cents * item.months,
    };
    return billing.createInvoice({ client_id: c.client_id, deliver, schedule_key: item.key, issue_date: item.date, period_start: firstDay(item.termStart), period_end: lastDay(last), lines: [fee], overage });
  };

  const termEndingNotice = (c: BilledClient, item: Extract<DueItem, { type: 'term-ending' }>) =>
    createNotice(
      db,
      {
        key: `term-ending:${c.client_id}:${item.termStart}`,
        kind: 'term_ending',
        client_id: c.client_id,
        notice_date: item.date,
        recipient: deps.settings.notifyEmail ?? null,
        subject: `Prepaid term of ${c.name} ends on ${item.termEnd}`,
        body: `The prepaid ${c.effective_term_months}-month term of ${c.name} (${c.plan_name}) that started on ${firstDay(item.termStart)} ends on ${item.termEnd}.\nThe next term is invoiced on ${addDays(item.termEnd, 1)}; check the plan and terms with the client before then.`,
        details: { term_start: item.termStart, term_end: item.termEnd },
      },
      clock.now(),
    );

  /**
   * The scheduled invoices already made in the window, in one query: most days every item of the
   * look-back window exists. Only a fast path — createInvoice checks again in its transaction and the
   * unique index has the last word.
   */
  const madeSince = async (from: IsoDate) => {
    const r = await db.query<{ client_id: string; schedule_key: string }>('SELECT client_id, schedule_key FROM invoices WHERE schedule_key IS NOT NULL AND issue_date > $1', [from]);
    return new Set(r.rows.map((x) => `${x.client_id} ${x.schedule_key}`));
  };

  const scheduleClients = async (today: IsoDate) => {
    const created: string[] = [];
    const from = addDays(today, -CATCH_UP_DAYS);
    const made = await madeSince(from);
    for (const c of await clients.billed()) {
      try {
        for (const item of itemsDue({ goLive: c.go_live_date, termMonths: c.effective_term_months }, from, today)) {
          if (item.type === 'term-ending') {
            await termEndingNotice(c, item);
            continue;
          }
          if (made.has(`${c.client_id} ${item.key}`)) continue;
          const inv = await invoiceFor(c, item, today);
          if (!inv) continue;
          created.push(inv.id);
          log.info({ invoice: invoiceNumberText(inv.number), client: c.client_id, key: item.key }, 'invoice created');
        }
      } catch (err) {
        // One client's problem (e.g. a deleted plan mid-run) must not stop the others' invoices.
        log.error({ err, client: c.client_id }, 'billing schedule failed for a client');
      }
    }
    return created;
  };

  const cardReminders = async (today: IsoDate) => {
    let n = 0;
    for (const c of await clients.withCardExpiry()) {
      const expiry = cardExpiryDate(c.card_exp_month!, c.card_exp_year!);
      const due = cardReminderDue(expiry, today);
      if (!due) continue;
      const mm = `${c.card_exp_year}-${String(c.card_exp_month).padStart(2, '0')}`;
      const wrote = await createNotice(
        db,
        {
          key: `card-expiry-${due}:${c.client_id}:${mm}`,
          kind: due === 30 ? 'card_expiry_30' : 'card_expiry_14',
          client_id: c.client_id,
          notice_date: today,
          recipient: c.billing_email ?? c.contact_email,
          subject: `Your payment card expires at the end of ${mm}`,
          body: `Hello ${c.name},\n\nThe card we charge for your website maintenance expires on ${expiry} (in ${daysBetween(today, expiry)} days). Please send us the details of a new card before then so your plan continues without interruption.\n\n— ${deps.settings.sellerName}`,
          details: { expiry, days_before: due },
        },
        clock.now(),
      );
      if (wrote) n++;
    }
    return n;
  };

  /** On the 3rd (or the first run after it) each month: the unpaid and failed invoices, to the freelancer. */
  const unpaidReview = async (today: IsoDate) => {
    if (parseDate(today).day < 3) return null;
    const month = monthOf(today);
    if (!(await claimJob(db, 'billing.unpaid_review', month, clock.now()))) return null;
    const unpaid = await billing.unpaidBefore(today);
    if (unpaid.length > 0) {
      const lines = unpaid.map((i) => `- ${i.number_text} ${i.client_name}: ${formatMoney(i.total_cents, i.currency)}, ${i.status}, issued ${i.issue_date}, due ${i.due_date}`);
      await createNotice(
        db,
        {
          key: `unpaid-review:${month}`,
          kind: 'unpaid_review',
          client_id: null,
          notice_date: today,
          recipient: deps.settings.notifyEmail ?? null,
          subject: `${unpaid.length} invoice${unpaid.length === 1 ? '' : 's'} unpaid or failed`,
          body: `Invoices not paid on ${today}:\n${lines.join('\n')}`,
          details: { invoices: unpaid.map((i) => ({ id: i.id, number: i.number_text, status: i.status })) },
        },
        clock.now(),
      );
    }
    const result = { month, unpaid: unpaid.length };
    await finishJob(db, 'billing.unpaid_review', month, clock.now(), result);
    return result;
  };

  /** Runs the day's billing once across processes; returns what it did, or ran: false if it was taken. */
  const runDay = async (today: IsoDate) => {
    if (!(await claimJob(db, 'billing.daily', today, clock.now()))) return { ran: false as const };
    const created = await scheduleClients(today);
    const cardNotices = await cardReminders(today);
    const review = await unpaidReview(today);
    const result = { invoices: created.length, card_notices: cardNotices, review };
    await finishJob(db, 'billing.daily', today, clock.now(), result);
    return { ran: true as const, result };
  };

  return {
    runDay,
    /** One scheduler tick at the injected clock's time. */
    async tick() {
      const today = localDate(clock.now(), deps.settings.timeZone);
      const day = await runDay(today);
      // Every tick, in every process: the day's new invoices and any whose earlier attempt failed.
      const invoices = await delivery.deliverDue();
      const delivered = await deliverNotices({ db, clock, mailer: deps.mailer });
      return { today, ...day, invoices, delivered };
    },
  };
}


