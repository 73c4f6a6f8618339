import { UPDATE_ITEM_TYPES, UPDATE_OUTCOMES, Version } from '@retainer/protocol';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../lib/schemas.js';

const Uuid = Type.String({ format: 'uuid' });
const DateTimeStr = Type.String({ format: 'date-time' });
const ItemType = Type.Union(UPDATE_ITEM_TYPES.map((t) => Type.Literal(t)));
const ItemId = Type.String({ minLength: 1, maxLength: 255 });

// --- fleet view --------------------------------------------------------------------------------------
export const FleetUpdatesQuerySchema = Type.Object(
  {
    client_id: Type.Optional(Uuid),
    site_id: Type.Optional(Uuid),
    type: Type.Optional(ItemType),
    security: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200, description: "Matches the item's name or id, or the site's label (then only that site's updates are listed)" })),
    item_id: Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Only this item (with `type`, one item): how the screen loads the sites of the item it opens' })),
    include_sites: Type.Optional(
      Type.Boolean({ default: true, description: "false: each item without its `sites` list (counts only): the list stays small on a large fleet; load an item's sites with item_id" }),
    ),
  },
  { additionalProperties: false },
);
export type FleetUpdatesQuery = Static<typeof FleetUpdatesQuerySchema>;
/** The filters of the fleet view, as a run started from it repeats them (see CreateRunSchema.items). */
export const FleetFilterSchema = Type.Object(
  {
    client_id: Type.Optional(Uuid),
    site_id: Type.Optional(Uuid),
    security: Type.Optional(Type.Boolean()),
    q: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type FleetFilter = Static<typeof FleetFilterSchema>;

export const FleetUpdateSiteSchema = Type.Object({
  site_id: Uuid,
  site_label: Type.String(),
  client_id: Uuid,
  client_name: Type.String(),
  from_version: Nullable(Type.String()),
  held: Type.Boolean(),
  hold_reason: Nullable(Type.String()),
});
export type FleetUpdateSite = Static<typeof FleetUpdateSiteSchema>;
export const FleetUpdateItemSchema = Type.Object({
  type: ItemType,
  id: Type.String(),
  name: Type.String(),
  from_versions: Type.Array(Type.String()),
  to_version: Type.String(),
  security: Type.Boolean(),
  site_count: Type.Integer(),
  held_count: Type.Integer(),
  /** Left out with include_sites=false. */
  sites: Type.Optional(Type.Array(FleetUpdateSiteSchema)),
});
export type FleetUpdateItem = Static<typeof FleetUpdateItemSchema>;
export const FleetUpdatesSchema = Type.Object({ items: Type.Array(FleetUpdateItemSchema), total_items: Type.Integer(), total_pending: Type.Integer() });
export type FleetUpdates = Static<typeof FleetUpdatesSchema>;

// --- holds -------------------------------------------------------------------------------------------
export const CreateHoldSchema = Type.Object(
  {
    site_id: Nullable(Uuid),
    type: ItemType,
    id: ItemId,
    below_version: Type.Optional(Version),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);
export type CreateHold = Static<typeof CreateHoldSchema>;
export const HoldSchema = Type.Object({
  id: Uuid,
  site_id: Nullable(Uuid),
  type: ItemType,
  item_id: Type.String(),
  below_version: Nullable(Type.String()),
  reason: Type.String(),
  created_by: Nullable(Uuid),
  created_at: DateTimeStr,
});
export type Hold = Static<typeof HoldSchema>;

// --- runs --------------------------------------------------------------------------------------------
export const MAX_ITEMS_PER_SITE = 100;
export const CreateRunSchema = Type.Object(
  {
    targets: Type.Optional(
      Type.Array(
        Type.Object(
          {
            site_id: Uuid,
            items: Type.Array(Type.Object({ type: ItemType, id: ItemId, to_version: Type.Optional(Version) }, { additionalProperties: false }), { minItems: 1, maxItems: MAX_ITEMS_PER_SITE }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 10_000, description: 'Items on named sites' },
      ),
    ),
    items: Type.Optional(
      Type.Array(
        Type.Object(
          {
            type: ItemType,
            id: ItemId,
            to_version: Version,
            except_site_ids: Type.Optional(Type.Array(Uuid, { maxItems: 10_000 })),
          },
          { additionalProperties: false },
        ),
        {
          minItems: 1,
          maxItems: 1_000,
          description: 'Whole items of the fleet view: every site that offers the item at to_version under `filter`, except held sites and except_site_ids',
        },
      ),
    ),
    filter: Type.Optional(FleetFilterSchema),
    concurrency: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);
export type CreateRun = Static<typeof CreateRunSchema>;

export const RUN_STATUSES = ['queued', 'running', 'done', 'cancelled'] as const;
// 'cancelled': the run was cancelled before this job was dispatched (its items were never sent).
export const JOB_STATUSES = ['queued', 'dispatched', 'running', 'done', 'failed', 'cancelled'] as const;
export const ITEM_STATUSES = ['queued', 'running', 'updated', 'failed', 'rolled_back', 'skipped_held', 'cancelled'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type JobStatus = (typeof JOB_STATUSES)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const RunCountsSchema = Type.Object({
  sites: Type.Integer(),
  items: Type.Integer(),
  queued: Type.Integer(),
  running: Type.Integer(),
  updated: Type.Integer(),
  failed: Type.Integer(),
  rolled_back: Type.Integer(),
  skipped_held: Type.Integer(),
  cancelled: Type.Integer(),
});
export const UpdateRunSchema = Type.Object({
  id: Uuid,
  status: Type.Union(RUN_STATUSES.map((s) => Type.Literal(s))),
  created_at: DateTimeStr,
  started_at: Nullable(DateTimeStr),
  finished_at: Nullable(DateTimeStr),
  created_by: Nullable(Uuid),
  concurrency: Type.Integer(),
  /** Set once a cancel was asked for; the run stays `running` until the jobs already out end. */
  cancel_requested_at: Nullable(DateTimeStr),
  counts: RunCountsSchema,
});
export type UpdateRun = Static<typeof UpdateRunSchema>;

export const RunItemSchema = Type.Object({
  type: ItemType,
  id: Type.String(),
  name: Type.String(),
  from_version: Nullable(Type.String()),
  to_version: Nullable(Type.String()),
  status: Type.Union(ITEM_STATUSES.map((s) => Type.Literal(s))),
  reason_code: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  finished_at: Nullable(DateTimeStr),
});
export type RunItem = Static<typeof RunItemSchema>;
export const RunSiteSchema = Type.Object({
  site_id: Uuid,
  site_label: Type.String(),
  status: Type.Union(JOB_STATUSES.map((s) => Type.Literal(s))),
  command_id: Nullable(Uuid),
  items: Type.Array(RunItemSchema),
});
export type RunSite = Static<typeof RunSiteSchema>;
export const RunDetailSchema = Type.Object({ run: UpdateRunSchema, sites: Type.Array(RunSiteSchema) });
export type RunDetail = Static<typeof RunDetailSchema>;

export const ListRunsQuerySchema = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'next_cursor from the previous page' })),
  },
  { additionalProperties: false },
);
export const RunListSchema = Type.Object({ runs: Type.Array(UpdateRunSchema), next_cursor: Nullable(Type.String()) });

// --- history -----------------------------------------------------------------------------------------
export const EventsQuerySchema = Type.Object(
  {
    site_id: Type.Optional(Uuid),
    client_id: Type.Optional(Uuid),
    month: Type.Optional(Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' })),
    outcome: Type.Optional(Type.Union(UPDATE_OUTCOMES.map((o) => Type.Literal(o)))),
    run_id: Type.Optional(Uuid),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);
export type EventsQuery = Static<typeof EventsQuerySchema>;
export const HistoryEventSchema = Type.Object({
  event_id: Uuid,
  site_id: Uuid,
  site_label: Type.String(),
  client_id: Uuid,
  command_id: Nullable(Uuid),
  run_id: Nullable(Uuid),
  item_type: ItemType,
  item_id: Type.String(),
  item_name: Type.String(),
  from_version: Nullable(Type.String()),
  to_version: Nullable(Type.String()),
  outcome: Type.Union(UPDATE_OUTCOMES.map((o) => Type.Literal(o))),
  reason_code: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  security: Type.Boolean(),
  probes: Type.Unknown(),
  started_at: DateTimeStr,
  finished_at: DateTimeStr,
  received_at: DateTimeStr,
});
export type HistoryEvent = Static<typeof HistoryEventSchema>;
export const EventListSchema = Type.Object({ events: Type.Array(HistoryEventSchema), next_cursor: Nullable(Type.String()) });
