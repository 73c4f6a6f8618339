import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import {
  CheckListSchema,
  CreateMaintenanceWindowSchema,
  FleetListSchema,
  FleetQuerySchema,
  IncidentListSchema,
  IncidentQuerySchema,
  MaintenanceWindowSchema,
  MonitorSettingsSchema,
  MonitorViewSchema,
  RangeQuerySchema,
  RollupQuerySchema,
  RollupViewSchema,
  UptimeQuerySchema,
  UptimeViewSchema,
} from './uptime.schemas.js';
import { createUptimeService } from './uptime.service.js';

export const uptimeRoutes: FastifyPluginAsyncTypebox<{ db: Database; clock: Clock; config: Readonly<Config> }> = async (app, { db, clock, config }) => {
  const uptime = createUptimeService({
    db,
    clock,
    rules: { reportIntervalS: config.reportIntervalS, agentSilentFactor: config.uptimeAgentSilentFactor, confirmRetryS: config.uptimeConfirmRetryS },
  });
  const tags = ['uptime'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema };

  app.get('/uptime', { schema: { tags, security, summary: 'Fleet uptime: status now, uptime 24 h / 30 d, last incident (down sites first)', querystring: FleetQuerySchema, response: { 200: FleetListSchema, ...err } } }, (req) =>
    uptime.fleet(req.query),
  );
  app.get('/sites/:id/monitor', { schema: { tags, security, params: IdParamsSchema, response: { 200: MonitorViewSchema, ...err } } }, (req) => uptime.getMonitor(req.params.id));
  app.put(
    '/sites/:id/monitor',
    { schema: { tags, security, summary: 'Replace the monitor settings (omitted fields take their defaults)', params: IdParamsSchema, body: MonitorSettingsSchema, response: { 200: MonitorViewSchema, ...err } } },
    (req) => uptime.putMonitor(req.params.id, req.body),
  );
  app.get('/sites/:id/checks', { schema: { tags, security, summary: 'Raw checks, newest first', params: IdParamsSchema, querystring: RangeQuerySchema, response: { 200: CheckListSchema, ...err } } }, async (req) => ({
    items: await uptime.listChecks(req.params.id, req.query),
    limit: req.query.limit,
    offset: req.query.offset,
  }));
  app.get(
    '/sites/:id/rollups',
    { schema: { tags, security, summary: 'Daily rollups (UTC days, default the last 30)', params: IdParamsSchema, querystring: RollupQuerySchema, response: { 200: Type.Object({ items: Type.Array(RollupViewSchema) }), ...err } } },
    async (req) => ({ items: await uptime.listRollups(req.params.id, req.query) }),
  );
  app.get('/sites/:id/incidents', { schema: { tags, security, params: IdParamsSchema, querystring: IncidentQuerySchema, response: { 200: IncidentListSchema, ...err } } }, async (req) => ({
    ...(await uptime.listIncidents(req.params.id, req.query)),
    limit: req.query.limit,
    offset: req.query.offset,
  }));
  app.get('/sites/:id/uptime', { schema: { tags, security, summary: 'Uptime % over any period', params: IdParamsSchema, querystring: UptimeQuerySchema, response: { 200: UptimeViewSchema, ...err } } }, (req) =>
    uptime.uptime(req.params.id, new Date(req.query.from), new Date(req.query.to)),
  );
  app.get('/sites/:id/maintenance-windows', { schema: { tags, security, summary: 'Current and future maintenance windows', params: IdParamsSchema, response: { 200: Type.Object({ items: Type.Array(MaintenanceWindowSchema) }), ...err } } }, async (req) => ({
    items: await uptime.listMaintenanceWindows(req.params.id),
  }));
  app.post(
    '/sites/:id/maintenance-windows',
    { schema: { tags, security, summary: 'Suppress incidents and alerts for the site during a window', params: IdParamsSchema, body: CreateMaintenanceWindowSchema, response: { 201: MaintenanceWindowSchema, ...err } } },
    async (req, reply) => {
      reply.status(201);
      return uptime.createMaintenanceWindow(req.params.id, req.body);
    },
  );
  app.delete(
    '/sites/:id/maintenance-windows/:windowId',
    { schema: { tags, security, params: Type.Object({ id: Type.String({ format: 'uuid' }), windowId: Type.String({ format: 'uuid' }) }), response: { 204: Type.Null(), ...err } } },
    async (req, reply) => {
      await uptime.deleteMaintenanceWindow(req.params.id, req.params.windowId);
      return reply.status(204).send(null);
    },
  );
};
