import { ErrorCode, type ErrorBody } from '@retainer/protocol';
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../lib/errors.js';

const FASTIFY_CODES: Record<string, { code: ErrorCode; status: number; message?: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: ErrorCode.PAYLOAD_TOO_LARGE, status: 413, message: 'Request body is too large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE, status: 415, message: 'Content-Type must be application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: ErrorCode.VALIDATION_FAILED, status: 400, message: 'Content-Length does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: ErrorCode.MALFORMED_JSON, status: 400, message: 'Body is empty but Content-Type is application/json' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: ErrorCode.MALFORMED_JSON, status: 400, message: 'Body is not valid JSON' },
};

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** Maps every error to `{ error: { code, message, details? } }`; a 5xx never leaks internals. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError & { code?: string }, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.statusCode).send(errorBody(err.code, err.message, err.details));
    }
    if (err.validation) {
      const details = err.validation.map((v) => ({ path: v.instancePath || '/', message: v.message, params: v.params }));
      return reply.status(400).send(errorBody(ErrorCode.VALIDATION_FAILED, `Invalid ${err.validationContext ?? 'request'}: ${err.message}`, details));
    }
    const known = err.code ? FASTIFY_CODES[err.code] : undefined;
    if (known) return reply.status(known.status).send(errorBody(known.code, known.message ?? err.message));
    if (err.statusCode === 429) return reply.status(429).send(errorBody(ErrorCode.RATE_LIMITED, 'Too many requests; slow down'));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.status(err.statusCode).send(errorBody(ErrorCode.VALIDATION_FAILED, err.message));
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody(ErrorCode.INTERNAL_ERROR, 'Internal error; the hub logged the details'));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(errorBody(ErrorCode.NOT_FOUND, `No route ${request.method} ${request.url.split('?')[0]}`)));
}
