import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Uuid } from './common.js';

export const CommandResultSchema = Type.Object(
  {
    command_id: Uuid,
    status: Type.Union([Type.Literal('ok'), Type.Literal('failed'), Type.Literal('rejected')]),
    started_at: DateTime,
    finished_at: DateTime,
    output: Type.Record(Type.String(), Type.Unknown()),
    error: Type.Optional(
      Type.Object({ code: Type.String({ maxLength: 64 }), message: Type.String({ maxLength: 2000 }) }, { additionalProperties: false }),
    ),
  },
  { title: 'Command result', additionalProperties: false },
);
export type CommandResult = Static<typeof CommandResultSchema>;
