import type { Queryable } from '../../db/index.js';
import { whereBuilder } from '../../lib/sql-where.js';
import type { Invoice, InvoiceLine, InvoiceStatus, ListInvoicesQuery } from './billing.schemas.js';

export const invoiceNumberText = (n: number) => `INV-${String(n).padStart(6, '0')}`;

interface InvoiceRow {
  id: string;
  number: string;
  client_id: string | null;
  client_name: string;
  schedule_key: string | null;
  issue_date: string;
  due_date: string;
  period_start: string | null;
  period_end: string | null;
  currency: string;
  subtotal_cents: string;
  tax_rate_bp: number;
  tax_cents: string;
  total_cents: string;
  status: InvoiceStatus;
  payment_provider: string;
  provider_reference: string | null;
  sent_to: string | null;
  sent_at: Date | null;
  paid_at: Date | null;
  created_at: Date;
  send_due_at: Date | null;
  send_attempts: number;
  last_send_error: string | null;
}
interface LineRow {
  invoice_id: string;
  kind: InvoiceLine['kind'];
  description: string;
  quantity: string;
  unit_cents: string;
  amount_cents: string;
}

const SELECT = `SELECT id, number, client_id, client_name, schedule_key, to_char(issue_date, 'YYYY-MM-DD') AS issue_date,
  to_char(due_date, 'YYYY-MM-DD') AS due_date, to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end,
  currency, subtotal_cents, tax_rate_bp, tax_cents, total_cents, status, payment_provider, provider_reference, sent_to, sent_at, paid_at, created_at,
  send_due_at, send_attempts, last_send_error
  FROM invoices`;

/**
 * The delivery state of a draft the schedule made for auto-send: pending (next_attempt_at set) or given
 * up (attempts > 0, next_attempt_at null). Null for manual drafts and for anything already sent.
 */
const deliveryOf = (r: InvoiceRow): Invoice['delivery'] =>
  r.status === 'draft' && (r.send_due_at !== null || r.send_attempts > 0)
    ? { attempts: r.send_attempts, last_error: r.last_send_error, next_attempt_at: r.send_due_at?.toISOString() ?? null }
    : null;

const toInvoice = (row: InvoiceRow, lines: LineRow[]): Invoice => {
  const { send_due_at: _due, send_attempts: _attempts, last_send_error: _error, ...r } = row;
  return {
  ...r,
  delivery: deliveryOf(row),
  number: Number(r.number),
  number_text: invoiceNumberText(Number(r.number)),
  subtotal_cents: Number(r.subtotal_cents),
  tax_cents: Number(r.tax_cents),
  total_cents: Number(r.total_cents),
  sent_at: r.sent_at?.toISOString() ?? null,
  paid_at: r.paid_at?.toISOString() ?? null,
  created_at: r.created_at.toISOString(),
  lines: lines.map((l) => ({ kind: l.kind, description: l.description, quantity: Number(l.quantity), unit_cents: Number(l.unit_cents), amount_cents: Number(l.amount_cents) })),
  };
};

export interface NewInvoice {
  id: string;
  client_id: string;
  client_name: string;
  schedule_key: string | null;
  issue_date: string;
  due_date: string;
  period_start: string | null;
  period_end: string | null;
  currency: string;
  tax_rate_bp: number;
  subtotal_cents: number;
  tax_cents: number;
  total_cents: number;
  payment_provider: string;
  lines: InvoiceLine[];
  /** When set, the delivery pass emails the invoice from this time on (auto-send). */
  send_due_at: Date | null;
}

/** An invoice the delivery pass has claimed: its lease ends at send_due_at. */
export interface ClaimedDelivery {
  id: string;
  send_attempts: number;
  claimed_at: Date;
}

