import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import type { SitesImportService } from './sites-import.service.js';
import { CreateSiteSchema, EnrollmentCodeSchema, ImportResultSchema, ImportSitesSchema, ListSitesQuerySchema, SiteDetailSchema, SiteListSchema, SiteSummarySchema, UpdateSiteSchema } from './sites.schemas.js';
import type { SitesService } from './sites.service.js';

export const sitesRoutes: FastifyPluginAsyncTypebox<{ sites: SitesService; sitesImport: SitesImportService }> = async (app, { sites, sitesImport }) => {
  const tags = ['sites'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get(
    '/sites',
    { schema: { tags, security, summary: 'Fleet list: paged, sorted and filtered on the server', querystring: ListSitesQuerySchema, response: { 200: SiteListSchema, ...err } } },
    async (req) => ({ ...(await sites.list(req.query)), limit: req.query.limit, offset: req.query.offset }),
  );
  app.post('/sites', { schema: { tags, security, body: CreateSiteSchema, response: { 201: SiteSummarySchema, ...err } } }, async (req, reply) => {
    reply.status(201);
    return sites.create(req.body);
  });
  app.post(
    '/sites/import',
    {
      // 1,000 rows of long addresses and names stay well under this.
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        security,
        summary: 'Import up to 1,000 sites at once, with their clients (found by name or created) and one-time enrollment codes; all or nothing (owner only)',
        body: ImportSitesSchema,
        response: { 201: ImportResultSchema, 409: ErrorBodySchema, ...err },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return sitesImport.importSites(req.body);
    },
  );
  app.get('/sites/:id', { schema: { tags, security, summary: 'One site with its latest inventory', params: IdParamsSchema, response: { 200: SiteDetailSchema, ...err } } }, (req) =>
    sites.get(req.params.id),
  );
  app.patch('/sites/:id', { schema: { tags, security, params: IdParamsSchema, body: UpdateSiteSchema, response: { 200: SiteSummarySchema, ...err } } }, (req) =>
    sites.update(req.params.id, req.body),
  );
  app.delete('/sites/:id', { schema: { tags, security, summary: 'Delete a site and everything it reported; its agent is refused from then on', params: IdParamsSchema, response: { 204: Type.Null(), ...err } } }, async (req, reply) => {
    await sites.delete(req.params.id);
    return reply.status(204).send(null);
  });
  app.post('/sites/:id/revoke', { schema: { tags, security, summary: "Refuse the site's agent from now on (a new enrollment code reconnects it)", params: IdParamsSchema, response: { 200: SiteSummarySchema, ...err } } }, (req) =>
    sites.revoke(req.params.id),
  );
  app.post(
    '/sites/:id/enrollment-code',
    { schema: { tags, security, summary: 'A one-time code for the agent to enroll with (replaces any unused one)', params: IdParamsSchema, response: { 201: EnrollmentCodeSchema, ...err } } },
    async (req, reply) => {
      reply.status(201);
      return sites.createEnrollmentCode(req.params.id);
    },
  );
};
