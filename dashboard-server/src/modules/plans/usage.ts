import type { Queryable } from '../../db/index.js';
import { notFound } from '../../lib/errors.js';
import { addMonths, firstDay, lastDay, type IsoMonth } from '../billing/dates.js';
import { minutesAmount } from '../billing/money.js';
import type { Plan, Usage } from './plans.schemas.js';

export type UsagePlan = Pick<Plan, 'id' | 'name' | 'currency' | 'hourly_rate_cents' | 'included_minutes' | 'minutes_roll_over' | 'included_restores' | 'included_repairs' | 'allowance_period'>;

export interface UsageEntry {
  id: string;
  work_date: string;
  minutes: number;
  kind: 'work' | 'restore' | 'repair';
  created_at: Date;
}

/**
 * Usage of one client in one month against its plan. The rules (docs/billing.md):
 * - 'work' minutes count against the month's included minutes; nothing carries over unless the plan
 *   rolls minutes over, and then only the previous month's unused included minutes, for one month.
 * - restores / repairs count against their allowance over the calendar month or year; entries within the
 *   allowance are free (their minutes do not touch the hours pool), the ones beyond it, in the order
 *   they were done, are billed by their minutes.
 * - Overage = work minutes beyond the available ones + minutes of restores/repairs beyond the allowance,
 *   at the plan's hourly rate, rounded half up to the cent once on the total.
 * `entries` must cover the allowance window: the month itself, the month before, and (for a yearly
 * allowance) the year so far.
 */
export function computeUsage(clientId: string, plan: UsagePlan | null, month: IsoMonth, entries: UsageEntry[]): Usage {
  const p = plan ?? { id: '', name: '', currency: 'EUR', hourly_rate_cents: 0, included_minutes: 0, minutes_roll_over: false, included_restores: 0, included_repairs: 0, allowance_period: 'month' as const };
  const inMonth = (e: UsageEntry, m: IsoMonth) => e.work_date.startsWith(m);
  const workMinutes = (m: IsoMonth) => entries.filter((e) => e.kind === 'work' && inMonth(e, m)).reduce((s, e) => s + e.minutes, 0);

  const used = workMinutes(month);
  const carried = p.minutes_roll_over ? Math.max(0, p.included_minutes - workMinutes(addMonths(month, -1))) : 0;
  const available = p.included_minutes + carried;
  const over = Math.max(0, used - available);

  const allowance = (kind: 'restore' | 'repair', included: number) => {
    const windowStart = p.allowance_period === 'year' ? `${month.slice(0, 4)}-01-01` : firstDay(month);
    const windowed = entries
      .filter((e) => e.kind === kind && e.work_date >= windowStart && e.work_date <= lastDay(month))
      .sort((a, b) => a.work_date.localeCompare(b.work_date) || a.created_at.getTime() - b.created_at.getTime() || a.id.localeCompare(b.id));
    const beyond = windowed.slice(included).filter((e) => inMonth(e, month));
    return {
      period: p.allowance_period,
      included,
      used_this_month: windowed.filter((e) => inMonth(e, month)).length,
      used_in_period: windowed.length,
      over_this_month: beyond.length,
      over_minutes: beyond.reduce((s, e) => s + e.minutes, 0),
    };
  };
  const restores = allowance('restore', p.included_restores);
  const repairs = allowance('repair', p.included_repairs);
  const overMinutes = over + restores.over_minutes + repairs.over_minutes;
  return {
    client_id: clientId,
    month,
    plan: plan ? { id: plan.id, name: plan.name } : null,
    currency: p.currency,
    hourly_rate_cents: p.hourly_rate_cents,
    minutes: { included: p.included_minutes, carried_over: carried, available, used, remaining: Math.max(0, available - used), over },
    restores,
    repairs,
    overage: { minutes: overMinutes, amount_cents: minutesAmount(overMinutes, p.hourly_rate_cents) },
  };
}

/** Loads the client's plan and work log for `month` (and the window its allowances need). */
export async function loadUsage(db: Queryable, clientId: string, month: IsoMonth): Promise<Usage> {
  const c = await db.query<{ plan_id: string | null }>('SELECT plan_id FROM clients WHERE id = $1', [clientId]);
  if (c.rowCount === 0) throw notFound('Client');
  let plan: UsagePlan | null = null;
  if (c.rows[0]!.plan_id) {
    const r = await db.query<UsagePlan>(
      'SELECT id, name, currency, hourly_rate_cents, included_minutes, minutes_roll_over, included_restores, included_repairs, allowance_period FROM plans WHERE id = $1',
      [c.rows[0]!.plan_id],
    );
    plan = r.rows[0] ?? null;
  }
  const prev = addMonths(month, -1);
  const from = [firstDay(prev), `${month.slice(0, 4)}-01-01`].sort()[0]!;
  const r = await db.query<UsageEntry>(
    "SELECT id, to_char(work_date, 'YYYY-MM-DD') AS work_date, minutes, kind, created_at FROM time_entries WHERE client_id = $1 AND work_date BETWEEN $2 AND $3",
    [clientId, from, lastDay(month)],
  );
  return computeUsage(clientId, plan, month, r.rows);
}
