import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN_FORM, planToForm, validatePlan } from './plan-form';
import type { Plan } from './plans-api';

describe('validatePlan', () => {
  it('turns the typed form into the hub body (cents, minutes, lists)', () => {
    const { value, errors } = validatePlan({ ...EMPTY_PLAN_FORM, name: ' Care ', currency: 'eur', monthly_fee: '79,90', hourly_rate: '60', included_hours: '1h30', included_restores: '1', inclusions: 'Updates\n\n Backups \n', exclusions: 'Content edits' });
    expect(errors).toEqual({});
    expect(value).toMatchObject({ name: 'Care', currency: 'EUR', monthly_fee_cents: 7990, hourly_rate_cents: 6000, included_minutes: 90, included_restores: 1, inclusions: ['Updates', 'Backups'], exclusions: ['Content edits'], billing_term_months: 1 });
  });

  it('reports every bad field at once and sends nothing', () => {
    const { value, errors } = validatePlan({ ...EMPTY_PLAN_FORM, name: '', monthly_fee: 'free', currency: 'euro', included_restores: '-1', backup_max_age_days: '0', uptime_interval_s: '5', billing_term_months: '2' });
    expect(value).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['backup_max_age_days', 'billing_term_months', 'currency', 'included_restores', 'monthly_fee', 'name', 'uptime_interval_s']);
  });

  it('round-trips a saved plan through the form', () => {
    const plan: Plan = { id: 'p', name: 'Pro', description: '', currency: 'USD', monthly_fee_cents: 14900, billing_term_months: 12, hourly_rate_cents: 9000, included_minutes: 150, minutes_roll_over: true, included_restores: 2, included_repairs: 3, allowance_period: 'year', backup_max_age_days: 1, backup_retention_days: 90, uptime_interval_s: 60, report_mode: 'auto_send', inclusions: ['a'], exclusions: [], client_count: 0, created_at: '', updated_at: '' };
    const { value } = validatePlan(planToForm(plan));
    const { id: _id, client_count: _c, created_at: _a, updated_at: _u, ...fields } = plan;
    expect(value).toEqual(fields);
  });
});
