import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import type { ClientBilling, CreateInvoice, Invoice, InvoiceLine, InvoiceStatus, ListInvoicesQuery, MarkPaid, PutClientBilling } from './billing.schemas.js';
import { createClientBillingRepository } from './client-billing.repository.js';
import { invoicesCsv } from './csv.js';
import { addDays, localDate } from './dates.js';
import { invoicePdf } from './invoice-pdf.js';
import { createInvoicesRepository, type NewInvoice } from './invoices.repository.js';
import type { BillingMailer } from './mailer.js';
import { formatMoney, taxAmount } from './money.js';
import { recordBilledOverage, type OverageToBill } from './overage.js';
import type { PaymentProviderRegistry } from './payment-provider.js';

export interface BillingDeps {
  db: Database;
  clock: Clock;
  mailer: BillingMailer | null;
  providers: PaymentProviderRegistry;
  settings: { timeZone: string; sellerName: string };
  log?: FastifyBaseLogger;
}

export interface InvoiceDraft {
  client_id: string;
  schedule_key: string | null;
  issue_date: string;
  period_start: string | null;
  period_end: string | null;
  lines: InvoiceLine[];
  /** Queue it for the delivery pass (the schedule's invoices with auto-send on). */
  deliver?: boolean;
  /**
   * Overage lines computed inside the invoice's transaction, after the client row is locked, and
   * recorded with it (or, when the invoice would have no lines at all, recorded as a closed month).
   */
  overage?: (tx: Queryable) => Promise<OverageToBill>;
}

const uniqueViolation = (err: unknown) => (err as { code?: string }).code === '23505';

