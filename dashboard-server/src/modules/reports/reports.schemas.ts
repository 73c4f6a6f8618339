import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

const DateTime = Type.String({ format: 'date-time' });
export const MonthSchema = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'Calendar month, YYYY-MM' });
export const ReportStatusSchema = Type.Union([Type.Literal('needs_approval'), Type.Literal('approved'), Type.Literal('sent'), Type.Literal('failed')], {
  description: 'needs_approval: waiting for the freelancer; approved: queued for delivery; sent: delivered; failed: delivery gave up (see the delivery log)',
});
export type ReportStatus = Static<typeof ReportStatusSchema>;
const DeliveryStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]);

export const DeliverySummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Union([Type.Literal('initial'), Type.Literal('resend')]),
  recipient: Type.String(),
  status: DeliveryStatusSchema,
  attempts: Type.Integer(),
  last_error: Nullable(Type.String()),
  next_attempt_at: Nullable(DateTime),
  delivered_at: Nullable(DateTime),
  alerted_at: Nullable(DateTime),
  created_at: DateTime,
});
export type DeliverySummary = Static<typeof DeliverySummarySchema>;

export const ReportSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  client_id: Type.String({ format: 'uuid' }),
  client_name: Type.String(),
  month: MonthSchema,
  locale: Type.String(),
  mode: Type.Union([Type.Literal('auto_send'), Type.Literal('needs_approval')]),
  status: ReportStatusSchema,
  delivery_failed: Type.Boolean({ description: 'The latest delivery gave up: the client has not received this report (or its resend)' }),
  delivery: Nullable(DeliverySummarySchema),
  generated_at: DateTime,
  approved_at: Nullable(DateTime),
  sent_at: Nullable(DateTime),
});
export type ReportSummary = Static<typeof ReportSummarySchema>;

export const ReportListQuerySchema = Type.Object(
  {
    ...PageQuery,
    month: Type.Optional(MonthSchema),
    client_id: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(ReportStatusSchema),
  },
  { additionalProperties: false },
);
export type ReportListQuery = Static<typeof ReportListQuerySchema>;

export const ReportListSchema = Type.Object({
  items: Type.Array(ReportSummarySchema),
  total: Type.Integer(),
  failed_total: Type.Integer({ description: 'Reports whose delivery failed, over all months: non-zero needs the freelancer' }),
});

export const ReportSchema = Type.Composite([
  ReportSummarySchema,
  Type.Object({
    period_start: DateTime,
    period_end: DateTime,
    timezone: Type.String(),
    note: Type.String(),
    planned_work: Type.String(),
    data: Type.Unsafe<Record<string, unknown>>(Type.Object({}, { additionalProperties: true, description: 'The month’s figures (snapshot taken at generation)' })),
    web_url: Type.String({ description: 'Signed link to the web copy (the one the email carries), valid until web_url_expires_at' }),
    web_url_expires_at: DateTime,
  }),
]);

export const EditReportSchema = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 10_000 })), planned_work: Type.Optional(Type.String({ maxLength: 10_000 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type EditReport = Static<typeof EditReportSchema>;

export const GenerateSchema = Type.Object({ month: MonthSchema }, { additionalProperties: false });
export const GenerateResultSchema = Type.Object({ month: MonthSchema, created: Type.Integer(), existing: Type.Integer() });

export const AttemptSchema = Type.Object({ attempt: Type.Integer(), at: DateTime, ok: Type.Boolean(), smtp_response: Nullable(Type.String()) });
export const DeliveryLogSchema = Type.Object({ items: Type.Array(Type.Composite([DeliverySummarySchema, Type.Object({ attempts_log: Type.Array(AttemptSchema) })])) });

/** Logos: an https URL or a small PNG/JPEG/GIF data URL (no SVG: it can carry script) (about 140 KB of base64 at most). */
export const LOGO_MAX_CHARS = 140_000;
export const BrandingSchema = Type.Object({
  business_name: Type.String({ maxLength: 200 }),
  logo: Nullable(Type.String()),
  accent_color: Type.String({ pattern: '^#[0-9a-fA-F]{6}$' }),
  reply_to: Nullable(Type.String()),
  footer: Type.String({ maxLength: 2000 }),
});
export type BrandingView = Static<typeof BrandingSchema>;

export const PutBrandingSchema = Type.Object(
  {
    business_name: Type.String({ maxLength: 200 }),
    logo: Nullable(Type.String({ maxLength: LOGO_MAX_CHARS, pattern: '^(https://[^\\s"<>]+|data:image/(png|jpeg|gif);base64,[A-Za-z0-9+/]+={0,2})$' })),
    accent_color: Type.String({ pattern: '^#[0-9a-fA-F]{6}$' }),
    reply_to: Nullable(Type.String({ format: 'email', maxLength: 320 })),
    footer: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export type PutBranding = Static<typeof PutBrandingSchema>;
