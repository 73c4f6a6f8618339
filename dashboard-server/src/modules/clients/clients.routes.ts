import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import { createClientsRepository } from './clients.repository.js';
import { ClientListSchema, ClientSchema, CreateClientSchema, ListClientsQuerySchema, UpdateClientSchema } from './clients.schemas.js';

// Clients are plain CRUD with no rules beyond the repository's, so the routes call it directly.
export const clientsRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: Clock }> = async (app, { db, clock }) => {
  const repo = createClientsRepository(db);
  const tags = ['clients'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get('/clients', { schema: { tags, security, querystring: ListClientsQuerySchema, response: { 200: ClientListSchema, ...err } } }, (req) => repo.list(req.query));

  app.post('/clients', { schema: { tags, security, body: CreateClientSchema, response: { 201: ClientSchema, ...err } } }, async (req, reply) => {
    reply.status(201);
    return repo.insert(randomUUID(), req.body, clock.now());
  });

  app.get('/clients/:id', { schema: { tags, security, params: IdParamsSchema, response: { 200: ClientSchema, ...err } } }, async (req) => {
    return (await repo.findById(req.params.id)) ?? Promise.reject(notFound('Client'));
  });

  app.patch('/clients/:id', { schema: { tags, security, params: IdParamsSchema, body: UpdateClientSchema, response: { 200: ClientSchema, ...err } } }, async (req) => {
    return (await repo.update(req.params.id, req.body, clock.now())) ?? Promise.reject(notFound('Client'));
  });

  app.delete('/clients/:id', { schema: { tags, security, params: IdParamsSchema, response: { 204: Type.Null(), ...err, 409: ErrorBodySchema } } }, async (req, reply) => {
    const outcome = await repo.delete(req.params.id);
    if (outcome === 'missing') throw notFound('Client');
    if (outcome === 'has-sites') throw new AppError(ErrorCode.CONFLICT, 'This client still has sites; move or delete them first');
    if (outcome === 'has-records') throw new AppError(ErrorCode.CONFLICT, 'This client has contracts or invoices, which are kept as business records');
    return reply.status(204).send(null);
  });
};
