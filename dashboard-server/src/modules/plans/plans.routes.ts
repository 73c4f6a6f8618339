import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import { createPlansRepository } from './plans.repository.js';
import { CreatePlanSchema, ListPlansQuerySchema, PlanListSchema, PlanSchema, UpdatePlanSchema, UsageQuerySchema, UsageSchema } from './plans.schemas.js';
import { loadUsage } from './usage.js';

const uniqueName = async <T>(fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (err) {
    if ((err as { code?: string }).code === '23505') throw new AppError(ErrorCode.CONFLICT, 'A plan with this name exists', [{ path: '/name' }]);
    throw err;
  }
};

/** Plans CRUD and the per-client usage against the plan. The schemas hold every rule a plan has. */
export const plansRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: Clock }> = async (app, { db, clock }) => {
  const repo = createPlansRepository(db);
  const tags = ['plans'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get('/plans', { schema: { tags, security, querystring: ListPlansQuerySchema, response: { 200: PlanListSchema, ...err } } }, (req) => repo.list(req.query));

  app.post('/plans', { schema: { tags, security, body: CreatePlanSchema, response: { 201: PlanSchema, ...err, 409: ErrorBodySchema } } }, async (req, reply) => {
    const plan = await uniqueName(() => repo.insert(randomUUID(), req.body, clock.now()));
    return reply.status(201).send(plan);
  });

  app.get('/plans/:id', { schema: { tags, security, params: IdParamsSchema, response: { 200: PlanSchema, ...err } } }, async (req) => {
    return (await repo.findById(req.params.id)) ?? Promise.reject(notFound('Plan'));
  });

  app.patch('/plans/:id', { schema: { tags, security, params: IdParamsSchema, body: UpdatePlanSchema, response: { 200: PlanSchema, ...err, 409: ErrorBodySchema } } }, async (req) => {
    return (await uniqueName(() => repo.update(req.params.id, req.body, clock.now()))) ?? Promise.reject(notFound('Plan'));
  });

  app.delete('/plans/:id', { schema: { tags, security, params: IdParamsSchema, response: { 204: Type.Null(), ...err, 409: ErrorBodySchema } } }, async (req, reply) => {
    const outcome = await repo.delete(req.params.id);
    if (outcome === 'missing') throw notFound('Plan');
    if (outcome === 'in-use') throw new AppError(ErrorCode.CONFLICT, 'Clients are on this plan; move them to another plan first');
    return reply.status(204).send(null);
  });

  app.get(
    '/clients/:id/usage',
    { schema: { tags, security, summary: "A client's work-log usage against its plan for one month, with the billable overage", params: IdParamsSchema, querystring: UsageQuerySchema, response: { 200: UsageSchema, ...err } } },
    (req) => loadUsage(db, req.params.id, req.query.month),
  );
};
