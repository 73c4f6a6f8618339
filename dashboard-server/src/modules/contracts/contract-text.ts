import { formatMoney } from '../billing/money.js';
import type { Plan } from '../plans/plans.schemas.js';

/** The plan as agreed: copied into each revision so later plan edits never change a signed text. */
export type PlanSnapshot = Omit<Plan, 'id' | 'client_count' | 'created_at' | 'updated_at'>;

export interface ContractTerms {
  revision: number;
  sellerName: string;
  clientName: string;
  startDate: string;
  plan: PlanSnapshot;
  paymentTermsDays: number;
  latePaymentPolicy: string;
  freeText: string;
}

export const DEFAULT_LATE_PAYMENT_POLICY =
  'If an invoice is still unpaid 14 days after its due date, maintenance work other than backups and monitoring may be paused until it is settled.';

const hoursText = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`);
const list = (items: string[]) => (items.length ? items.map((i) => `  - ${i}`).join('\n') : '  - (none listed)');

/**
 * The contract text of one revision, generated from the plan and the terms. It is the exact text the
 * client accepts: its sha256 is recorded with the acceptance, so it must be deterministic.
 */
export function contractText(t: ContractTerms): string {
  const p = t.plan;
  const fee = formatMoney(p.monthly_fee_cents, p.currency);
  const term =
    p.billing_term_months === 1
      ? `Invoices are issued on the 1st of each month for that month, ${fee} per month.`
      : `The plan is prepaid: every ${p.billing_term_months} months an invoice for the next ${p.billing_term_months} months (${formatMoney(p.monthly_fee_cents * p.billing_term_months, p.currency)}) is issued on the 1st of the term's first month.`;
  const allowance = p.allowance_period === 'year' ? 'per calendar year' : 'per calendar month';
  const sections = [
    `MAINTENANCE CONTRACT — REVISION ${t.revision}`,
    `Between ${t.sellerName} (the provider) and ${t.clientName} (the client), starting on ${t.startDate}.`,
    `1. Plan\n${p.name}${p.description ? `: ${p.description}` : ''}\nFee: ${fee} per month plus applicable tax.`,
    `2. Included\n${list(p.inclusions)}\n  - Support time: ${hoursText(p.included_minutes)} per month${p.minutes_roll_over ? '; unused time carries over to the next month only' : '; unused time does not carry over ("use it or lose it")'}\n  - Backup restores: ${p.included_restores} ${allowance}\n  - Repairs: ${p.included_repairs} ${allowance}\n  - Offsite backups no older than ${p.backup_max_age_days} days, kept ${p.backup_retention_days} days\n  - Uptime checked every ${p.uptime_interval_s} seconds`,
    `3. Not included\n${list(p.exclusions)}\nWork beyond the included time, restores and repairs is billed at ${formatMoney(p.hourly_rate_cents, p.currency)} per hour, by the minute.`,
    `4. Payment terms\n${term}\nThe first invoice covers the rest of the month in which the site goes live, prorated by days. Invoices are due ${t.paymentTermsDays} days after issue.`,
    `5. Late payment\n${t.latePaymentPolicy || DEFAULT_LATE_PAYMENT_POLICY}`,
  ];
  if (t.freeText.trim()) sections.push(`6. Further terms\n${t.freeText.trim()}`);
  return `${sections.join('\n\n')}\n`;
}
