import { COMMAND_TYPES } from '@retainer/protocol';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../lib/schemas.js';

export const CommandStatusSchema = Type.Union(['pending', 'sent', 'done', 'failed', 'expired'].map((s) => Type.Literal(s)));

export const CommandViewSchema = Type.Object({
  command_id: Type.String({ format: 'uuid' }),
  type: Type.String(),
  status: CommandStatusSchema,
  created_at: Type.String({ format: 'date-time' }),
  expires_at: Type.String({ format: 'date-time' }),
  sent_at: Nullable(Type.String({ format: 'date-time' })),
  delivery_attempts: Type.Integer(),
  last_delivery_error: Nullable(Type.String()),
  finished_at: Nullable(Type.String({ format: 'date-time' })),
  result: Nullable(Type.Record(Type.String(), Type.Unknown())),
});
export type CommandView = Static<typeof CommandViewSchema>;

export const CreateCommandSchema = Type.Object(
  { type: Type.Union(COMMAND_TYPES.map((t) => Type.Literal(t))), args: Type.Optional(Type.Record(Type.String(), Type.Unknown())) },
  { additionalProperties: false },
);
export type CreateCommand = Static<typeof CreateCommandSchema>;
