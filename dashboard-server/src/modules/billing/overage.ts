import type { Queryable } from '../../db/index.js';
import { loadUsage } from '../plans/usage.js';
import type { InvoiceLine } from './billing.schemas.js';
import { addMonths, firstDay, type IsoMonth } from './dates.js';
import { formatMoney, minutesAmount } from './money.js';

/** How many months back time logged late is still looked for (months invoiced before that are left alone). */
export const LATE_OVERAGE_MONTHS = 12;

/** Overage minutes one invoice bills for one month (or, with no invoice, a month closed with nothing to bill). */
export interface BilledOverage {
  month: IsoMonth;
  minutes: number;
  amount_cents: number;
}

export interface OverageToBill {
  lines: InvoiceLine[];
  billed: BilledOverage[];
}

const hours = (minutes: number) => `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
const hoursQuantity = (minutes: number) => Math.round((minutes / 60) * 10_000) / 10_000;

/**
 * What the client's next scheduled invoice bills as overage, read inside the invoice's transaction (after
 * the client row lock, so two invoices of one client never bill the same minutes):
 * - `month` (the month just ended): its overage from the work log, minus what was billed for it already;
 * - every earlier month already invoiced (an `overage_billed` row exists) within LATE_OVERAGE_MONTHS:
 *   the overage the work log shows now beyond what its invoices billed, i.e. time logged after them,
 *   as its own line "Overage for <month>, logged after its invoice" (only with `late`).
 * Minutes that were billed and later deleted from the log are not credited back (do that by hand).
 */
export async function overageToBill(db: Queryable, clientId: string, month: IsoMonth, opts: { late: boolean }): Promise<OverageToBill> {
  const r = await db.query<{ month: IsoMonth; minutes: string }>(
    `SELECT to_char(month, 'YYYY-MM') AS month, sum(minutes) AS minutes FROM overage_billed
     WHERE client_id = $1 AND month BETWEEN $2 AND $3 GROUP BY month ORDER BY month`,
    [clientId, firstDay(addMonths(month, -LATE_OVERAGE_MONTHS)), firstDay(month)],
  );
  const billedBefore = new Map(r.rows.map((x) => [x.month, Number(x.minutes)]));
  const lines: InvoiceLine[] = [];
  const billed: BilledOverage[] = [];

  const current = await loadUsage(db, clientId, month);
  const already = billedBefore.get(month) ?? 0;
  const minutes = Math.max(0, current.overage.minutes - already);
  const rate = current.hourly_rate_cents;
  const perHour = formatMoney(rate, current.currency);
  if (minutes > 0) {
    const amount = already === 0 ? current.overage.amount_cents : minutesAmount(minutes, rate);
    lines.push({ kind: 'overage', description: `Support beyond the plan in ${month}: ${hours(minutes)} at ${perHour}/h`, quantity: hoursQuantity(minutes), unit_cents: rate, amount_cents: amount });
    billed.push({ month, minutes, amount_cents: amount });
  } else {
    billed.push({ month, minutes: 0, amount_cents: 0 }); // the month is invoiced: later entries for it are late
  }

  for (const [earlier, billedMinutes] of billedBefore) {
    if (!opts.late || earlier >= month) continue;
    const usage = await loadUsage(db, clientId, earlier);
    const late = usage.overage.minutes - billedMinutes;
    if (late <= 0) continue;
    const amount = minutesAmount(late, usage.hourly_rate_cents);
    lines.push({
      kind: 'overage',
      description: `Overage for ${earlier}, logged after its invoice: ${hours(late)} at ${formatMoney(usage.hourly_rate_cents, usage.currency)}/h`,
      quantity: hoursQuantity(late),
      unit_cents: usage.hourly_rate_cents,
      amount_cents: amount,
    });
    billed.push({ month: earlier, minutes: late, amount_cents: amount });
  }
  return { lines, billed };
}

/** Records what an invoice billed (invoiceId) or that a month closed with nothing to bill (null); in the invoice's transaction. */
export async function recordBilledOverage(db: Queryable, clientId: string, invoiceId: string | null, billed: BilledOverage[], now: Date): Promise<void> {
  for (const b of billed) {
    if (invoiceId === null && b.minutes > 0) throw new Error('billed overage minutes need an invoice');
    await db.query(
      `INSERT INTO overage_billed (client_id, month, invoice_id, minutes, amount_cents, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [clientId, firstDay(b.month), invoiceId, b.minutes, b.amount_cents, now],
    );
  }
}
