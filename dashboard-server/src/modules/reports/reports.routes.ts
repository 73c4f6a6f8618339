import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import {
  BrandingSchema,
  DeliveryLogSchema,
  EditReportSchema,
  GenerateResultSchema,
  GenerateSchema,
  PutBrandingSchema,
  ReportListQuerySchema,
  ReportListSchema,
  ReportSchema,
} from './reports.schemas.js';
import type { ReportsService } from './reports.service.js';

/** Report pages carry no script: inline styles and images only. */
const PAGE_CSP = "default-src 'none'; img-src data: https:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export const reportsRoutes: FastifyPluginAsyncTypebox<{ reports: ReportsService }> = async (app, { reports }) => {
  const tags = ['reports'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };
  const withConflict = { ...err, 409: ErrorBodySchema };

  app.get('/reports', { schema: { tags, security, summary: 'Monthly reports by month / client / status, with delivery status', querystring: ReportListQuerySchema, response: { 200: ReportListSchema, ...err } } }, (req) =>
    reports.list(req.query),
  );

  app.post(
    '/reports/generate',
    { schema: { tags, security, summary: 'Create the reports of a finished month for every client that has none yet (what the job on the 1st does)', body: GenerateSchema, response: { 200: GenerateResultSchema, ...withConflict } } },
    (req) => reports.generateMonth(req.body.month),
  );

  app.get('/reports/branding', { schema: { tags, security, summary: 'Business name, logo, accent colour, reply-to and footer of the reports', response: { 200: BrandingSchema, ...err } } }, () =>
    reports.getBranding(),
  );
  app.put('/reports/branding', { schema: { tags, security, summary: 'Set the reports’ branding', body: PutBrandingSchema, response: { 200: BrandingSchema, ...err } } }, (req) =>
    reports.putBranding(req.body),
  );

  app.get('/reports/:id', { schema: { tags, security, summary: 'One report: figures, note, planned work, delivery status', params: IdParamsSchema, response: { 200: ReportSchema, ...err } } }, (req) =>
    reports.get(req.params.id),
  );

  app.get(
    '/reports/:id/preview',
    { schema: { tags, security, summary: 'The report as the client will see it (HTML)', params: IdParamsSchema, produces: ['text/html'], response: { 200: Type.String(), ...err } } },
    async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header('content-security-policy', PAGE_CSP)
        .send(await reports.previewHtml(req.params.id)),
  );

  app.get(
    '/reports/:id/pdf',
    { schema: { tags, security, summary: 'The PDF copy attached to the email', params: IdParamsSchema, produces: ['application/pdf'], response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...err } } },
    async (req, reply) => {
      const { pdf, filename } = await reports.pdf(req.params.id);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
    },
  );

  app.patch('/reports/:id', { schema: { tags, security, summary: 'Edit the note and next month’s planned work (before sending)', params: IdParamsSchema, body: EditReportSchema, response: { 200: ReportSchema, ...withConflict } } }, (req) =>
    reports.edit(req.params.id, req.body),
  );

  const action = (path: string, summary: string, fn: (id: string) => Promise<unknown>) =>
    app.post(path, { schema: { tags, security, summary, params: IdParamsSchema, response: { 200: ReportSchema, ...withConflict } } }, (req) => fn(req.params.id) as never);
  action('/reports/:id/regenerate', 'Recompute the figures from the current data (before sending)', (id) => reports.regenerate(id));
  action('/reports/:id/approve', 'Approve a report waiting for approval: its email is queued', (id) => reports.approve(id));
  action('/reports/:id/send', 'Deliver an approved report now (or try a failed delivery again)', (id) => reports.send(id));
  action('/reports/:id/resend', 'Send a sent report again to the client’s contact address', (id) => reports.resend(id));

  app.get('/reports/:id/deliveries', { schema: { tags, security, summary: 'Every delivery of a report and every SMTP attempt', params: IdParamsSchema, response: { 200: DeliveryLogSchema, ...err } } }, (req) =>
    reports.deliveryLog(req.params.id),
  );
};

const NOT_FOUND_PAGE = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Not found</title></head><body><p>Not found.</p></body></html>';

/**
 * The client's web copy at /r/<token>, outside /api (no session). Every failure is the same 404 page,
 * so a probe learns nothing about which reports exist or why a link stopped working.
 */
export const publicReportRoutes: FastifyPluginAsyncTypebox<{ reports: ReportsService; rateLimitPerMin: number }> = async (app, { reports, rateLimitPerMin }) => {
  app.get(
    '/r/:token',
    {
      schema: { hide: true, params: Type.Object({ token: Type.String({ maxLength: 200 }) }) },
      config: { rateLimit: { max: rateLimitPerMin, timeWindow: '1 minute' } },
      // A malformed token gets the same page as a forged one, not a validation error.
      attachValidation: true,
    },
    async (req, reply) => {
      reply
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex, nofollow')
        .header('referrer-policy', 'no-referrer')
        .header('x-frame-options', 'DENY')
        .header('content-security-policy', PAGE_CSP);
      const html = req.validationError ? null : await reports.webCopy(req.params.token);
      if (!html) return reply.status(404).type('text/html; charset=utf-8').send(NOT_FOUND_PAGE);
      return reply.type('text/html; charset=utf-8').send(html);
    },
  );
};
