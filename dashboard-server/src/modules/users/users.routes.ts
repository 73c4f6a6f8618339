import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { requireUser } from '../../plugins/auth.js';
import { notFound } from '../../lib/errors.js';
import { createUsersRepository } from './users.repository.js';
import { LoginBodySchema, SessionSchema, SetupBodySchema, SetupStatusSchema, UserSchema, type User } from './users.schemas.js';
import type { UsersService } from './users.service.js';
import type { Database } from '../../db/index.js';
import type { ApiTokensService } from './api-tokens.service.js';
import { AcceptInviteBodySchema } from './users-admin.schemas.js';
import { usersAdminRoutes } from './users-admin.routes.js';
import type { UsersAdminService } from './users-admin.service.js';

export const usersRoutes: FastifyPluginAsyncTypebox<{
  users: UsersService;
  db: Database;
  loginRateLimitPerMin: number;
  admin: UsersAdminService;
  tokens: ApiTokensService;
}> = async (app, opts) => {
  const sign = (user: User) => app.jwt.sign({ sub: user.id, email: user.email, role: user.role });
  const errors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 429: ErrorBodySchema };

  app.post(
    '/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Sign in; returns a bearer token', body: LoginBodySchema, response: { 200: SessionSchema, ...errors } },
      config: { rateLimit: { max: opts.loginRateLimitPerMin, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = await opts.users.login(request.body.email, request.body.password);
      return { token: sign(user), user };
    },
  );

  app.get('/auth/setup-status', { schema: { tags: ['auth'], summary: 'Whether the hub still needs its first owner', response: { 200: SetupStatusSchema } } }, async () => ({
    needs_setup: await opts.users.needsSetup(),
  }));

  app.post(
    '/auth/setup',
    {
      schema: { tags: ['auth'], summary: 'Create the first owner with the one-time setup token printed at first start', body: SetupBodySchema, response: { 200: SessionSchema, ...errors } },
      config: { rateLimit: { max: opts.loginRateLimitPerMin, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = await opts.users.completeSetup(request.body.token, request.body.email, request.body.password);
      return { token: sign(user), user };
    },
  );

  app.post(
    '/users/invites/accept',
    {
      schema: { tags: ['auth'], summary: 'Join with a one-time invite link: choose a password, get a session', body: AcceptInviteBodySchema, response: { 200: SessionSchema, ...errors } },
      config: { rateLimit: { max: opts.loginRateLimitPerMin, timeWindow: '1 minute' } },
    },
    async (request) => {
      const user = await opts.admin.acceptInvite(request.body.token, request.body.password);
      return { token: sign(user), user };
    },
  );

  await app.register(async (authed) => {
    requireUser(authed);
    await authed.register(usersAdminRoutes, { admin: opts.admin, tokens: opts.tokens });
    authed.get('/auth/me', { schema: { tags: ['auth'], summary: 'The signed-in user', security: [{ bearer: [] }], response: { 200: UserSchema, 401: ErrorBodySchema } } }, async (request) => {
      const user = await createUsersRepository(opts.db).findById(request.user.sub);
      if (!user) throw notFound('User');
      return user;
    });
  });
};
