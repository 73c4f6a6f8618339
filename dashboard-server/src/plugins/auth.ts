import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ErrorCode } from '../lib/errors.js';
import { isOwnerOnly } from '../modules/users/access-policy.js';

export interface UserClaims {
  sub: string;
  email: string;
  role: 'owner' | 'technician';
  /** Set when the request came with a personal API token rather than a sign-in session. */
  via?: 'api-token';
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: UserClaims;
    user: UserClaims;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticate(request: FastifyRequest): Promise<void>;
  }
}

const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: missing, invalid or expired bearer token');
const API_TOKEN_BEARER = 'Bearer rtk_';

export const authPlugin = fp<{
  secret: string;
  ttl: string;
  resolveApiToken?: (secret: string) => Promise<UserClaims | undefined>;
  /**
   * The user's current role (null: removed). A session of a removed user is refused, and a session's
   * rights follow the user's role now, not the one signed into the token (answers may be cached briefly).
   */
  currentRole?: (userId: string) => Promise<UserClaims['role'] | null>;
}>(async (app, opts) => {
  await app.register(fastifyJwt, { secret: opts.secret, sign: { expiresIn: opts.ttl } });
  app.decorate('authenticate', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    // Personal API tokens are told apart by their prefix, so the JWT path never pays for a lookup.
    if (opts.resolveApiToken && header?.startsWith(API_TOKEN_BEARER)) {
      const user = await opts.resolveApiToken(header.slice('Bearer '.length));
      if (!user) throw unauthenticated();
      request.user = { ...user, via: 'api-token' };
      return;
    }
    try {
      await request.jwtVerify();
    } catch {
      throw unauthenticated();
    }
    if (opts.currentRole) {
      const role = await opts.currentRole(request.user.sub);
      if (!role) throw unauthenticated();
      request.user.role = role;
    }
  });
});

/** Refuses a technician on the owner-only routes (see modules/users/access-policy.ts). */
async function authorizeRole(request: FastifyRequest): Promise<void> {
  if (request.user.role !== 'owner' && isOwnerOnly(request.method, request.routeOptions.url)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Only an owner can do this');
  }
}

/** Adds the bearer check (JWT or personal API token) and the role check to every route registered in this scope. */
export function requireUser(app: FastifyInstance): void {
  app.addHook('onRequest', app.authenticate);
  app.addHook('onRequest', authorizeRole);
}
