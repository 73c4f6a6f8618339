import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import { AlertChannelSchema, ChannelTestResultSchema, CreateAlertChannelSchema, DeliveryListSchema, ListDeliveriesQuerySchema, UpdateAlertChannelSchema } from './alerts.schemas.js';
import { createAlertsService } from './alerts.service.js';
import { redactChannel } from './redact.js';

export const alertsRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: Clock; config: Readonly<Config> }> = async (app, { db, clock, config }) => {
  const alerts = createAlertsService({ db, clock, config });
  app.addHook('onClose', async () => alerts.close());
  const tags = ['alerts'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

  app.get('/alert-channels', { schema: { tags, security, response: { 200: Type.Object({ items: Type.Array(AlertChannelSchema), types: Type.Array(Type.String()) }), ...err } } }, async () => ({
    items: (await alerts.listChannels()).map(redactChannel),
    types: alerts.registry.types(),
  }));
  app.post('/alert-channels', { schema: { tags, security, body: CreateAlertChannelSchema, response: { 201: AlertChannelSchema, ...err } } }, async (req, reply) => {
    reply.status(201);
    return redactChannel(await alerts.createChannel(req.body));
  });
  app.get('/alert-channels/:id', { schema: { tags, security, params: IdParamsSchema, response: { 200: AlertChannelSchema, ...err } } }, async (req) => redactChannel(await alerts.getChannel(req.params.id)));
  app.patch('/alert-channels/:id', { schema: { tags, security, params: IdParamsSchema, body: UpdateAlertChannelSchema, response: { 200: AlertChannelSchema, ...err } } }, async (req) =>
    redactChannel(await alerts.updateChannel(req.params.id, req.body)),
  );
  app.delete('/alert-channels/:id', { schema: { tags, security, params: IdParamsSchema, response: { 204: Type.Null(), ...err } } }, async (req, reply) => {
    await alerts.deleteChannel(req.params.id);
    return reply.status(204).send(null);
  });
  app.post(
    '/alert-channels/:id/test',
    { schema: { tags, security, summary: 'Send a test message through the channel now', params: IdParamsSchema, response: { 200: ChannelTestResultSchema, ...err } } },
    (req) => alerts.testChannel(req.params.id),
  );
  app.get(
    '/alert-deliveries',
    { schema: { tags, security, summary: 'Alert deliveries with attempts, last error and next retry', querystring: ListDeliveriesQuerySchema, response: { 200: DeliveryListSchema, ...err } } },
    async (req) => ({ ...(await alerts.listDeliveries(req.query)), limit: req.query.limit, offset: req.query.offset }),
  );
};
