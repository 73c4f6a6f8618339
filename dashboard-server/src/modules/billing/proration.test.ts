import { describe, expect, it } from 'vitest';
import { divRoundHalfUp, minutesAmount, taxAmount } from './money.js';
import { proration } from './schedule.js';

describe('go-live proration: (days left including the go-live day) / (days in month) of the fee, half up to the cent', () => {
  // fee 100.00: expected cents worked out by hand from the rule.
  const table: [string, number, number, number][] = [
    // go-live, days billed, days in month, cents
    ['2026-11-01', 30, 30, 10000],
    ['2026-11-15', 16, 30, 5333], // 5333.33
    ['2026-11-20', 11, 30, 3667], // 3666.67 — the brief's example: 20th of a 30-day month → 11/30
    ['2026-11-30', 1, 30, 333], // 333.33
    ['2027-01-01', 31, 31, 10000],
    ['2027-01-15', 17, 31, 5484], // 5483.87
    ['2027-01-20', 12, 31, 3871], // 3870.97
    ['2027-01-31', 1, 31, 323], // 322.58
    ['2027-02-01', 28, 28, 10000],
    ['2027-02-15', 14, 28, 5000],
    ['2027-02-20', 9, 28, 3214], // 3214.29
    ['2027-02-28', 1, 28, 357], // 357.14
    ['2028-02-01', 29, 29, 10000], // leap year
    ['2028-02-15', 15, 29, 5172], // 5172.41
    ['2028-02-20', 10, 29, 3448], // 3448.28
    ['2028-02-29', 1, 29, 345], // 344.83
    ['2100-02-28', 1, 28, 357], // divisible by 100, not by 400: not a leap year
    ['2000-02-29', 1, 29, 345], // divisible by 400: leap year
  ];
  it.each(table)('go-live %s → %i/%i of 100.00 = %i cents', (date, days, dim, cents) => {
    const p = proration(date, 10_000);
    expect([p.days, p.daysInMonth, p.amountCents]).toEqual([days, dim, cents]);
    expect(p.periodStart).toBe(date);
    expect(p.periodEnd.slice(8)).toBe(String(dim));
  });

  it('rounds an exact half up, and never through floating point', () => {
    expect(proration('2027-02-28', 14).amountCents).toBe(1); // 14 × 1/28 = 0.5 → 1
    expect(proration('2027-02-28', 13).amountCents).toBe(0); // 0.464… → 0
    expect(proration('2026-11-20', 14_900).amountCents).toBe(5463); // 5463.33
    // 0.1 + 0.2 style errors cannot happen: large fees stay exact.
    expect(proration('2026-11-16', 999_999_99).amountCents).toBe(divRoundHalfUp(999_999_99 * 15, 30));
    expect(proration('2026-11-16', 999_999_99).amountCents).toBe(49_999_999 + 1); // 49999999.5 → up
  });

  it('uses the same rule for overage minutes and tax', () => {
    expect(minutesAmount(50, 7500)).toBe(6250);
    expect(minutesAmount(1, 100)).toBe(2); // 1.666… → 2
    expect(minutesAmount(1, 90)).toBe(2); // 1.5 → 2
    expect(taxAmount(3667, 2000)).toBe(733); // 733.4
    expect(taxAmount(5, 1000)).toBe(1); // 0.5 → 1
    expect(taxAmount(1234, 0)).toBe(0);
  });
});
