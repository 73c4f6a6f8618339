import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { BillingService } from './billing.service.js';
import { localDate } from './dates.js';
import { createInvoicesRepository } from './invoices.repository.js';
import type { BillingMailer } from './mailer.js';
import { formatMoney } from './money.js';
import { createNotice } from './notices.js';

/** Wait after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure gives up. */
export const DELIVERY_BACKOFF_MS = [5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;
export const DELIVERY_MAX_ATTEMPTS = DELIVERY_BACKOFF_MS.length + 1;
/** How long a claim keeps other processes off an invoice; a process that died mid-send is taken over after it. */
export const DELIVERY_LEASE_MS = 15 * 60_000;

export interface InvoiceDeliveryDeps {
  db: Database;
  clock: Clock;
  billing: Pick<BillingService, 'deliver' | 'get'>;
  mailer: BillingMailer | null;
  settings: { timeZone: string; notifyEmail: string | undefined };
  log: FastifyBaseLogger;
}

/**
 * Emails the drafts the schedule queued for auto-send (send_due_at), from any hub process: each is
 * claimed in one statement (FOR UPDATE SKIP LOCKED, send_due_at moved forward as a lease), sent, then
 * either marked sent or rescheduled with a growing back-off; after the last attempt it stays a draft and
 * one notice tells the freelancer to send it by hand.
 */
export function createInvoiceDelivery(deps: InvoiceDeliveryDeps) {
  const { db, clock, billing, log } = deps;
  const invoices = createInvoicesRepository(db);

  const giveUp = async (id: string, attempts: number, error: string) => {
    const inv = await billing.get(id);
    await createNotice(
      db,
      {
        key: `invoice-undelivered:${id}`,
        kind: 'invoice_undelivered',
        client_id: inv.client_id,
        notice_date: localDate(clock.now(), deps.settings.timeZone),
        recipient: deps.settings.notifyEmail ?? null,
        subject: `Invoice ${inv.number_text} to ${inv.client_name} could not be emailed`,
        body: [
          `Invoice ${inv.number_text} to ${inv.client_name} (${formatMoney(inv.total_cents, inv.currency)}, issued ${inv.issue_date}) could not be emailed after ${attempts} attempts.`,
          `Last error: ${error}`,
          '',
          'It is still a draft and the hub will not try again: check the email settings and the client’s billing address, then send it from the dashboard (Invoices → Email).',
        ].join('\n'),
        details: { invoice_id: id, number: inv.number_text, attempts, last_error: error },
      },
      clock.now(),
    );
    log.warn({ invoice: inv.number_text, attempts }, 'invoice email given up; the freelancer is told');
  };

  return {
    /** One pass: sends what is due, up to `limit`; stops at the first failure (the SMTP server is likely down). */
    async deliverDue(limit = 50): Promise<{ sent: number; failed: number }> {
      const out = { sent: 0, failed: 0 };
      if (!deps.mailer) return out;
      for (let i = 0; i < limit; i++) {
        const claim = await invoices.claimDueDelivery(clock.now(), new Date(clock.now().getTime() + DELIVERY_LEASE_MS));
        if (!claim) break;
        try {
          await billing.deliver(claim.id);
          out.sent++;
        } catch (err) {
          out.failed++;
          const attempts = claim.send_attempts + 1;
          const error = (err as Error).message;
          const wait = DELIVERY_BACKOFF_MS[attempts - 1];
          const next = wait === undefined ? null : new Date(clock.now().getTime() + wait);
          if (await invoices.recordDeliveryFailure(claim, error, next)) {
            if (next) log.warn({ err, invoice: claim.id, attempts, next }, 'invoice email failed; retrying later');
            else await giveUp(claim.id, attempts, error);
          }
          break;
        }
      }
      return out;
    },
  };
}
export type InvoiceDelivery = ReturnType<typeof createInvoiceDelivery>;
