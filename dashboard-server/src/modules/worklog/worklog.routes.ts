import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import type { WorklogService } from './worklog.service.js';
import { CreateTimeEntrySchema, ListTimeEntriesQuerySchema, TimeEntryListSchema, TimeEntrySchema, UpdateTimeEntrySchema } from './worklog.schemas.js';

export const worklogRoutes: FastifyPluginAsyncTypebox<{ worklog: WorklogService }> = async (app, { worklog }) => {
  const tags = ['work log'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get(
    '/time-entries',
    { schema: { tags, security, summary: 'Work-log entries, newest first, by client, site, month and kind', querystring: ListTimeEntriesQuerySchema, response: { 200: TimeEntryListSchema, ...err } } },
    (req) => worklog.list(req.query),
  );
  app.post('/time-entries', { schema: { tags, security, body: CreateTimeEntrySchema, response: { 201: TimeEntrySchema, ...err } } }, async (req, reply) => {
    return reply.status(201).send(await worklog.create(req.body, req.user?.sub ?? null));
  });
  app.get('/time-entries/:id', { schema: { tags, security, params: IdParamsSchema, response: { 200: TimeEntrySchema, ...err } } }, (req) => worklog.get(req.params.id));
  app.patch('/time-entries/:id', { schema: { tags, security, params: IdParamsSchema, body: UpdateTimeEntrySchema, response: { 200: TimeEntrySchema, ...err } } }, (req) =>
    worklog.update(req.params.id, req.body),
  );
  app.delete('/time-entries/:id', { schema: { tags, security, params: IdParamsSchema, response: { 204: Type.Null(), ...err } } }, async (req, reply) => {
    await worklog.remove(req.params.id);
    return reply.status(204).send(null);
  });
};
