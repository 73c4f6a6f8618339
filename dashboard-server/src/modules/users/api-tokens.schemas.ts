import { Type, type Static } from '@sinclair/typebox';

export const API_TOKEN_PREFIX = 'rtk_';
/** `rtk_` + 32 random bytes in base64url (43 characters, no padding). */
export const API_TOKEN_PATTERN = /^rtk_[A-Za-z0-9_-]{43}$/;

export const CreateApiTokenBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
  },
  { additionalProperties: false },
);
export type CreateApiTokenBody = Static<typeof CreateApiTokenBodySchema>;

export const ApiTokenSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  created_at: Type.String({ format: 'date-time' }),
  last_used_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  expires_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  expired: Type.Boolean(),
});
export type ApiToken = Static<typeof ApiTokenSchema>;

export const CreatedApiTokenSchema = Type.Object({
  token: ApiTokenSchema,
  /** Shown once; the hub keeps only its sha256. */
  secret: Type.String(),
});
export type CreatedApiToken = Static<typeof CreatedApiTokenSchema>;

export const ApiTokenListSchema = Type.Object({ items: Type.Array(ApiTokenSchema) });