export function createInvoicesRepository(db: Queryable) {
  const withLines = async (rows: InvoiceRow[]): Promise<Invoice[]> => {
    if (rows.length === 0) return [];
    const lines = await db.query<LineRow>('SELECT invoice_id, kind, description, quantity, unit_cents, amount_cents FROM invoice_lines WHERE invoice_id = ANY($1::uuid[]) ORDER BY invoice_id, position', [rows.map((r) => r.id)]);
    return rows.map((r) => toInvoice(r, lines.rows.filter((l) => l.invoice_id === r.id)));
  };
  const findById = async (id: string): Promise<Invoice | undefined> => {
    const r = await db.query<InvoiceRow>(`${SELECT} WHERE id = $1`, [id]);
    return (await withLines(r.rows))[0];
  };
  const filters = (q: Partial<ListInvoicesQuery>) => {
    const w = whereBuilder();
    if (q.client_id) w.add('client_id = ?', q.client_id);
    if (q.status) w.add('status = ?', q.status);
    if (q.from) w.add('issue_date >= ?', q.from);
    if (q.to) w.add('issue_date <= ?', q.to);
    return { where: w.sql(), params: w.params };
  };

  return {
    findById,
    /** Takes the next invoice number. Call inside the invoice's transaction: a rollback gives it back. */
    async allocateNumber(): Promise<number> {
      const r = await db.query<{ n: string }>("UPDATE billing_counters SET next_value = next_value + 1 WHERE name = 'invoice' RETURNING next_value - 1 AS n");
      return Number(r.rows[0]!.n);
    },
    async scheduleKeyExists(clientId: string, key: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM invoices WHERE client_id = $1 AND schedule_key = $2', [clientId, key])).rowCount > 0;
    },
    async insert(inv: NewInvoice, number: number, now: Date): Promise<void> {
      await db.query(
        `INSERT INTO invoices (id, number, client_id, client_name, schedule_key, issue_date, due_date, period_start, period_end, currency, subtotal_cents,
           tax_rate_bp, tax_cents, total_cents, status, payment_provider, created_at, updated_at, send_due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'draft', $15, $16, $16, $17)`,
        [inv.id, number, inv.client_id, inv.client_name, inv.schedule_key, inv.issue_date, inv.due_date, inv.period_start, inv.period_end, inv.currency, inv.subtotal_cents, inv.tax_rate_bp, inv.tax_cents, inv.total_cents, inv.payment_provider, now, inv.send_due_at],
      );
      for (const [i, l] of inv.lines.entries()) {
        await db.query('INSERT INTO invoice_lines (invoice_id, position, kind, description, quantity, unit_cents, amount_cents) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          inv.id, i + 1, l.kind, l.description, l.quantity, l.unit_cents, l.amount_cents,
        ]);
      }
    },
    async list(q: ListInvoicesQuery): Promise<{ items: Invoice[]; total: number }> {
      const { where, params } = filters(q);
      const n = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM invoices ${where}`, params);
      const r = await db.query<InvoiceRow>(`${SELECT} ${where} ORDER BY number DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, q.limit, q.offset]);
      return { items: await withLines(r.rows), total: n.rows[0]!.n };
    },
    async listAll(q: { from?: string; to?: string }): Promise<Invoice[]> {
      const { where, params } = filters(q);
      const r = await db.query<InvoiceRow>(`${SELECT} ${where} ORDER BY number`, params);
      return withLines(r.rows);
    },
    /** Invoices not paid yet (draft, sent, failed) issued before `date`, oldest first. */
    async unpaidBefore(date: string): Promise<Invoice[]> {
      const r = await db.query<InvoiceRow>(`${SELECT} WHERE status IN ('draft', 'sent', 'failed') AND issue_date < $1 ORDER BY issue_date, number`, [date]);
      return withLines(r.rows);
    },
    /**
     * Claims the oldest due auto-send draft in one statement: moves send_due_at to the lease's end, so
     * no other process takes it until then (SKIP LOCKED: concurrent passes take different invoices).
     */
    async claimDueDelivery(now: Date, leaseEnd: Date): Promise<ClaimedDelivery | undefined> {
      const r = await db.query<{ id: string; send_attempts: number }>(
        `UPDATE invoices SET send_due_at = $2, send_claimed_at = $1
         WHERE id = (SELECT id FROM invoices WHERE send_due_at <= $1 AND status = 'draft' ORDER BY send_due_at, number LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING id, send_attempts`,
        [now, leaseEnd],
      );
      const row = r.rows[0];
      return row ? { ...row, claimed_at: now } : undefined;
    },
    /**
     * Records a failed attempt of the claim `c`: the next attempt at `nextDueAt`, or none (given up).
     * False when the claim was no longer ours (its lease ran out and another process took it).
     */
    async recordDeliveryFailure(c: ClaimedDelivery, error: string, nextDueAt: Date | null): Promise<boolean> {
      const r = await db.query(
        `UPDATE invoices SET send_attempts = send_attempts + 1, last_send_error = $3, send_due_at = $4, send_claimed_at = NULL
         WHERE id = $1 AND send_claimed_at = $2 AND status = 'draft'`,
        [c.id, c.claimed_at, error.slice(0, 500), nextDueAt],
      );
      return r.rowCount > 0;
    },
    /**
     * A manual send takes the delivery over: clears any pending automatic delivery so the pass will not
     * send it too. Refused (taken: false) while a pass holds an unexpired claim on it.
     */
    async takeOverDelivery(id: string, now: Date): Promise<{ taken: boolean; previousDueAt: Date | null }> {
      const r = await db.query<{ send_due_at: Date | null }>(
        `WITH old AS (SELECT id, send_due_at FROM invoices WHERE id = $1 FOR UPDATE)
         UPDATE invoices i SET send_due_at = NULL, send_claimed_at = NULL FROM old
         WHERE i.id = old.id AND NOT (i.send_claimed_at IS NOT NULL AND i.send_due_at > $2)
         RETURNING old.send_due_at`,
        [id, now],
      );
      const row = r.rows[0];
      return row ? { taken: true, previousDueAt: row.send_due_at } : { taken: false, previousDueAt: null };
    },
    /** Puts back a pending delivery a failed manual send had taken over. */
    async restoreDelivery(id: string, dueAt: Date): Promise<void> {
      await db.query("UPDATE invoices SET send_due_at = $2 WHERE id = $1 AND status = 'draft' AND send_due_at IS NULL", [id, dueAt]);
    },
    /** Moves the invoice from one of `from` to `to`; false when it was in another status. Leaving draft ends any pending delivery. */
    async transition(id: string, from: InvoiceStatus[], to: InvoiceStatus, now: Date, extra: { sent_to?: string; paid_at?: Date; reference?: string } = {}): Promise<boolean> {
      const r = await db.query(
        `UPDATE invoices SET status = $3, updated_at = $4,
           sent_at = CASE WHEN $3 = 'sent' THEN $4 ELSE sent_at END,
           sent_to = COALESCE($5, sent_to),
           paid_at = CASE WHEN $3 = 'paid' THEN COALESCE($6, $4) ELSE paid_at END,
           failed_at = CASE WHEN $3 = 'failed' THEN $4 ELSE failed_at END,
           voided_at = CASE WHEN $3 = 'void' THEN $4 ELSE voided_at END,
           provider_reference = COALESCE($7, provider_reference),
           send_due_at = NULL, send_claimed_at = NULL
         WHERE id = $1 AND status = ANY($2::text[])`,
        [id, from, to, now, extra.sent_to ?? null, extra.paid_at ?? null, extra.reference ?? null],
      );
      return r.rowCount > 0;
    },
  };
}
export type InvoicesRepository = ReturnType<typeof createInvoicesRepository>;
