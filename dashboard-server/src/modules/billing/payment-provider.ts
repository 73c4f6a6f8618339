import type { Invoice } from './billing.schemas.js';

/**
 * How invoices get paid. The hub ships one provider, "manual" (bank transfer or whatever the freelancer
 * agreed; the freelancer marks invoices paid). A card processor such as Stripe is added as one more
 * implementation of this interface plus one registration line (docs/billing.md walks through it).
 */
export interface PaymentProvider {
  /** Stable name stored on each invoice (invoices.payment_provider). */
  readonly name: string;
  /** How to pay, printed on the invoice PDF and in its email. */
  instructions(invoice: Invoice): string;
  /**
   * Called once, right after the invoice was emailed. A provider that charges stored payment details
   * charges here and says the outcome; one that waits for the client (or a webhook) answers 'sent'.
   * It must not throw for a declined payment: it answers 'failed' with a reason.
   */
  collect(invoice: Invoice): Promise<CollectResult>;
}

export type CollectResult = { status: 'sent' | 'paid'; reference?: string } | { status: 'failed'; reason: string; reference?: string };

export const manualProvider: PaymentProvider = {
  name: 'manual',
  instructions: (invoice) =>
    `Please pay ${invoice.number_text} by bank transfer by ${invoice.due_date}, quoting the invoice number as the payment reference.`,
  collect: async () => ({ status: 'sent' }),
};

export interface PaymentProviderRegistry {
  get(name: string): PaymentProvider | undefined;
  names(): string[];
}

export function createPaymentProviderRegistry(providers: PaymentProvider[]): PaymentProviderRegistry {
  const byName = new Map<string, PaymentProvider>();
  for (const p of providers) {
    if (byName.has(p.name)) throw new Error(`payment provider "${p.name}" registered twice`);
    byName.set(p.name, p);
  }
  return { get: (n) => byName.get(n), names: () => [...byName.keys()] };
}

export const defaultPaymentProviders = () => createPaymentProviderRegistry([manualProvider]);
