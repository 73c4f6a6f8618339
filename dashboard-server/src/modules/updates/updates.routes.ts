import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import type { UpdatesModule } from './updates.module.js';
import {
  CreateHoldSchema,
  CreateRunSchema,
  EventListSchema,
  EventsQuerySchema,
  FleetUpdatesQuerySchema,
  FleetUpdatesSchema,
  HoldSchema,
  ListRunsQuerySchema,
  RunDetailSchema,
  RunListSchema,
  UpdateRunSchema,
} from './updates.schemas.js';

export const updatesRoutes: FastifyPluginAsyncTypebox<{ updates: UpdatesModule }> = async (app, { updates }) => {
  const tags = ['updates'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
  const { fleet, runs, streams } = updates;

  app.get('/updates', { schema: { tags, security, summary: 'Pending updates of the fleet, grouped by item, with holds', querystring: FleetUpdatesQuerySchema, response: { 200: FleetUpdatesSchema, ...err } } }, (req) =>
    fleet.fleet(req.query),
  );

  app.get('/update-holds', { schema: { tags, security, response: { 200: Type.Object({ holds: Type.Array(HoldSchema) }), ...err } } }, async () => ({ holds: await fleet.listHolds() }));
  app.post(
    '/update-holds',
    { schema: { tags, security, summary: 'Hold an item on one site (site_id) or every site (site_id null), optionally only from below_version on', body: CreateHoldSchema, response: { 201: HoldSchema, ...err } } },
    async (req, reply) => {
      reply.status(201);
      return fleet.createHold(req.body, req.user.sub);
    },
  );
  app.delete('/update-holds/:id', { schema: { tags, security, params: IdParamsSchema, response: { 204: Type.Null(), ...err } } }, async (req, reply) => {
    await fleet.deleteHold(req.params.id);
    return reply.status(204).send(null);
  });

  app.post(
    '/update-runs',
    { schema: { tags, security, summary: 'Start an update run: one job per site, dispatched with bounded concurrency; held items are skipped', body: CreateRunSchema, response: { 201: Type.Object({ run: UpdateRunSchema }), ...err } } },
    async (req, reply) => {
      reply.status(201);
      return { run: await runs.create(req.body, req.user.sub) };
    },
  );
  app.get('/update-runs', { schema: { tags, security, summary: 'Update runs, newest first', querystring: ListRunsQuerySchema, response: { 200: RunListSchema, ...err } } }, (req) =>
    runs.list(req.query.limit, req.query.cursor),
  );
  app.get('/update-runs/:id', { schema: { tags, security, summary: 'A run with every job and item', params: IdParamsSchema, response: { 200: RunDetailSchema, ...err } } }, (req) => runs.get(req.params.id));
  app.post(
    '/update-runs/:id/cancel',
    {
      schema: {
        tags,
        security,
        summary: 'Cancel a run: jobs not dispatched yet are cancelled, jobs already out finish, then the run ends as cancelled; idempotent, 409 once done',
        params: IdParamsSchema,
        response: { 200: Type.Object({ run: UpdateRunSchema }), ...err },
      },
    },
    async (req) => ({ run: await runs.cancel(req.params.id, req.user.sub) }),
  );
  app.get(
    '/update-runs/:id/stream',
    {
      schema: {
        tags,
        security,
        summary: 'Live progress (text/event-stream): snapshot, then site / item changes and run changes (started, cancel asked), then done; Last-Event-ID resumes',
        params: IdParamsSchema,
        headers: Type.Object({ 'last-event-id': Type.Optional(Type.String({ maxLength: 20 })) }),
        response: { 200: Type.String({ description: 'text/event-stream' }), ...err },
      },
    },
    async (req, reply) => {
      await streams.stream(req.params.id, req.headers['last-event-id'], reply.raw, () => reply.hijack());
      return reply;
    },
  );

  app.get(
    '/update-events',
    { schema: { tags, security, summary: 'Update history (newest first), per site, client, month, outcome or run; security marks updates that crossed a recorded advisory', querystring: EventsQuerySchema, response: { 200: EventListSchema, ...err } } },
    async (req) => {
      const page = await runs.history(req.query);
      return { ...page, events: await fleet.markSecurity(page.events) };
    },
  );
};
