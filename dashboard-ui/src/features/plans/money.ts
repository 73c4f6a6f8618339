/** Money and durations as people type them, to and from the hub's integer cents and minutes. */

/** "49", "49.5", "49,50", "1 200.00" → cents; null when it is not an amount. */
export function parseMoney(text: string): number | null {
  const clean = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const [whole, fraction = ''] = clean.split('.') as [string, string?];
  return Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
}

export function formatMoney(cents: number, currency: string, locale?: string): string {
  try {
    return new Intl.NumberFormat(locale ?? 'en', { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}

/** Cents as an editable amount ("49.50"). */
export function centsToInput(cents: number): string {
  return (cents / 100).toFixed(2);
}

/**
 * "90", "1:30", "1h30", "1h", "1.5h", "45m" → minutes. A bare number is minutes, since most
 * entries are short; null when it is not a duration.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim().toLowerCase().replace(',', '.');
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)$/.exec(t))) return Number(m[1]);
  if ((m = /^(\d+):([0-5]\d)$/.exec(t))) return Number(m[1]) * 60 + Number(m[2]);
  if ((m = /^(\d+)\s*h\s*(?:(\d{1,2})\s*(?:m|min)?)?$/.exec(t))) return Number(m[1]) * 60 + Number(m[2] ?? 0);
  if ((m = /^(\d+(?:\.\d+)?)\s*h$/.exec(t))) return Math.round(Number(m[1]) * 60);
  if ((m = /^(\d+)\s*(?:m|min)$/.exec(t))) return Number(m[1]);
  return null;
}

/** 90 → "1 h 30 min", 45 → "45 min", 120 → "2 h". */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m} min`;
  return m === 0 ? `${sign}${h} h` : `${sign}${h} h ${m} min`;
}
