import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../lib/schemas.js';

export const LocaleSchema = Type.String({ pattern: '^[a-z]{2}(_[A-Z]{2})?$', description: 'Report language, e.g. en, fr, it, fr_CA', default: 'en' });

export const ClientSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  contact_email: Type.String(),
  locale: Type.String(),
  site_count: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
});
export type Client = Static<typeof ClientSchema>;

export const CreateClientSchema = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), contact_email: Type.String({ format: 'email', maxLength: 320 }), locale: Type.Optional(LocaleSchema) },
  { additionalProperties: false },
);
export type CreateClient = Static<typeof CreateClientSchema>;

export const UpdateClientSchema = Type.Partial(CreateClientSchema, { additionalProperties: false, minProperties: 1 });
export type UpdateClient = Static<typeof UpdateClientSchema>;

export const ListClientsQuerySchema = Type.Object({ ...PageQuery, q: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
export type ListClientsQuery = Static<typeof ListClientsQuerySchema>;

export const ClientListSchema = Type.Object({ items: Type.Array(ClientSchema), total: Type.Integer() });
