import { describe, expect, it } from 'vitest';
import { billingToForm, deliveryNote, invoiceActions, validateBilling, type BillingForm } from './billing-form';

const base: BillingForm = { plan_id: 'p1', go_live_date: '2026-03-20', billing_term_months: '', tax_percent: '20', payment_method: 'manual', card_expiry: '', billing_email: '', payment_terms_days: '14' };

describe('validateBilling', () => {
  it('turns a percentage into basis points and empties into nulls', () => {
    expect(validateBilling(base).value).toEqual({ plan_id: 'p1', go_live_date: '2026-03-20', billing_term_months: null, tax_rate_bp: 2000, payment_method: 'manual', card_exp_month: null, card_exp_year: null, billing_email: null, payment_terms_days: 14 });
    expect(validateBilling({ ...base, tax_percent: '8,5' }).value?.tax_rate_bp).toBe(850);
  });
  it('reads a card expiry as month and year only', () => {
    expect(validateBilling({ ...base, payment_method: 'card', card_expiry: '8/27' }).value).toMatchObject({ card_exp_month: 8, card_exp_year: 2027 });
    expect(validateBilling({ ...base, payment_method: 'card', card_expiry: '13/2027' }).errors.card_expiry).toBeDefined();
    expect(validateBilling({ ...base, payment_method: 'card', card_expiry: '' }).value).toBeNull();
  });
  it('refuses a tax over 100 %, a bad email and negative terms', () => {
    const { value, errors } = validateBilling({ ...base, tax_percent: '120', billing_email: 'nope', payment_terms_days: '-1' });
    expect(value).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['billing_email', 'payment_terms_days', 'tax_percent']);
  });
  it('round-trips the hub’s settings', () => {
    const hub = { client_id: 'c', plan_id: 'p1', go_live_date: '2026-03-20', billing_term_months: 6 as const, effective_term_months: 6 as const, tax_rate_bp: 1950, payment_method: 'card' as const, card_exp_month: 2, card_exp_year: 2028, billing_email: 'ap@client.example', payment_terms_days: 30 };
    const { client_id: _c, effective_term_months: _e, ...body } = hub;
    expect(validateBilling(billingToForm(hub)).value).toEqual(body);
  });
});

describe('invoiceActions', () => {
  it('lets paid and void invoices alone', () => {
    expect(invoiceActions('paid')).toEqual([]);
    expect(invoiceActions('void')).toEqual([]);
    expect(invoiceActions('sent')).toContain('mark-paid');
  });
});

describe('deliveryNote', () => {
  const time = (iso: string) => iso.slice(11, 16);
  it('says nothing for manual drafts, sent invoices and a first attempt still to come', () => {
    expect(deliveryNote(null, time)).toBeNull();
    expect(deliveryNote({ attempts: 0, last_error: null, next_attempt_at: '2027-03-01T08:00:00Z' }, time)).toBeNull();
  });
  it('tells when the failed email is retried, and when the hub gave up', () => {
    expect(deliveryNote({ attempts: 2, last_error: '421 busy', next_attempt_at: '2027-03-01T08:35:00Z' }, time)).toEqual({ tone: 'warning', text: 'Email failed, retrying at 08:35', error: '421 busy' });
    expect(deliveryNote({ attempts: 5, last_error: '421 busy', next_attempt_at: null }, time)).toEqual({ tone: 'error', text: 'Email failed 5 times, send it by hand', error: '421 busy' });
  });
});
