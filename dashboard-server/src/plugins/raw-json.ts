import type { FastifyInstance } from 'fastify';
import { AppError, ErrorCode } from '../lib/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The exact request body bytes: signatures are verified over these, never over re-serialised JSON. */
    rawBody?: Buffer;
  }
}

export function installRawJsonParser(app: FastifyInstance): void {
  // JSON is the only body the hub accepts: anything else is refused with 415 before any handler runs.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const buf = body as Buffer;
    request.rawBody = buf;
    if (buf.length === 0) return done(new AppError(ErrorCode.MALFORMED_JSON, 'Body is empty but Content-Type is application/json'), undefined);
    try {
      done(null, JSON.parse(buf.toString('utf8')));
    } catch {
      done(new AppError(ErrorCode.MALFORMED_JSON, 'Body is not valid JSON'), undefined);
    }
  });
}