/** Client billing settings and the invoice lifecycle: create (gapless number), send, pay, fail, void. */
export function createBillingService(deps: BillingDeps) {
  const { db, clock, mailer, providers } = deps;
  const invoices = createInvoicesRepository(db);
  const clientBilling = createClientBillingRepository(db);
  const today = () => localDate(clock.now(), deps.settings.timeZone);

  const getInvoice = async (id: string): Promise<Invoice> => (await invoices.findById(id)) ?? Promise.reject(notFound('Invoice'));

  /**
   * Creates an invoice inside one transaction that also takes its number, so the sequence has no gaps.
   * Returns null when the client already has an invoice for this schedule key (another process or an
   * earlier tick made it): the unique index decides, and the rollback gives the number back.
   */
  const createInvoice = async (draft: InvoiceDraft): Promise<Invoice | null> => {
    try {
      const id = await db.transaction(async (tx) => {
        const repo = createInvoicesRepository(tx);
        if (draft.schedule_key && (await repo.scheduleKeyExists(draft.client_id, draft.schedule_key))) return null;
        const c = await tx.query<{ name: string; currency: string | null; tax_rate_bp: number | null; payment_terms_days: number | null }>(
          `SELECT c.name, p.currency, b.tax_rate_bp, b.payment_terms_days FROM clients c LEFT JOIN plans p ON p.id = c.plan_id
           LEFT JOIN client_billing b ON b.client_id = c.id WHERE c.id = $1 FOR UPDATE OF c`,
          [draft.client_id],
        );
        const client = c.rows[0];
        if (!client) throw new AppError(ErrorCode.VALIDATION_FAILED, 'client_id is not a known client', [{ path: '/client_id' }]);
        const overage = draft.overage ? await draft.overage(tx) : { lines: [], billed: [] };
        const lines = [...draft.lines, ...overage.lines];
        if (lines.length === 0) {
          await recordBilledOverage(tx, draft.client_id, null, overage.billed, clock.now());
          return null;
        }
        const subtotal = lines.reduce((s, l) => s + l.amount_cents, 0);
        const taxRate = client.tax_rate_bp ?? 0;
        const tax = taxAmount(subtotal, taxRate);
        const inv: NewInvoice = {
          id: randomUUID(),
          client_id: draft.client_id,
          client_name: client.name,
          schedule_key: draft.schedule_key,
          issue_date: draft.issue_date,
          due_date: addDays(draft.issue_date, client.payment_terms_days ?? 14),
          period_start: draft.period_start,
          period_end: draft.period_end,
          currency: client.currency ?? 'EUR',
          tax_rate_bp: taxRate,
          subtotal_cents: subtotal,
          tax_cents: tax,
          total_cents: subtotal + tax,
          payment_provider: 'manual',
          lines,
          send_due_at: draft.deliver ? clock.now() : null,
        };
        await repo.insert(inv, await repo.allocateNumber(), clock.now());
        await recordBilledOverage(tx, draft.client_id, inv.id, overage.billed, clock.now());
        return inv.id;
      });
      return id ? getInvoice(id) : null;
    } catch (err) {
      if (uniqueViolation(err)) return null;
      throw err;
    }
  };

  const recipientOf = async (clientId: string | null): Promise<string | null> => {
    if (!clientId) return null;
    const r = await db.query<{ email: string }>('SELECT COALESCE(b.billing_email, c.contact_email) AS email FROM clients c LEFT JOIN client_billing b ON b.client_id = c.id WHERE c.id = $1', [clientId]);
    return r.rows[0]?.email ?? null;
  };

  const providerOf = (invoice: Invoice) => {
    const p = providers.get(invoice.payment_provider);
    if (!p) throw new AppError(ErrorCode.CONFLICT, `Payment provider "${invoice.payment_provider}" is not available on this hub`);
    return p;
  };

  const pdf = async (id: string) => {
    const invoice = await getInvoice(id);
    return { invoice, pdf: await invoicePdf(invoice, { seller: deps.settings.sellerName, instructions: providerOf(invoice).instructions(invoice) }) };
  };

  /** Emails the invoice with its PDF, then lets its payment provider collect. */
  const emailInvoice = async (invoice: Invoice, from: InvoiceStatus[]): Promise<Invoice> => {
    const id = invoice.id;
    if (!from.includes(invoice.status)) throw new AppError(ErrorCode.CONFLICT, `A ${invoice.status} invoice cannot be sent`);
    if (!mailer) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'SMTP_URL is not configured on the hub; invoices cannot be emailed');
    const to = await recipientOf(invoice.client_id);
    if (!to) throw new AppError(ErrorCode.CONFLICT, 'The client of this invoice no longer exists');
    const provider = providerOf(invoice);
    const file = await invoicePdf(invoice, { seller: deps.settings.sellerName, instructions: provider.instructions(invoice) });
    await mailer.send({
      to,
      subject: `Invoice ${invoice.number_text} from ${deps.settings.sellerName}`,
      text: [
        `Hello ${invoice.client_name},`,
        '',
        `Please find attached invoice ${invoice.number_text} for ${formatMoney(invoice.total_cents, invoice.currency)}, due on ${invoice.due_date}.`,
        '',
        provider.instructions(invoice),
        '',
        `— ${deps.settings.sellerName}`,
      ].join('\n'),
      attachments: [{ filename: `${invoice.number_text}.pdf`, content: file, contentType: 'application/pdf' }],
    });
    const now = clock.now();
    await invoices.transition(id, from, 'sent', now, { sent_to: to });
    const outcome = await provider.collect(await getInvoice(id));
    if (outcome.status === 'paid') await invoices.transition(id, ['sent'], 'paid', now, { ...(outcome.reference ? { reference: outcome.reference } : {}) });
    if (outcome.status === 'failed') {
      await invoices.transition(id, ['sent'], 'failed', now, { ...(outcome.reference ? { reference: outcome.reference } : {}) });
      deps.log?.warn({ invoice: invoice.number_text, reason: outcome.reason }, 'payment failed');
    }
    return getInvoice(id);
  };

  /**
   * The freelancer's send: takes over any pending automatic delivery first (so the delivery pass will
   * not email it as well), and puts it back if this email fails.
   */
  const send = async (id: string): Promise<Invoice> => {
    const invoice = await getInvoice(id);
    if (!['draft', 'sent', 'failed'].includes(invoice.status)) throw new AppError(ErrorCode.CONFLICT, `A ${invoice.status} invoice cannot be sent`);
    if (!mailer) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'SMTP_URL is not configured on the hub; invoices cannot be emailed');
    const takeOver = await invoices.takeOverDelivery(id, clock.now());
    if (!takeOver.taken) throw new AppError(ErrorCode.CONFLICT, 'This invoice is being emailed by the hub right now; reload in a few minutes');
    try {
      return await emailInvoice(invoice, ['draft', 'sent', 'failed']);
    } catch (err) {
      if (takeOver.previousDueAt) await invoices.restoreDelivery(id, takeOver.previousDueAt);
      throw err;
    }
  };

  const move = async (id: string, from: InvoiceStatus[], to: InvoiceStatus, extra: Parameters<typeof invoices.transition>[4] = {}) => {
    const invoice = await getInvoice(id);
    if (!(await invoices.transition(id, from, to, clock.now(), extra))) {
      throw new AppError(ErrorCode.CONFLICT, `A ${invoice.status} invoice cannot become ${to}`, { status: invoice.status });
    }
    return getInvoice(id);
  };

  return {
    today,
    createInvoice,
    send,
    /** The delivery pass's send of an invoice it claimed: only while the invoice is still a draft. */
    deliver: async (id: string) => emailInvoice(await getInvoice(id), ['draft']),
    pdf,
    async getClientBilling(clientId: string): Promise<ClientBilling> {
      return (await clientBilling.get(clientId)) ?? Promise.reject(notFound('Client'));
    },
    async putClientBilling(clientId: string, body: PutClientBilling): Promise<ClientBilling> {
      return db.transaction(async (tx: Queryable) => {
        const repo = createClientBillingRepository(tx);
        const cur = await repo.get(clientId);
        if (!cur) throw notFound('Client');
        const month = body.card_exp_month !== undefined ? body.card_exp_month : cur.card_exp_month;
        const year = body.card_exp_year !== undefined ? body.card_exp_year : cur.card_exp_year;
        if ((month === null) !== (year === null)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'card_exp_month and card_exp_year go together', [{ path: '/card_exp_year' }]);
        if (body.plan_id) {
          const p = await tx.query('SELECT 1 FROM plans WHERE id = $1', [body.plan_id]);
          if (p.rowCount === 0) throw new AppError(ErrorCode.VALIDATION_FAILED, 'plan_id is not a known plan', [{ path: '/plan_id' }]);
        }
        await repo.put(clientId, body, clock.now());
        return (await repo.get(clientId))!;
      });
    },
    list: (q: ListInvoicesQuery) => invoices.list(q),
    get: getInvoice,
    async createManual(body: CreateInvoice): Promise<Invoice> {
      const lines: InvoiceLine[] = body.lines.map((l) => ({
        kind: l.kind ?? 'other',
        description: l.description,
        quantity: l.quantity,
        unit_cents: l.unit_cents,
        // quantity has at most 4 decimals: scale to integers, then round half up to the cent.
        amount_cents: Number((2n * BigInt(Math.round(l.quantity * 10_000)) * BigInt(l.unit_cents) + 10_000n) / 20_000n),
      }));
      const issue = body.issue_date ?? today();
      return (await createInvoice({ client_id: body.client_id, schedule_key: null, issue_date: issue, period_start: null, period_end: null, lines }))!;
    },
    markPaid: (id: string, body: MarkPaid) =>
      move(id, ['sent', 'failed', 'draft'], 'paid', { ...(body.paid_at ? { paid_at: new Date(body.paid_at) } : {}), ...(body.reference ? { reference: body.reference } : {}) }),
    markFailed: (id: string) => move(id, ['sent'], 'failed'),
    void: (id: string) => move(id, ['draft', 'sent', 'failed'], 'void'),
    async csv(q: { from?: string; to?: string }): Promise<string> {
      return invoicesCsv(await invoices.listAll(q));
    },
    unpaidBefore: (date: string) => invoices.unpaidBefore(date),
  };
}
export type BillingService = ReturnType<typeof createBillingService>;
