/** Client billing settings as typed ↔ the hub's body; tax as a percentage, card expiry as MM/YYYY. */
import { isPlausibleEmail } from '../../lib/validation';
import type { ClientBilling, ClientBillingInput, Invoice, InvoiceStatus } from './billing-api';

export interface BillingForm {
  plan_id: string;
  go_live_date: string;
  billing_term_months: string;
  tax_percent: string;
  payment_method: 'manual' | 'card';
  card_expiry: string;
  billing_email: string;
  payment_terms_days: string;
}
export type BillingFormErrors = Partial<Record<keyof BillingForm, string>>;

export function billingToForm(b: ClientBilling): BillingForm {
  return {
    plan_id: b.plan_id ?? '',
    go_live_date: b.go_live_date ?? '',
    billing_term_months: b.billing_term_months ? String(b.billing_term_months) : '',
    tax_percent: String(b.tax_rate_bp / 100),
    payment_method: b.payment_method,
    card_expiry: b.card_exp_month && b.card_exp_year ? `${String(b.card_exp_month).padStart(2, '0')}/${b.card_exp_year}` : '',
    billing_email: b.billing_email ?? '',
    payment_terms_days: String(b.payment_terms_days),
  };
}

export function validateBilling(form: BillingForm): { value: ClientBillingInput | null; errors: BillingFormErrors } {
  const errors: BillingFormErrors = {};
  const tax = form.tax_percent.trim().replace(',', '.');
  const taxBp = /^\d+(\.\d{1,2})?$/.test(tax) ? Math.round(Number(tax) * 100) : NaN;
  if (!(taxBp >= 0 && taxBp <= 10_000)) errors.tax_percent = 'A percentage from 0 to 100, e.g. 20 or 8.5.';
  if (form.go_live_date && !/^\d{4}-\d{2}-\d{2}$/.test(form.go_live_date)) errors.go_live_date = 'Choose a date.';
  let cardMonth: number | null = null;
  let cardYear: number | null = null;
  if (form.payment_method === 'card') {
    const m = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(form.card_expiry);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 12) errors.card_expiry = 'Month and year on the card, e.g. 08/2027.';
    else {
      cardMonth = Number(m[1]);
      cardYear = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    }
  }
  const email = form.billing_email.trim();
  if (email && !isPlausibleEmail(email)) errors.billing_email = 'Enter an email address, or leave it empty to use the contact email.';
  const terms = form.payment_terms_days.trim();
  if (!/^\d+$/.test(terms) || Number(terms) > 365) errors.payment_terms_days = 'Days from 0 to 365.';
  if (Object.keys(errors).length > 0) return { value: null, errors };
  return {
    errors,
    value: {
      plan_id: form.plan_id || null,
      go_live_date: form.go_live_date || null,
      billing_term_months: form.billing_term_months ? (Number(form.billing_term_months) as 1 | 3 | 6 | 12) : null,
      tax_rate_bp: taxBp,
      payment_method: form.payment_method,
      card_exp_month: cardMonth,
      card_exp_year: cardYear,
      billing_email: email || null,
      payment_terms_days: Number(terms),
    },
  };
}

export const INVOICE_STATUS: Record<InvoiceStatus, { label: string; tone: 'success' | 'warning' | 'error' | 'info' | 'neutral' }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  sent: { label: 'Sent, unpaid', tone: 'info' },
  paid: { label: 'Paid', tone: 'success' },
  failed: { label: 'Payment failed', tone: 'error' },
  void: { label: 'Void', tone: 'neutral' },
};

/** What can still happen to an invoice; the hub enforces the same with 409s. */
export function invoiceActions(status: InvoiceStatus): Array<'send' | 'mark-paid' | 'void'> {
  switch (status) {
    case 'draft':
      return ['send', 'mark-paid', 'void'];
    case 'sent':
    case 'failed':
      return ['mark-paid', 'send', 'void'];
    default:
      return [];
  }
}

/**
 * The line under a draft's status when the hub's automatic email of it failed: retrying at a time, or
 * given up (the freelancer sends it by hand). Null when there is nothing to say.
 */
export function deliveryNote(delivery: Invoice['delivery'], formatTime: (iso: string) => string): { text: string; tone: 'warning' | 'error'; error: string | null } | null {
  if (!delivery || delivery.attempts === 0) return null;
  if (delivery.next_attempt_at) return { tone: 'warning', text: `Email failed, retrying at ${formatTime(delivery.next_attempt_at)}`, error: delivery.last_error };
  return { tone: 'error', text: `Email failed ${delivery.attempts} ${delivery.attempts === 1 ? 'time' : 'times'}, send it by hand`, error: delivery.last_error };
}
