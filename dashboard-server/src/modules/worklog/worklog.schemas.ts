import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

const Kind = Type.Union([Type.Literal('work'), Type.Literal('restore'), Type.Literal('repair')], { description: "restore / repair count against the plan's allowances" });
const WorkDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const Minutes = Type.Integer({ minimum: 1, maximum: 1440 });
const Description = Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S', description: 'What was done (not blank)' });

export const TimeEntrySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  client_id: Type.String({ format: 'uuid' }),
  site_id: Nullable(Type.String({ format: 'uuid' })),
  work_date: Type.String(),
  minutes: Type.Integer(),
  description: Type.String(),
  kind: Kind,
  created_by: Nullable(Type.String()),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});
export type TimeEntry = Static<typeof TimeEntrySchema>;

export const CreateTimeEntrySchema = Type.Object(
  { client_id: Type.String({ format: 'uuid' }), site_id: Type.Optional(Nullable(Type.String({ format: 'uuid' }))), work_date: WorkDate, minutes: Minutes, description: Description, kind: Type.Optional(Kind) },
  { additionalProperties: false },
);
export type CreateTimeEntry = Static<typeof CreateTimeEntrySchema>;

// The client of an entry is fixed; moving time to another client is delete + create.
export const UpdateTimeEntrySchema = Type.Object(
  { site_id: Type.Optional(Nullable(Type.String({ format: 'uuid' }))), work_date: Type.Optional(WorkDate), minutes: Type.Optional(Minutes), description: Type.Optional(Description), kind: Type.Optional(Kind) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTimeEntry = Static<typeof UpdateTimeEntrySchema>;

export const ListTimeEntriesQuerySchema = Type.Object(
  {
    ...PageQuery,
    client_id: Type.Optional(Type.String({ format: 'uuid' })),
    site_id: Type.Optional(Type.String({ format: 'uuid' })),
    month: Type.Optional(Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' })),
    kind: Type.Optional(Kind),
  },
  { additionalProperties: false },
);
export type ListTimeEntriesQuery = Static<typeof ListTimeEntriesQuerySchema>;

export const TimeEntryListSchema = Type.Object({ items: Type.Array(TimeEntrySchema), total: Type.Integer(), total_minutes: Type.Integer() });
