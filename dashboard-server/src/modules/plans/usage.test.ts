import { describe, expect, it } from 'vitest';
import { computeUsage, type UsageEntry, type UsagePlan } from './usage.js';

const plan: UsagePlan = {
  id: 'p', name: 'Professional', currency: 'EUR', hourly_rate_cents: 7500, included_minutes: 60, minutes_roll_over: false,
  included_restores: 1, included_repairs: 1, allowance_period: 'year',
};
let seq = 0;
const e = (work_date: string, minutes: number, kind: UsageEntry['kind'] = 'work'): UsageEntry => ({ id: `e${++seq}`, work_date, minutes, kind, created_at: new Date(Date.UTC(2027, 0, 1, 0, 0, seq)) });

const entries = [
  e('2027-01-10', 90, 'restore'), // the year's one included restore
  e('2027-02-03', 20), // February work: 40 of 60 minutes unused
  e('2027-03-02', 30),
  e('2027-03-18', 45),
  e('2027-03-20', 20, 'restore'), // second restore this year: beyond the allowance
  e('2027-03-21', 30, 'repair'), // first repair this year: included
  e('2027-03-25', 40, 'repair'), // second: beyond
  e('2027-04-01', 500), // another month: ignored
];

describe('usage against the plan', () => {
  it('use it or lose it: work beyond the month’s minutes plus restores/repairs beyond the allowance are billable', () => {
    const u = computeUsage('c', plan, '2027-03', entries);
    expect(u.minutes).toEqual({ included: 60, carried_over: 0, available: 60, used: 75, remaining: 0, over: 15 });
    expect(u.restores).toEqual({ period: 'year', included: 1, used_this_month: 1, used_in_period: 2, over_this_month: 1, over_minutes: 20 });
    expect(u.repairs).toEqual({ period: 'year', included: 1, used_this_month: 2, used_in_period: 2, over_this_month: 1, over_minutes: 40 });
    expect(u.overage).toEqual({ minutes: 75, amount_cents: 9375 }); // 75 min at 75.00/h
  });

  it('a monthly allowance starts again each month', () => {
    const u = computeUsage('c', { ...plan, allowance_period: 'month' }, '2027-03', entries);
    expect(u.restores.over_this_month).toBe(0); // January's restore does not count in March
    expect(u.repairs.over_minutes).toBe(40);
    expect(u.overage).toEqual({ minutes: 15 + 40, amount_cents: 6875 });
  });

  it('roll-over carries the previous month’s unused included minutes, for one month only', () => {
    const u = computeUsage('c', { ...plan, minutes_roll_over: true }, '2027-03', entries);
    expect(u.minutes).toEqual({ included: 60, carried_over: 40, available: 100, used: 75, remaining: 25, over: 0 });
    // January had no work, but nothing from January reaches March.
    expect(computeUsage('c', { ...plan, minutes_roll_over: true }, '2027-02', entries).minutes.carried_over).toBe(60);
  });

  it('a client without a plan has nothing included and no rate', () => {
    const u = computeUsage('c', null, '2027-03', entries);
    expect(u.plan).toBeNull();
    expect(u.minutes.over).toBe(75);
    expect(u.overage.amount_cents).toBe(0);
  });
});
