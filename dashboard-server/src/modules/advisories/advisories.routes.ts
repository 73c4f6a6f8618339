import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import { AdvisoryListSchema, AdvisorySchema, CreateAdvisorySchema, ListAdvisoriesQuerySchema } from './advisories.schemas.js';
import type { AdvisoriesService } from './advisories.service.js';

/** Security advisories: recorded by hand or by a script with an API token that follows a vulnerability feed. */
export const advisoriesRoutes: FastifyPluginAsyncTypebox<{ advisories: AdvisoriesService }> = async (app, { advisories }) => {
  const tags = ['security advisories'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

  app.get(
    '/security-advisories',
    { schema: { tags, security, summary: 'Recorded advisories, newest first, each with the number of connected sites still on an affected version', querystring: ListAdvisoriesQuerySchema, response: { 200: AdvisoryListSchema, ...err } } },
    async (req) => ({ items: await advisories.list(req.query) }),
  );
  app.post(
    '/security-advisories',
    { schema: { tags, security, summary: 'Record an advisory: updates of the item that cross fixed_in become security updates everywhere', body: CreateAdvisorySchema, response: { 201: AdvisorySchema, ...err } } },
    async (req, reply) => reply.status(201).send(await advisories.create(req.body, req.user?.sub ?? null)),
  );
  app.delete(
    '/security-advisories/:id',
    { schema: { tags, security, summary: 'Delete an advisory (recorded by mistake)', params: IdParamsSchema, response: { 204: Type.Null(), ...err } } },
    async (req, reply) => {
      await advisories.remove(req.params.id);
      return reply.status(204).send(null);
    },
  );
};
