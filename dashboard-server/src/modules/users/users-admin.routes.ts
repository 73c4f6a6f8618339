import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { IdParamsSchema } from '../../lib/schemas.js';
import { CreateApiTokenBodySchema, ApiTokenListSchema, CreatedApiTokenSchema } from './api-tokens.schemas.js';
import type { ApiTokensService } from './api-tokens.service.js';
import { ChangeRoleBodySchema, InviteUserBodySchema, InvitedUserSchema, UserListItemSchema, UserListSchema } from './users-admin.schemas.js';
import type { UsersAdminService } from './users-admin.service.js';

const security = [{ bearer: [] }];
const err = { 400: ErrorBodySchema, 401: ErrorBodySchema, 403: ErrorBodySchema, 404: ErrorBodySchema, 409: ErrorBodySchema };

/** People (owner-only, enforced by the access policy) and each user's own API tokens. Registered behind requireUser. */
export const usersAdminRoutes: FastifyPluginAsyncTypebox<{ admin: UsersAdminService; tokens: ApiTokensService }> = async (app, { admin, tokens }) => {
  const tags = ['users'];
  app.get('/users', { schema: { tags, security, summary: 'Owners and technicians (owner only)', response: { 200: UserListSchema, ...err } } }, async () => ({
    items: await admin.list(),
  }));

  app.post(
    '/users',
    { schema: { tags, security, summary: 'Invite a technician; the one-time link (72 h) is shown once (owner only)', body: InviteUserBodySchema, response: { 201: InvitedUserSchema, ...err } } },
    async (req, reply) => reply.status(201).send(await admin.invite(req.body)),
  );

  app.post(
    '/users/:id/invite',
    { schema: { tags, security, summary: 'A new one-time link for a user who has not joined yet; earlier links stop working (owner only)', params: IdParamsSchema, response: { 201: InvitedUserSchema, ...err } } },
    async (req, reply) => reply.status(201).send(await admin.reinvite(req.params.id)),
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        security,
        summary: "Change a joined user's role (owner or technician); applies to their open sessions; the hub always keeps one owner (owner only)",
        params: IdParamsSchema,
        body: ChangeRoleBodySchema,
        response: { 200: UserListItemSchema, ...err },
      },
    },
    async (req) => admin.changeRole(req.params.id, req.body.role, req.user.sub),
  );

  app.delete(
    '/users/:id',
    { schema: { tags, security, summary: 'Remove a user and their API tokens; never yourself or the last owner (owner only)', params: IdParamsSchema, response: { 204: Type.Null(), ...err } } },
    async (req, reply) => {
      await admin.remove(req.params.id, req.user.sub);
      return reply.status(204).send(null);
    },
  );

  const tokenTags = ['api-tokens'];
  app.get('/tokens', { schema: { tags: tokenTags, security, summary: 'Your personal API tokens (never their secrets)', response: { 200: ApiTokenListSchema, ...err } } }, async (req) => ({
    items: await tokens.list(req.user.sub),
  }));

  app.post(
    '/tokens',
    { schema: { tags: tokenTags, security, summary: 'Create a personal API token (from a signed-in session, not with a token); its secret is shown once', body: CreateApiTokenBodySchema, response: { 201: CreatedApiTokenSchema, ...err } } },
    async (req, reply) => {
      // A leaked token must not be able to outlive its revocation by minting a successor.
      if (req.user.via === 'api-token') throw new AppError(ErrorCode.FORBIDDEN, 'API tokens are created from a signed-in session, not with another token');
      return reply.status(201).send(await tokens.create(req.user.sub, req.body));
    },
  );

  app.delete(
    '/tokens/:id',
    { schema: { tags: tokenTags, security, summary: 'Revoke one of your API tokens', params: IdParamsSchema, response: { 204: Type.Null(), ...err } } },
    async (req, reply) => {
      await tokens.revoke(req.user.sub, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
