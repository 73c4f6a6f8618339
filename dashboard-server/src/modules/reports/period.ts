/**
 * Calendar months in the report time zone. A month is [start, end) as UTC instants: midnight on the
 * 1st in that zone, DST included, so "November" means November where the freelancer works.
 */
export interface Period {
  /** YYYY-MM */
  month: string;
  start: Date;
  end: Date;
  timezone: string;
  /** First day and first day of the next month, YYYY-MM-DD, for date columns (work log). */
  firstDay: string;
  nextFirstDay: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock parts of an instant in a zone. */
function zonedParts(at: Date, timezone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

/** Offset (ms) of a zone from UTC at an instant. */
function offsetMs(at: Date, timezone: string): number {
  const p = zonedParts(at, timezone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant of local midnight on the 1st of (year, month) in the zone. */
function monthStart(year: number, month: number, timezone: string): Date {
  const naive = Date.UTC(year, month - 1, 1);
  let t = naive - offsetMs(new Date(naive), timezone);
  // Once more at the candidate: the offset may differ there (a DST change near midnight).
  t = naive - offsetMs(new Date(t), timezone);
  return new Date(t);
}

export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

export function periodOf(month: string, timezone: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  return {
    month,
    start: monthStart(y, m, timezone),
    end: monthStart(ny, nm, timezone),
    timezone,
    firstDay: `${y}-${pad(m)}-01`,
    nextFirstDay: `${ny}-${pad(nm)}-01`,
  };
}

/** The month before the one `now` falls in, in the zone: what the job on the 1st reports on. */
export function previousMonth(now: Date, timezone: string): Period {
  const p = zonedParts(now, timezone);
  const y = p.m === 1 ? p.y - 1 : p.y;
  const m = p.m === 1 ? 12 : p.m - 1;
  return periodOf(`${y}-${pad(m)}`, timezone);
}

/** Day of the month of `now` in the zone (1…31). */
export function dayOfMonth(now: Date, timezone: string): number {
  return zonedParts(now, timezone).d;
}
