import type { Invoice } from './billing.schemas.js';

const decimal = (cents: number) => `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

/**
 * One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula (=, +, -, @,
 * tab, CR at the start, e.g. a client named "=HYPERLINK(…)") is prefixed with an apostrophe.
 */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_HEADER = ['number', 'issue_date', 'due_date', 'client', 'currency', 'subtotal', 'tax_rate_percent', 'tax', 'total', 'status', 'paid_at', 'period_start', 'period_end'];

/** Invoices for accounting: one row per invoice, amounts in major units with a dot. */
export function invoicesCsv(invoices: Invoice[]): string {
  const rows = invoices.map((i) => [
    i.number_text, i.issue_date, i.due_date, i.client_name, i.currency, decimal(i.subtotal_cents), (i.tax_rate_bp / 100).toFixed(2), decimal(i.tax_cents), decimal(i.total_cents), i.status,
    i.paid_at, i.period_start, i.period_end,
  ]);
  return [CSV_HEADER, ...rows].map((r) => r.map((c) => csvCell(c)).join(',')).join('\r\n') + '\r\n';
}
