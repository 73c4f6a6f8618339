import { Type, type Static } from '@sinclair/typebox';
import { DateTime, Uuid } from './common.js';

/** Command types the agent understands. New types are additive; an agent answers COMMAND_UNKNOWN to others. */
export const COMMAND_TYPES = ['sync', 'apply_updates'] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/**
 * A hub -> agent command. Delivered either by a signed POST to the agent's commands endpoint or inside
 * the answer to a report (for sites the hub cannot reach). Both paths may deliver the same command:
 * the agent executes a command_id at most once.
 */
export const CommandSchema = Type.Object(
  {
    command_id: Uuid,
    site_id: Uuid,
    type: Type.String({ minLength: 1, maxLength: 64, description: `One of: ${COMMAND_TYPES.join(', ')}` }),
    args: Type.Record(Type.String(), Type.Unknown()),
    issued_at: DateTime,
    expires_at: DateTime,
  },
  { title: 'Command', additionalProperties: false },
);
export type Command = Static<typeof CommandSchema>;
