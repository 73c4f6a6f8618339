import { describe, expect, it } from 'vitest';
import { addDays } from './dates.js';
import { cardExpiryDate, cardReminderDue, itemsDue, itemsOn } from './schedule.js';

const keysBetween = (t: Parameters<typeof itemsOn>[0], from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(...itemsOn(t, d).map((i) => `${d} ${i.key}`));
  return out;
};

describe('billing calendar', () => {
  it('monthly: go-live invoice on the day, a term invoice on every 1st after it, the previous month’s overage with it', () => {
    const t = { goLive: '2026-11-20', termMonths: 1 as const };
    expect(keysBetween(t, '2026-11-01', '2027-02-28')).toEqual(['2026-11-20 go-live', '2026-12-01 term:2026-12', '2027-01-01 term:2027-01', '2027-02-01 term:2027-02']);
    const dec = itemsOn(t, '2026-12-01')[0]!;
    expect(dec).toMatchObject({ type: 'term', overageMonth: '2026-11', months: 1 });
  });

  it('prepaid 3 months: a term invoice every third 1st, overage invoices in between, a reminder 30 days before each term ends', () => {
    const t = { goLive: '2026-11-20', termMonths: 3 as const };
    expect(keysBetween(t, '2026-11-01', '2027-06-01')).toEqual([
      '2026-11-20 go-live',
      '2026-12-01 term:2026-12',
      '2027-01-01 overage:2026-12',
      '2027-01-30 term-ending:2026-12', // the Dec–Feb term ends 2027-02-28; 30 days before the next term on 2027-03-01
      '2027-02-01 overage:2027-01',
      '2027-03-01 term:2027-03',
      '2027-04-01 overage:2027-03',
      '2027-05-01 overage:2027-04',
      '2027-05-02 term-ending:2027-03', // ends 2027-05-31; 30 days before 2027-06-01
      '2027-06-01 term:2027-06',
    ]);
  });

  it('catching up after downtime finds exactly the missed items of the window, nothing older', () => {
    const t = { goLive: '2026-11-20', termMonths: 1 as const };
    expect(itemsDue(t, '2026-11-10', '2026-11-19').map((i) => i.key)).toEqual([]);
    expect(itemsDue(t, '2026-11-19', '2027-01-03').map((i) => i.key)).toEqual(['go-live', 'term:2026-12', 'term:2027-01']);
    // A client entered long after its go-live: no back invoices, only what falls in the window.
    expect(itemsDue(t, '2027-02-20', '2027-03-27').map((i) => i.key)).toEqual(['term:2027-03']);
  });

  it('card expiry: the card works to the end of its month; reminders from 30 and from 14 days before', () => {
    expect(cardExpiryDate(2, 2028)).toBe('2028-02-29');
    const exp = cardExpiryDate(3, 2027); // 2027-03-31
    expect(cardReminderDue(exp, '2027-02-28')).toBeNull(); // 31 days before
    expect(cardReminderDue(exp, '2027-03-01')).toBe(30);
    expect(cardReminderDue(exp, '2027-03-16')).toBe(30); // 15 days before
    expect(cardReminderDue(exp, '2027-03-17')).toBe(14);
    expect(cardReminderDue(exp, '2027-03-31')).toBe(14);
    expect(cardReminderDue(exp, '2027-04-01')).toBeNull();
  });
});
