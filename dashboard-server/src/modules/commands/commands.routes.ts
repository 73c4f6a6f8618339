import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { IdParamsSchema } from '../../lib/schemas.js';
import { CommandViewSchema, CreateCommandSchema } from './commands.schemas.js';
import type { CommandsService } from './commands.service.js';

export const commandsRoutes: FastifyPluginAsyncTypebox<{ commands: CommandsService }> = async (app, { commands }) => {
  const tags = ['commands'];
  const security = [{ bearer: [] }];
  const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };
  app.post(
    '/sites/:id/commands',
    { schema: { tags, security, summary: 'Send a signed command to the site (pushed now, or with its next report)', params: IdParamsSchema, body: CreateCommandSchema, response: { 202: CommandViewSchema, ...err } } },
    async (req, reply) => {
      reply.status(202);
      return commands.create(req.params.id, req.body, req.user.sub);
    },
  );
  app.get('/sites/:id/commands', { schema: { tags, security, params: IdParamsSchema, response: { 200: Type.Object({ items: Type.Array(CommandViewSchema) }), ...err } } }, async (req) => ({
    items: await commands.list(req.params.id),
  }));
  app.get(
    '/sites/:id/commands/:commandId',
    { schema: { tags, security, params: Type.Object({ id: Type.String({ format: 'uuid' }), commandId: Type.String({ format: 'uuid' }) }), response: { 200: CommandViewSchema, ...err } } },
    (req) => commands.get(req.params.id, req.params.commandId),
  );
};
