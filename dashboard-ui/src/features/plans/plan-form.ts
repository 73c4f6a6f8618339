/** The plan form: text fields as typed ↔ the hub's plan body, with the hub's limits checked first. */
import { centsToInput, parseDuration, parseMoney } from './money';
import type { Plan, PlanInput } from './plans-api';

export interface PlanForm {
  name: string;
  description: string;
  currency: string;
  monthly_fee: string;
  billing_term_months: string;
  hourly_rate: string;
  included_hours: string;
  minutes_roll_over: boolean;
  included_restores: string;
  included_repairs: string;
  allowance_period: 'month' | 'year';
  backup_max_age_days: string;
  backup_retention_days: string;
  uptime_interval_s: string;
  report_mode: 'auto_send' | 'needs_approval';
  inclusions: string;
  exclusions: string;
}

export type PlanFormErrors = Partial<Record<keyof PlanForm, string>>;

export const EMPTY_PLAN_FORM: PlanForm = {
  name: '',
  description: '',
  currency: 'EUR',
  monthly_fee: '',
  billing_term_months: '1',
  hourly_rate: '0',
  included_hours: '0',
  minutes_roll_over: false,
  included_restores: '0',
  included_repairs: '0',
  allowance_period: 'month',
  backup_max_age_days: '30',
  backup_retention_days: '30',
  uptime_interval_s: '300',
  report_mode: 'needs_approval',
  inclusions: '',
  exclusions: '',
};

function hoursText(minutes: number): string {
  return minutes % 60 === 0 ? String(minutes / 60) : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}`;
}

export function planToForm(plan: Plan): PlanForm {
  return {
    name: plan.name,
    description: plan.description,
    currency: plan.currency,
    monthly_fee: centsToInput(plan.monthly_fee_cents),
    billing_term_months: String(plan.billing_term_months),
    hourly_rate: centsToInput(plan.hourly_rate_cents),
    included_hours: hoursText(plan.included_minutes),
    minutes_roll_over: plan.minutes_roll_over,
    included_restores: String(plan.included_restores),
    included_repairs: String(plan.included_repairs),
    allowance_period: plan.allowance_period,
    backup_max_age_days: String(plan.backup_max_age_days),
    backup_retention_days: String(plan.backup_retention_days),
    uptime_interval_s: String(plan.uptime_interval_s),
    report_mode: plan.report_mode,
    inclusions: plan.inclusions.join('\n'),
    exclusions: plan.exclusions.join('\n'),
  };
}

/** Included hours: a bare number here means hours ("10"), unlike the work log's minutes. */
function parseHours(text: string): number | null {
  if (/^\s*\d+([.,]\d+)?\s*$/.test(text)) return Math.round(Number(text.trim().replace(',', '.')) * 60);
  return parseDuration(text);
}

function intIn(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text.trim());
  return n >= min && n <= max ? n : null;
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

export function validatePlan(form: PlanForm): { value: PlanInput | null; errors: PlanFormErrors } {
  const errors: PlanFormErrors = {};
  const name = form.name.trim();
  if (name === '' || name.length > 100) errors.name = 'Give the plan a name (at most 100 characters).';
  if (form.description.length > 2000) errors.description = 'Use at most 2000 characters.';
  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.currency = 'Use a three-letter currency code such as EUR or USD.';
  const fee = parseMoney(form.monthly_fee);
  if (fee === null || fee > 100_000_000) errors.monthly_fee = 'Enter the monthly fee, for example 49 or 49.50.';
  const rate = parseMoney(form.hourly_rate);
  if (rate === null || rate > 10_000_000) errors.hourly_rate = 'Enter the hourly rate for extra time (0 if none).';
  const minutes = parseHours(form.included_hours);
  if (minutes === null || minutes > 44_640) errors.included_hours = 'Enter hours per month, for example 2 or 1h30.';
  const restores = intIn(form.included_restores, 0, 1000);
  if (restores === null) errors.included_restores = 'A whole number from 0 to 1000.';
  const repairs = intIn(form.included_repairs, 0, 1000);
  if (repairs === null) errors.included_repairs = 'A whole number from 0 to 1000.';
  const maxAge = intIn(form.backup_max_age_days, 1, 365);
  if (maxAge === null) errors.backup_max_age_days = 'From 1 to 365 days.';
  const retention = intIn(form.backup_retention_days, 1, 3650);
  if (retention === null) errors.backup_retention_days = 'From 1 to 3650 days.';
  const interval = intIn(form.uptime_interval_s, 30, 3600);
  if (interval === null) errors.uptime_interval_s = 'From 30 to 3600 seconds.';
  const term = Number(form.billing_term_months);
  if (![1, 3, 6, 12].includes(term)) errors.billing_term_months = 'Monthly, or prepaid 3, 6 or 12 months.';
  const inclusions = lines(form.inclusions);
  const exclusions = lines(form.exclusions);
  if (inclusions.length > 50 || inclusions.some((l) => l.length > 300)) errors.inclusions = 'At most 50 lines of 300 characters.';
  if (exclusions.length > 50 || exclusions.some((l) => l.length > 300)) errors.exclusions = 'At most 50 lines of 300 characters.';
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return {
    errors,
    value: {
      name,
      description: form.description.trim(),
      currency,
      monthly_fee_cents: fee!,
      billing_term_months: term as 1 | 3 | 6 | 12,
      hourly_rate_cents: rate!,
      included_minutes: minutes!,
      minutes_roll_over: form.minutes_roll_over,
      included_restores: restores!,
      included_repairs: repairs!,
      allowance_period: form.allowance_period,
      backup_max_age_days: maxAge!,
      backup_retention_days: retention!,
      uptime_interval_s: interval!,
      report_mode: form.report_mode,
      inclusions,
      exclusions,
    },
  };
}
