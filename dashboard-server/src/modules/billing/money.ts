/**
 * The billing rounding rule, in one place: every division of money rounds **half up to the cent**
 * (…,5 and above goes up) in exact integer arithmetic, never through floating point.
 */

/** round(numerator / denominator) with halves rounded up; both non-negative integers. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  if (denominator <= 0) throw new RangeError('denominator must be positive');
  if (numerator < 0) throw new RangeError('numerator must be non-negative');
  const n = BigInt(numerator);
  const d = BigInt(denominator);
  return Number((2n * n + d) / (2n * d));
}

/** fee × days / daysInMonth, half up to the cent. */
export function prorate(feeCents: number, days: number, daysInMonth: number): number {
  return divRoundHalfUp(feeCents * days, daysInMonth);
}

/** Overage minutes at an hourly rate, half up to the cent. */
export function minutesAmount(minutes: number, hourlyRateCents: number): number {
  return divRoundHalfUp(minutes * hourlyRateCents, 60);
}

/** Tax on a subtotal at a rate in basis points (2000 = 20 %), half up to the cent. */
export function taxAmount(subtotalCents: number, rateBp: number): number {
  return divRoundHalfUp(subtotalCents * rateBp, 10_000);
}

export function formatMoney(cents: number, currency: string): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${currency} ${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
