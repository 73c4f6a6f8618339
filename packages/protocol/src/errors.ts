import { Type, type Static } from '@sinclair/typebox';

/**
 * Stable error codes shared by the hub, the agent and the dashboard. Clients branch on the code,
 * never on the message; a code is never renamed once released.
 */
export const ErrorCode = {
  // request shape
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_JSON: 'MALFORMED_JSON',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  // users
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  FORBIDDEN: 'FORBIDDEN',
  SETUP_TOKEN_INVALID: 'SETUP_TOKEN_INVALID',
  // enrollment
  ENROLLMENT_CODE_INVALID: 'ENROLLMENT_CODE_INVALID',
  ENROLLMENT_CODE_EXPIRED: 'ENROLLMENT_CODE_EXPIRED',
  ENROLLMENT_CODE_USED: 'ENROLLMENT_CODE_USED',
  // signed requests
  SIGNATURE_MISSING: 'SIGNATURE_MISSING',
  SIGNATURE_INVALID: 'SIGNATURE_INVALID',
  TIMESTAMP_OUT_OF_WINDOW: 'TIMESTAMP_OUT_OF_WINDOW',
  NONCE_REPLAYED: 'NONCE_REPLAYED',
  SITE_UNKNOWN: 'SITE_UNKNOWN',
  SITE_REVOKED: 'SITE_REVOKED',
  SITE_MISMATCH: 'SITE_MISMATCH',
  // commands
  COMMAND_UNKNOWN: 'COMMAND_UNKNOWN',
  COMMAND_EXPIRED: 'COMMAND_EXPIRED',
  // agent side
  NOT_CONNECTED: 'NOT_CONNECTED',
  HUB_UNREACHABLE: 'HUB_UNREACHABLE',
  INSECURE_HUB_URL: 'INSECURE_HUB_URL',
  // server
  INTERNAL_ERROR: 'INTERNAL_ERROR',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The HTTP status each code maps to; one table so both sides agree. */
export const ERROR_HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  SETUP_TOKEN_INVALID: 400,
  ENROLLMENT_CODE_INVALID: 400,
  ENROLLMENT_CODE_EXPIRED: 400,
  ENROLLMENT_CODE_USED: 409,
  SIGNATURE_MISSING: 401,
  SIGNATURE_INVALID: 401,
  TIMESTAMP_OUT_OF_WINDOW: 401,
  NONCE_REPLAYED: 401,
  SITE_UNKNOWN: 401,
  SITE_REVOKED: 401,
  SITE_MISMATCH: 401,
  COMMAND_UNKNOWN: 400,
  COMMAND_EXPIRED: 410,
  NOT_CONNECTED: 409,
  HUB_UNREACHABLE: 502,
  INSECURE_HUB_URL: 400,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};

export const ErrorBodySchema = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(Object.values(ErrorCode).map((c) => Type.Literal(c))),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorBody', title: 'Error body', additionalProperties: false },
);
export type ErrorBody = Static<typeof ErrorBodySchema>;
