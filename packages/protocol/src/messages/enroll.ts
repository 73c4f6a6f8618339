import { Type, type Static } from '@sinclair/typebox';
import { PublicKeyB64, Uuid, Version } from './common.js';

/** POST /agent/v1/enroll — the only unsigned agent request; the one-time code is the credential. */
export const EnrollRequestSchema = Type.Object(
  {
    enrollment_code: Type.String({ minLength: 4, maxLength: 64 }),
    site_url: Type.String({ format: 'uri', maxLength: 2048, pattern: '^https?://' }),
    public_key: PublicKeyB64,
    agent_version: Version,
    wp_version: Version,
    php_version: Version,
  },
  { title: 'Enrollment request', additionalProperties: false },
);
export type EnrollRequest = Static<typeof EnrollRequestSchema>;

export const EnrollResponseSchema = Type.Object(
  {
    site_id: Uuid,
    hub_public_key: PublicKeyB64,
    report_interval_s: Type.Integer({ minimum: 60, maximum: 86400 }),
  },
  { title: 'Enrollment response', additionalProperties: false },
);
export type EnrollResponse = Static<typeof EnrollResponseSchema>;
