import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

const Term = Type.Union([Type.Literal(1), Type.Literal(3), Type.Literal(6), Type.Literal(12)]);
const DateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });

export const ClientBillingSchema = Type.Object({
  client_id: Type.String({ format: 'uuid' }),
  plan_id: Nullable(Type.String({ format: 'uuid' })),
  go_live_date: Nullable(Type.String()),
  billing_term_months: Nullable(Term),
  effective_term_months: Nullable(Term),
  tax_rate_bp: Type.Integer({ description: 'Basis points: 2000 = 20 %' }),
  payment_method: Type.Union([Type.Literal('manual'), Type.Literal('card')]),
  card_exp_month: Nullable(Type.Integer()),
  card_exp_year: Nullable(Type.Integer()),
  billing_email: Nullable(Type.String()),
  payment_terms_days: Type.Integer(),
});
export type ClientBilling = Static<typeof ClientBillingSchema>;

/** Replaces the client's billing settings. Only card expiry month/year: card numbers are never accepted. */
export const PutClientBillingSchema = Type.Object(
  {
    plan_id: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
    go_live_date: Type.Optional(Nullable(DateSchema)),
    billing_term_months: Type.Optional(Nullable(Term)),
    tax_rate_bp: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
    payment_method: Type.Optional(Type.Union([Type.Literal('manual'), Type.Literal('card')])),
    card_exp_month: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 12 }))),
    card_exp_year: Type.Optional(Nullable(Type.Integer({ minimum: 2000, maximum: 2200 }))),
    billing_email: Type.Optional(Nullable(Type.String({ format: 'email', maxLength: 320 }))),
    payment_terms_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type PutClientBilling = Static<typeof PutClientBillingSchema>;

export const InvoiceStatusSchema = Type.Union([Type.Literal('draft'), Type.Literal('sent'), Type.Literal('paid'), Type.Literal('failed'), Type.Literal('void')]);
export type InvoiceStatus = 'draft' | 'sent' | 'paid' | 'failed' | 'void';

export const InvoiceLineSchema = Type.Object({
  kind: Type.Union([Type.Literal('plan_fee'), Type.Literal('proration'), Type.Literal('overage'), Type.Literal('other')]),
  description: Type.String(),
  quantity: Type.Number(),
  unit_cents: Type.Integer(),
  amount_cents: Type.Integer(),
});
export type InvoiceLine = Static<typeof InvoiceLineSchema>;

export const InvoiceSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  number: Type.Integer(),
  number_text: Type.String({ description: 'e.g. INV-000042' }),
  client_id: Nullable(Type.String()),
  client_name: Type.String(),
  schedule_key: Nullable(Type.String()),
  issue_date: Type.String(),
  due_date: Type.String(),
  period_start: Nullable(Type.String()),
  period_end: Nullable(Type.String()),
  currency: Type.String(),
  subtotal_cents: Type.Integer(),
  tax_rate_bp: Type.Integer(),
  tax_cents: Type.Integer(),
  total_cents: Type.Integer(),
  status: InvoiceStatusSchema,
  payment_provider: Type.String(),
  provider_reference: Nullable(Type.String()),
  sent_to: Nullable(Type.String()),
  sent_at: Nullable(Type.String()),
  paid_at: Nullable(Type.String()),
  created_at: Type.String(),
  lines: Type.Array(InvoiceLineSchema),
  delivery: Nullable(
    Type.Object(
      {
        attempts: Type.Integer({ description: 'Failed email attempts so far' }),
        last_error: Nullable(Type.String()),
        next_attempt_at: Nullable(Type.String({ description: 'When the next automatic attempt is due; null = given up, send it by hand' })),
      },
      { description: 'Automatic email delivery of a draft the schedule made; null for manual drafts and sent invoices' },
    ),
  ),
});
export type Invoice = Static<typeof InvoiceSchema>;

export const ListInvoicesQuerySchema = Type.Object(
  {
    ...PageQuery,
    client_id: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(InvoiceStatusSchema),
    from: Type.Optional(DateSchema),
    to: Type.Optional(DateSchema),
  },
  { additionalProperties: false },
);
export type ListInvoicesQuery = Static<typeof ListInvoicesQuerySchema>;
export const InvoiceListSchema = Type.Object({ items: Type.Array(InvoiceSchema), total: Type.Integer() });

export const CsvQuerySchema = Type.Object({ from: Type.Optional(DateSchema), to: Type.Optional(DateSchema) }, { additionalProperties: false });

export const CreateInvoiceSchema = Type.Object(
  {
    client_id: Type.String({ format: 'uuid' }),
    issue_date: Type.Optional(DateSchema),
    lines: Type.Array(
      Type.Object(
        {
          kind: Type.Optional(Type.Union([Type.Literal('plan_fee'), Type.Literal('proration'), Type.Literal('overage'), Type.Literal('other')])),
          description: Type.String({ minLength: 1, maxLength: 500 }),
          quantity: Type.Number({ exclusiveMinimum: 0, maximum: 100_000, multipleOf: 0.0001 }),
          unit_cents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export type CreateInvoice = Static<typeof CreateInvoiceSchema>;

export const MarkPaidSchema = Type.Object({ paid_at: Type.Optional(Type.String({ format: 'date-time' })), reference: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export type MarkPaid = Static<typeof MarkPaidSchema>;

export const NoticeSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  client_id: Nullable(Type.String()),
  notice_date: Type.String(),
  recipient: Nullable(Type.String()),
  subject: Type.String(),
  body: Type.String(),
  details: Type.Unknown(),
  status: Type.String(),
  created_at: Type.String(),
  sent_at: Nullable(Type.String()),
});
export type Notice = Static<typeof NoticeSchema>;
export const ListNoticesQuerySchema = Type.Object(
  { ...PageQuery, client_id: Type.Optional(Type.String({ format: 'uuid' })), kind: Type.Optional(Type.String({ maxLength: 40 })) },
  { additionalProperties: false },
);
export type ListNoticesQuery = Static<typeof ListNoticesQuerySchema>;
export const NoticeListSchema = Type.Object({ items: Type.Array(NoticeSchema), total: Type.Integer() });
