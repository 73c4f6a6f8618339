/**
 * Calendar arithmetic for billing on plain dates ('YYYY-MM-DD', 'YYYY-MM'). Billing is about the
 * freelancer's calendar days, not instants, so everything here works on UTC-anchored dates and the one
 * conversion from an instant to "today" happens in localDate() with the configured time zone.
 */

export type IsoDate = string; // YYYY-MM-DD
export type IsoMonth = string; // YYYY-MM

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function parseDate(d: IsoDate): { y: number; m: number; day: number } {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return { y, m, day };
}

export const formatDate = (y: number, m: number, day: number): IsoDate => `${pad(y, 4)}-${pad(m)}-${pad(day)}`;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The calendar date of `instant` in `timeZone` (IANA name, e.g. Europe/Paris). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export function isValidDate(d: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return false;
  const { y, m, day } = parseDate(d);
  return m >= 1 && m <= 12 && day >= 1 && day <= daysInMonth(y, m);
}

export const monthOf = (d: IsoDate): IsoMonth => d.slice(0, 7);

export function addMonths(month: IsoMonth, n: number): IsoMonth {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const idx = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(idx / 12), 4)}-${pad((idx % 12) + 1)}`;
}

export const firstDay = (month: IsoMonth): IsoDate => `${month}-01`;

export function lastDay(month: IsoMonth): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return formatDate(y, m, daysInMonth(y, m));
}

export function addDays(d: IsoDate, n: number): IsoDate {
  const { y, m, day } = parseDate(d);
  const t = new Date(Date.UTC(y, m - 1, day + n));
  return formatDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const pa = parseDate(a);
  const pb = parseDate(b);
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.day) - Date.UTC(pa.y, pa.m - 1, pa.day)) / 86_400_000);
}

/** Months from a to b (b - a), both 'YYYY-MM'. */
export function monthsBetween(a: IsoMonth, b: IsoMonth): number {
  const [ay, am] = a.split('-').map(Number) as [number, number];
  const [by, bm] = b.split('-').map(Number) as [number, number];
  return by * 12 + bm - (ay * 12 + am);
}
