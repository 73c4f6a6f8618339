import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, ErrorCode } from '../lib/errors.js';

export interface UserClaims {
  sub: string;
  email: string;
  role: 'owner' | 'technician';
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

export const authPlugin = fp<{ secret: string; ttl: string }>(async (app, opts) => {
  await app.register(fastifyJwt, { secret: opts.secret, sign: { expiresIn: opts.ttl } });
  app.decorate('authenticate', async (request: FastifyRequest) => {
    try {
      await request.jwtVerify();
    } catch {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: missing, invalid or expired bearer token');
    }
  });
});

/** Adds the JWT check to every route registered in this scope. */
export function requireUser(app: FastifyInstance): void {
  app.addHook('onRequest', app.authenticate);
}
