import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime, parseDate } from './time';

const NOW = Date.parse('2025-03-15T12:00:00Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
const ahead = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('returns null for missing or invalid dates', () => {
    expect(formatRelativeTime(null, NOW)).toBeNull();
    expect(formatRelativeTime(undefined, NOW)).toBeNull();
    expect(formatRelativeTime('', NOW)).toBeNull();
    expect(formatRelativeTime('not a date', NOW)).toBeNull();
  });

  it('says "just now" within 45 seconds either way', () => {
    expect(formatRelativeTime(ago(0), NOW)).toBe('just now');
    expect(formatRelativeTime(ago(44), NOW)).toBe('just now');
    expect(formatRelativeTime(ahead(30), NOW)).toBe('just now');
  });

  it('counts whole minutes below an hour, never "0 min"', () => {
    expect(formatRelativeTime(ago(50), NOW)).toBe('1 min ago');
    expect(formatRelativeTime(ago(3 * 60 + 50), NOW)).toBe('3 min ago');
    expect(formatRelativeTime(ago(59 * 60 + 59), NOW)).toBe('59 min ago');
  });

  it('counts hours below a day', () => {
    expect(formatRelativeTime(ago(3600), NOW)).toBe('1 h ago');
    expect(formatRelativeTime(ago(23 * 3600 + 3599), NOW)).toBe('23 h ago');
  });

  it('says yesterday, then days, months and years', () => {
    expect(formatRelativeTime(ago(25 * 3600), NOW)).toBe('yesterday');
    expect(formatRelativeTime(ago(2 * 86400), NOW)).toBe('2 days ago');
    expect(formatRelativeTime(ago(29 * 86400), NOW)).toBe('29 days ago');
    expect(formatRelativeTime(ago(30 * 86400), NOW)).toBe('1 month ago');
    expect(formatRelativeTime(ago(200 * 86400), NOW)).toBe('6 months ago');
    expect(formatRelativeTime(ago(365 * 86400), NOW)).toBe('1 year ago');
    expect(formatRelativeTime(ago(3 * 365 * 86400), NOW)).toBe('3 years ago');
  });

  it('does not round a fraction of a second up into the next unit', () => {
    expect(formatRelativeTime(NOW + 86_399_900, NOW)).toBe('in 23 h');
    expect(formatRelativeTime(NOW - 3_599_900, NOW)).toBe('59 min ago');
  });

  it('phrases future times (an enrollment code expiring)', () => {
    expect(formatRelativeTime(ahead(24 * 3600 - 60), NOW)).toBe('in 23 h');
    expect(formatRelativeTime(ahead(10 * 60), NOW)).toBe('in 10 min');
    expect(formatRelativeTime(ahead(24 * 3600), NOW)).toBe('in 24 h');
    expect(formatRelativeTime(ahead(30 * 3600), NOW)).toBe('in 30 h');
    expect(formatRelativeTime(ahead(3 * 86400), NOW)).toBe('in 3 days');
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(formatRelativeTime(new Date(NOW - 120_000), new Date(NOW))).toBe('2 min ago');
    expect(formatRelativeTime(NOW - 7200_000, NOW)).toBe('2 h ago');
  });
});

describe('formatDateTime', () => {
  it('is empty for missing dates and includes the year otherwise', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime('2025-03-15T12:00:00Z', 'en-GB')).toContain('2025');
  });
});

describe('parseDate', () => {
  it('parses ISO strings and rejects garbage', () => {
    expect(parseDate('2025-03-15T12:00:00Z')?.getTime()).toBe(NOW);
    expect(parseDate('nope')).toBeNull();
  });
});
