import { Type, type Static } from '@sinclair/typebox';
import { Uuid } from './common.js';
import { CommandSchema } from './command.js';

/** The hub's answer to a report. `duplicate` means the report_id was stored before: the agent drops it from its outbox. */
export const ReportAckSchema = Type.Object(
  {
    report_id: Uuid,
    status: Type.Union([Type.Literal('stored'), Type.Literal('duplicate')]),
    commands: Type.Array(CommandSchema, { description: 'Commands waiting for this site' }),
  },
  { title: 'Report acknowledgement', additionalProperties: false },
);
export type ReportAck = Static<typeof ReportAckSchema>;

export const CommandResultAckSchema = Type.Object(
  { command_id: Uuid, status: Type.Union([Type.Literal('recorded'), Type.Literal('duplicate')]) },
  { title: 'Command result acknowledgement', additionalProperties: false },
);
export type CommandResultAck = Static<typeof CommandResultAckSchema>;
