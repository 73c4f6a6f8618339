import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import type { ContractsService } from './contracts.service.js';
import { ContractListSchema, ContractSchema, CreateContractSchema, ListContractsQuerySchema, ReviseContractSchema, RevisionParamsSchema } from './contracts.schemas.js';

export const contractsRoutes: FastifyPluginAsyncTypebox<{ contracts: ContractsService }> = async (app, { contracts }) => {
  const tags = ['contracts'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema, 502: ErrorBodySchema };

  app.get('/contracts', { schema: { tags, security, querystring: ListContractsQuerySchema, response: { 200: ContractListSchema, ...err } } }, async (req) => ({ items: await contracts.list(req.query.client_id) }));
  app.post(
    '/contracts',
    { schema: { tags, security, summary: 'Bind a client to a plan from a start date (revision 1, emailed for acceptance unless send is false)', body: CreateContractSchema, response: { 201: ContractSchema, ...err } } },
    async (req, reply) => reply.status(201).send(await contracts.create(req.body)),
  );
  app.get('/contracts/:id', { schema: { tags, security, summary: 'A contract with every revision and acceptance, newest first', params: IdParamsSchema, response: { 200: ContractSchema, ...err } } }, (req) =>
    contracts.get(req.params.id),
  );
  app.post(
    '/contracts/:id/revisions',
    { schema: { tags, security, summary: 'Change the terms: a new revision, emailed for acceptance unless send is false', params: IdParamsSchema, body: ReviseContractSchema, response: { 201: ContractSchema, ...err } } },
    async (req, reply) => reply.status(201).send(await contracts.revise(req.params.id, req.body)),
  );
  app.post(
    '/contracts/:id/revisions/:revision/send',
    { schema: { tags, security, summary: 'Email the latest revision again with a fresh acceptance link', params: RevisionParamsSchema, response: { 200: ContractSchema, ...err } } },
    (req) => contracts.sendRevision(req.params.id, req.params.revision),
  );
  app.get(
    '/contracts/:id/revisions/:revision/pdf',
    { schema: { tags, security, params: RevisionParamsSchema, produces: ['application/pdf'], response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...err } } },
    async (req, reply) => reply.type('application/pdf').header('content-disposition', `inline; filename="contract-revision-${req.params.revision}.pdf"`).send(await contracts.pdf(req.params.id, req.params.revision)),
  );
};
