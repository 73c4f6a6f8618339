/**
 * Human time for tables: "3 min ago", "in 23 h", "yesterday". Pure; `now` is passed in so
 * tests (and a ticking clock in the UI) decide what "now" is.
 */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

export function parseDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `null` when the value is missing or not a date, so callers choose their own "Never". */
export function formatRelativeTime(
  value: string | number | Date | null | undefined,
  now: number | Date,
): string | null {
  const date = parseDate(value);
  if (!date) return null;
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const seconds = (date.getTime() - nowMs) / 1000;
  const future = seconds > 0;
  const abs = Math.abs(seconds);

  if (abs < 45) return 'just now';

  let amount: string;
  if (abs < HOUR) {
    amount = `${Math.max(1, Math.floor(abs / MINUTE))} min`;
  } else if (abs < DAY || (future && abs < 2 * DAY)) {
    // Ahead, hours stay exact up to two days: "in 24 h" reads better than "tomorrow" for an expiry.
    amount = `${Math.floor(abs / HOUR)} h`;
  } else if (abs < 2 * DAY) {
    return 'yesterday';
  } else if (abs < MONTH) {
    amount = plural(Math.floor(abs / DAY), 'day', 'days');
  } else if (abs < YEAR) {
    amount = plural(Math.floor(abs / MONTH), 'month', 'months');
  } else {
    amount = plural(Math.floor(abs / YEAR), 'year', 'years');
  }
  return future ? `in ${amount}` : `${amount} ago`;
}

// `toLocaleString` builds a new Intl.DateTimeFormat on every call, which showed up as the single
// most expensive function when a page of the fleet re-renders; one formatter per locale is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormatter(locale: string | undefined): Intl.DateTimeFormat {
  const key = locale ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Exact date and time in the reader's locale, for `title` attributes and detail views. */
export function formatDateTime(value: string | number | Date | null | undefined, locale?: string): string {
  const date = parseDate(value);
  if (!date) return '';
  return dateTimeFormatter(locale).format(date);
}
