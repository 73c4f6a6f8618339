import type { Queryable } from '../../db/index.js';
import type { ClientBilling, PutClientBilling } from './billing.schemas.js';

const SELECT = `SELECT c.id AS client_id, c.plan_id, to_char(b.go_live_date, 'YYYY-MM-DD') AS go_live_date, b.billing_term_months,
  COALESCE(b.billing_term_months, p.billing_term_months) AS effective_term_months, COALESCE(b.tax_rate_bp, 0) AS tax_rate_bp,
  COALESCE(b.payment_method, 'manual') AS payment_method, b.card_exp_month, b.card_exp_year, b.billing_email, COALESCE(b.payment_terms_days, 14) AS payment_terms_days
  FROM clients c LEFT JOIN client_billing b ON b.client_id = c.id LEFT JOIN plans p ON p.id = c.plan_id`;

/** A billed client with what the schedules need, in one row. */
export interface BilledClient extends ClientBilling {
  name: string;
  contact_email: string;
  plan_name: string;
  currency: string;
  monthly_fee_cents: number;
  go_live_date: string;
  effective_term_months: 1 | 3 | 6 | 12;
}

export function createClientBillingRepository(db: Queryable) {
  const get = async (clientId: string): Promise<ClientBilling | undefined> => (await db.query<ClientBilling>(`${SELECT} WHERE c.id = $1`, [clientId])).rows[0];
  return {
    get,
    /** Writes the settings; fields left out keep their value. */
    async put(clientId: string, b: PutClientBilling, now: Date): Promise<void> {
      const cur = await get(clientId);
      const pick = <K extends keyof PutClientBilling>(k: K, fallback: unknown) => (b[k] !== undefined ? b[k] : fallback);
      await db.query(
        `INSERT INTO client_billing (client_id, go_live_date, billing_term_months, tax_rate_bp, payment_method, card_exp_month, card_exp_year, billing_email, payment_terms_days, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (client_id) DO UPDATE SET go_live_date = EXCLUDED.go_live_date, billing_term_months = EXCLUDED.billing_term_months, tax_rate_bp = EXCLUDED.tax_rate_bp,
           payment_method = EXCLUDED.payment_method, card_exp_month = EXCLUDED.card_exp_month, card_exp_year = EXCLUDED.card_exp_year, billing_email = EXCLUDED.billing_email,
           payment_terms_days = EXCLUDED.payment_terms_days, updated_at = EXCLUDED.updated_at`,
        [
          clientId, pick('go_live_date', cur?.go_live_date ?? null), pick('billing_term_months', cur?.billing_term_months ?? null), pick('tax_rate_bp', cur?.tax_rate_bp ?? 0),
          pick('payment_method', cur?.payment_method ?? 'manual'), pick('card_exp_month', cur?.card_exp_month ?? null), pick('card_exp_year', cur?.card_exp_year ?? null),
          pick('billing_email', cur?.billing_email ?? null), pick('payment_terms_days', cur?.payment_terms_days ?? 14), now,
        ],
      );
      if (b.plan_id !== undefined) await db.query('UPDATE clients SET plan_id = $2, updated_at = $3 WHERE id = $1', [clientId, b.plan_id, now]);
    },
    /** Clients with a plan and a go-live date: the ones the schedules bill. */
    async billed(): Promise<BilledClient[]> {
      const r = await db.query<BilledClient>(
        `SELECT x.*, c.name, c.contact_email, p.name AS plan_name, p.currency, p.monthly_fee_cents FROM (${SELECT}) x
         JOIN clients c ON c.id = x.client_id JOIN plans p ON p.id = x.plan_id WHERE x.go_live_date IS NOT NULL ORDER BY c.id`,
      );
      return r.rows;
    },
    /** Clients paying by card with a recorded expiry. */
    async withCardExpiry(): Promise<(ClientBilling & { name: string; contact_email: string })[]> {
      const r = await db.query<ClientBilling & { name: string; contact_email: string }>(
        `SELECT x.*, c.name, c.contact_email FROM (${SELECT}) x JOIN clients c ON c.id = x.client_id
         WHERE x.payment_method = 'card' AND x.card_exp_month IS NOT NULL ORDER BY c.id`,
      );
      return r.rows;
    },
  };
}
