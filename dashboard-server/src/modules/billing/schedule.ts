import { addDays, addMonths, daysInMonth, firstDay, lastDay, monthOf, monthsBetween, parseDate, type IsoDate, type IsoMonth } from './dates.js';
import { prorate } from './money.js';

/**
 * What the billing calendar says is due for one client, as pure functions of the client's terms and a
 * date, so the rules can be tested without a database:
 * - go-live invoice on the go-live day: the rest of that month, prorated by days (see proration());
 * - terms start on the 1st of the month after go-live; each term is invoiced on its first day, in
 *   advance, for `termMonths` months (1 = monthly, 3/6/12 = prepaid);
 * - a month's overage is billed on the 1st of the next month: on that day's term invoice when there is
 *   one, otherwise on its own overage invoice (prepaid clients between terms);
 * - prepaid terms get a reminder entry 30 days before they end.
 */

export interface Proration {
  days: number;
  daysInMonth: number;
  amountCents: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

/**
 * Go-live proration: the go-live day counts, so going live on day d of an n-day month bills
 * (n − d + 1) / n of the monthly fee, rounded half up to the cent (20th of a 30-day month → 11/30).
 */
export function proration(goLive: IsoDate, monthlyFeeCents: number): Proration {
  const { y, m, day } = parseDate(goLive);
  const n = daysInMonth(y, m);
  const days = n - day + 1;
  return { days, daysInMonth: n, amountCents: prorate(monthlyFeeCents, days, n), periodStart: goLive, periodEnd: lastDay(monthOf(goLive)) };
}

export interface BillingTerms {
  goLive: IsoDate;
  termMonths: 1 | 3 | 6 | 12;
}

export type DueItem =
  | { type: 'go-live'; key: 'go-live'; date: IsoDate }
  | { type: 'term'; key: string; date: IsoDate; termStart: IsoMonth; months: number; overageMonth: IsoMonth }
  | { type: 'overage'; key: string; date: IsoDate; overageMonth: IsoMonth }
  | { type: 'term-ending'; key: string; date: IsoDate; termStart: IsoMonth; termEnd: IsoDate };

/** Whether a term starts in `month` for these terms. */
export function isTermStart(t: BillingTerms, month: IsoMonth): boolean {
  const k = monthsBetween(addMonths(monthOf(t.goLive), 1), month);
  return k >= 0 && k % t.termMonths === 0;
}

/** Everything scheduled exactly on `date`. */
export function itemsOn(t: BillingTerms, date: IsoDate): DueItem[] {
  const out: DueItem[] = [];
  if (date === t.goLive) out.push({ type: 'go-live', key: 'go-live', date });
  const month = monthOf(date);
  if (date === firstDay(month) && month > monthOf(t.goLive)) {
    const overageMonth = addMonths(month, -1);
    if (isTermStart(t, month)) out.push({ type: 'term', key: `term:${month}`, date, termStart: month, months: t.termMonths, overageMonth });
    else out.push({ type: 'overage', key: `overage:${overageMonth}`, date, overageMonth });
  }
  if (t.termMonths > 1) {
    // The term that ends 30 days from `date`, if any: its reminder is due today.
    const nextStart = addDays(date, 30);
    if (nextStart === firstDay(monthOf(nextStart))) {
      const termStart = addMonths(monthOf(nextStart), -t.termMonths);
      if (isTermStart(t, termStart)) out.push({ type: 'term-ending', key: `term-ending:${termStart}`, date, termStart, termEnd: addDays(nextStart, -1) });
    }
  }
  return out;
}

/**
 * Items scheduled in the window (from, to]: a hub that was down for a few days catches up. Nothing
 * older than the window is made, not even a go-live invoice, so a client entered with a go-live date
 * long past (billed elsewhere until now) starts with the current term rather than back invoices.
 */
export function itemsDue(t: BillingTerms, from: IsoDate, to: IsoDate): DueItem[] {
  const out: DueItem[] = [];
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) out.push(...itemsOn(t, d));
  return out;
}

/** The day a card stops working: the last day of its expiry month. */
export const cardExpiryDate = (month: number, year: number): IsoDate => lastDay(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);

/** Which card-expiry reminder is due on `today`, if any (30 days before, then 14 days before). */
export function cardReminderDue(expiry: IsoDate, today: IsoDate): 30 | 14 | null {
  if (today > expiry) return null;
  if (today >= addDays(expiry, -14)) return 14;
  if (today >= addDays(expiry, -30)) return 30;
  return null;
}
