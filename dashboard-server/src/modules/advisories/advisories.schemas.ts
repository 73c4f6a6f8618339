import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../lib/schemas.js';

export const ADVISORY_ITEM_TYPES = ['core', 'plugin', 'theme'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

// Versions as WordPress items write them: numbers first ("5.3.2", "6.8", "2.0.0-beta1").
const Version = Type.String({ minLength: 1, maxLength: 50, pattern: '^[0-9]+(\\.[0-9]+){0,4}([-+~._]?[0-9A-Za-z]+)*$' });
// wordpress.org slugs: lower case, digits, dashes (and the odd dot or underscore in older plugins).
const Slug = Type.String({ minLength: 1, maxLength: 200, pattern: '^[a-z0-9][a-z0-9._-]*$' });

export const AdvisorySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  type: Type.Union(ADVISORY_ITEM_TYPES.map((t) => Type.Literal(t))),
  slug: Type.String(),
  fixed_in: Type.String(),
  affected_from: Nullable(Type.String()),
  severity: Type.Union(SEVERITIES.map((s) => Type.Literal(s))),
  title: Type.String(),
  reference_url: Nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
  /** Connected sites whose latest inventory still has an affected version installed. */
  affected_sites: Type.Integer({ minimum: 0 }),
});
export type Advisory = Static<typeof AdvisorySchema>;

export const CreateAdvisorySchema = Type.Object(
  {
    type: Type.Union(ADVISORY_ITEM_TYPES.map((t) => Type.Literal(t))),
    slug: Slug,
    fixed_in: Version,
    affected_from: Type.Optional(Nullable(Version)),
    severity: Type.Union(SEVERITIES.map((s) => Type.Literal(s))),
    title: Type.String({ minLength: 3, maxLength: 300 }),
    reference_url: Type.Optional(Nullable(Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://' }))),
  },
  { additionalProperties: false },
);
export type CreateAdvisory = Static<typeof CreateAdvisorySchema>;

export const ListAdvisoriesQuerySchema = Type.Object(
  { type: Type.Optional(Type.Union(ADVISORY_ITEM_TYPES.map((t) => Type.Literal(t)))), slug: Type.Optional(Slug) },
  { additionalProperties: false },
);
export type ListAdvisoriesQuery = Static<typeof ListAdvisoriesQuerySchema>;

export const AdvisoryListSchema = Type.Object({ items: Type.Array(AdvisorySchema) });
