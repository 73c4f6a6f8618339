import { describe, expect, it } from 'vitest';
import { dayOfMonth, isValidTimezone, periodOf, previousMonth } from './period.js';

describe('report periods', () => {
  it('a UTC month is midnight to midnight', () => {
    const p = periodOf('2026-11', 'UTC');
    expect(p.start.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(p.end.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect([p.firstDay, p.nextFirstDay]).toEqual(['2026-11-01', '2026-12-01']);
  });

  it('follows the zone, including a DST change inside the month', () => {
    // Paris: UTC+2 until the last Sunday of October, UTC+1 afterwards.
    const oct = periodOf('2026-10', 'Europe/Paris');
    expect(oct.start.toISOString()).toBe('2026-09-30T22:00:00.000Z');
    expect(oct.end.toISOString()).toBe('2026-10-31T23:00:00.000Z');
    const dec = periodOf('2026-12', 'Europe/Paris');
    expect(dec.end.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect(periodOf('2026-12', 'UTC').end.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('the previous month is taken in the zone, across a year boundary', () => {
    // 23:30 UTC on 31 Dec is already 1 January in Rome.
    expect(previousMonth(new Date('2026-12-31T23:30:00Z'), 'Europe/Rome').month).toBe('2026-12');
    expect(previousMonth(new Date('2026-12-31T23:30:00Z'), 'UTC').month).toBe('2026-11');
    expect(previousMonth(new Date('2027-01-01T00:05:00Z'), 'UTC').month).toBe('2026-12');
    expect(dayOfMonth(new Date('2026-12-31T23:30:00Z'), 'Europe/Rome')).toBe(1);
  });

  it('recognises time zone names', () => {
    expect(isValidTimezone('Europe/Paris')).toBe(true);
    expect(isValidTimezone('Mars/Olympus')).toBe(false);
  });
});
