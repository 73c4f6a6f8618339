import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import {
  ClientBillingSchema,
  CreateInvoiceSchema,
  CsvQuerySchema,
  InvoiceListSchema,
  InvoiceSchema,
  ListInvoicesQuerySchema,
  ListNoticesQuerySchema,
  MarkPaidSchema,
  NoticeListSchema,
  PutClientBillingSchema,
} from './billing.schemas.js';
import { createBillingService } from './billing.service.js';
import { createBillingMailer } from './mailer.js';
import { listNotices } from './notices.js';
import { defaultPaymentProviders } from './payment-provider.js';

type BillingRoutesConfig = Pick<Config, 'smtpUrl' | 'billingEmailFrom' | 'billingTimeZone' | 'billingSellerName'>;

export const billingRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: Clock; config: Readonly<BillingRoutesConfig> }> = async (app, { db, clock, config }) => {
  const mailer = createBillingMailer({ smtpUrl: config.smtpUrl, from: config.billingEmailFrom });
  app.addHook('onClose', async () => mailer?.close());
  const billing = createBillingService({ db, clock, mailer, providers: defaultPaymentProviders(), settings: { timeZone: config.billingTimeZone, sellerName: config.billingSellerName }, log: app.log });
  const tags = ['billing'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };
  const withConflict = { ...err, 409: ErrorBodySchema };

  app.get('/clients/:id/billing', { schema: { tags, security, summary: "A client's billing settings", params: IdParamsSchema, response: { 200: ClientBillingSchema, ...err } } }, (req) =>
    billing.getClientBilling(req.params.id),
  );
  app.put(
    '/clients/:id/billing',
    { schema: { tags, security, summary: "Set a client's plan, go-live date, billing term, tax rate, card expiry (month/year only)", params: IdParamsSchema, body: PutClientBillingSchema, response: { 200: ClientBillingSchema, ...err } } },
    (req) => billing.putClientBilling(req.params.id, req.body),
  );

  app.get('/invoices', { schema: { tags, security, querystring: ListInvoicesQuerySchema, response: { 200: InvoiceListSchema, ...err } } }, (req) => billing.list(req.query));
  app.post('/invoices', { schema: { tags, security, summary: 'A one-off invoice (draft)', body: CreateInvoiceSchema, response: { 201: InvoiceSchema, ...err } } }, async (req, reply) =>
    reply.status(201).send(await billing.createManual(req.body)),
  );
  app.get(
    '/invoices/export.csv',
    { schema: { tags, security, summary: 'Invoices as CSV for accounting (by issue date)', querystring: CsvQuerySchema, produces: ['text/csv'], response: { 200: Type.String(), ...err } } },
    async (req, reply) => {
      const name = `invoices${req.query.from ? `-from-${req.query.from}` : ''}${req.query.to ? `-to-${req.query.to}` : ''}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(await billing.csv(req.query));
    },
  );
  app.get('/invoices/:id', { schema: { tags, security, params: IdParamsSchema, response: { 200: InvoiceSchema, ...err } } }, (req) => billing.get(req.params.id));
  app.get('/invoices/:id/pdf', { schema: { tags, security, params: IdParamsSchema, produces: ['application/pdf'], response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...err } } }, async (req, reply) => {
    const { invoice, pdf } = await billing.pdf(req.params.id);
    return reply.type('application/pdf').header('content-disposition', `inline; filename="${invoice.number_text}.pdf"`).send(pdf);
  });
  app.post('/invoices/:id/send', { schema: { tags, security, summary: 'Email the invoice (PDF attached) to the client', params: IdParamsSchema, response: { 200: InvoiceSchema, ...withConflict, 502: ErrorBodySchema } } }, (req) =>
    billing.send(req.params.id),
  );
  app.post('/invoices/:id/mark-paid', { schema: { tags, security, params: IdParamsSchema, body: Type.Optional(MarkPaidSchema), response: { 200: InvoiceSchema, ...withConflict } } }, (req) =>
    billing.markPaid(req.params.id, req.body ?? {}),
  );
  app.post('/invoices/:id/mark-failed', { schema: { tags, security, summary: 'Record a failed payment', params: IdParamsSchema, response: { 200: InvoiceSchema, ...withConflict } } }, (req) =>
    billing.markFailed(req.params.id),
  );
  app.post('/invoices/:id/void', { schema: { tags, security, summary: 'Void an unpaid invoice (its number stays used)', params: IdParamsSchema, response: { 200: InvoiceSchema, ...withConflict } } }, (req) =>
    billing.void(req.params.id),
  );

  app.get('/billing/notices', { schema: { tags, security, summary: 'Reminders and unpaid reviews the billing schedule wrote', querystring: ListNoticesQuerySchema, response: { 200: NoticeListSchema, ...err } } }, (req) =>
    listNotices(db, req.query),
  );
};
