import { Type, type Static } from '@sinclair/typebox';
import { DateTime, NullableVersion, Uuid, Version } from './common.js';

/*
 * Safe updates. The hub sends an `apply_updates` command (args below); the agent applies one item at a
 * time under a site-wide lock, probes the site's health before and after each item, rolls back when the
 * site is broken afterwards, and reports every item's outcome as an UpdateEvent: immediately through its
 * outbox (POST /agent/v1/update-events) and again in the command result's `output.events`. The hub stores
 * each event_id once, whichever path brings it first.
 */

export const UPDATE_ITEM_TYPES = ['core', 'plugin', 'theme', 'translation'] as const;
export type UpdateItemType = (typeof UPDATE_ITEM_TYPES)[number];
export const UpdateItemTypeSchema = Type.Union(UPDATE_ITEM_TYPES.map((t) => Type.Literal(t)));

/**
 * What to update. `id` is how WordPress names the item:
 * - plugin: the plugin basename (`akismet/akismet.php`)
 * - theme: the stylesheet (`twentytwentyfive`)
 * - core: `wordpress`
 * - translation: `<core|plugin|theme>:<slug>:<language>` (e.g. `plugin:akismet:fr_FR`)
 * `to_version` pins the version the freelancer selected: the agent refuses (VERSION_MISMATCH) when
 * WordPress offers a different one, rather than installing something nobody reviewed.
 */
export const UpdateItemSchema = Type.Object(
  {
    type: UpdateItemTypeSchema,
    id: Type.String({ minLength: 1, maxLength: 255 }),
    to_version: Type.Optional(Version),
  },
  { additionalProperties: false },
);
export type UpdateItem = Static<typeof UpdateItemSchema>;

export const ApplyUpdatesArgsSchema = Type.Object(
  {
    run_id: Type.Optional(Uuid),
    items: Type.Array(UpdateItemSchema, { minItems: 1, maxItems: 100 }),
  },
  { title: 'apply_updates arguments', additionalProperties: false },
);
export type ApplyUpdatesArgs = Static<typeof ApplyUpdatesArgsSchema>;

/** One loopback health probe (home page or wp-admin/ as a logged-out visitor). */
export const HealthProbeSchema = Type.Object(
  {
    url: Type.String({ maxLength: 2048 }),
    status: Type.Union([Type.Integer({ minimum: 100, maximum: 599 }), Type.Null()], { description: 'HTTP status, null when the request failed' }),
    ms: Type.Integer({ minimum: 0 }),
    fatal_marker: Type.Boolean({ description: 'The body carried a PHP fatal error / critical error marker' }),
    error: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type HealthProbe = Static<typeof HealthProbeSchema>;

export const UPDATE_OUTCOMES = ['updated', 'failed', 'rolled_back', 'skipped'] as const;
export type UpdateOutcome = (typeof UPDATE_OUTCOMES)[number];

/**
 * Stable reason codes for outcomes other than `updated`:
 * UNKNOWN_ITEM (not installed), NO_UPDATE (WordPress offers no update), VERSION_MISMATCH (offered ≠ to_version),
 * REQUIREMENTS_NOT_MET (new version needs a newer PHP/WP), FS_NOT_DIRECT (file-system method is not direct),
 * UPGRADER_FAILED (WordPress's upgrader returned an error), SITE_BROKEN (probe after the update failed; rolled back),
 * ROLLBACK_FAILED (broken and the restore failed too), SITE_UNHEALTHY_BEFORE (probe before failed; nothing touched),
 * HELD (the hub's hold list; never sent to agents, recorded by the hub).
 */
export const UPDATE_REASON_CODES = [
  'UNKNOWN_ITEM',
  'NO_UPDATE',
  'VERSION_MISMATCH',
  'REQUIREMENTS_NOT_MET',
  'FS_NOT_DIRECT',
  'UPGRADER_FAILED',
  'SITE_BROKEN',
  'ROLLBACK_FAILED',
  'SITE_UNHEALTHY_BEFORE',
  'HELD',
] as const;
export type UpdateReasonCode = (typeof UPDATE_REASON_CODES)[number];

export const UpdateEventSchema = Type.Object(
  {
    event_id: Uuid,
    command_id: Uuid,
    run_id: Type.Union([Uuid, Type.Null()]),
    item: Type.Object(
      { type: UpdateItemTypeSchema, id: Type.String({ minLength: 1, maxLength: 255 }), name: Type.String({ maxLength: 255 }) },
      { additionalProperties: false },
    ),
    from_version: NullableVersion,
    to_version: NullableVersion,
    outcome: Type.Union(UPDATE_OUTCOMES.map((o) => Type.Literal(o))),
    reason_code: Type.Union([Type.Union(UPDATE_REASON_CODES.map((c) => Type.Literal(c))), Type.Null()]),
    reason: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()], { description: 'Human-readable explanation, with the evidence for a rollback' }),
    started_at: DateTime,
    finished_at: DateTime,
    probes: Type.Object(
      {
        before: Type.Array(HealthProbeSchema, { maxItems: 4 }),
        after: Type.Array(HealthProbeSchema, { maxItems: 4 }),
        after_rollback: Type.Array(HealthProbeSchema, { maxItems: 4 }),
      },
      { additionalProperties: false },
    ),
  },
  { title: 'Update event', additionalProperties: false },
);
export type UpdateEvent = Static<typeof UpdateEventSchema>;

/** `output` of an apply_updates command result. */
export const ApplyUpdatesOutputSchema = Type.Object(
  { events: Type.Array(UpdateEventSchema, { maxItems: 100 }) },
  { title: 'apply_updates output', additionalProperties: false },
);
export type ApplyUpdatesOutput = Static<typeof ApplyUpdatesOutputSchema>;

/** POST /agent/v1/update-events body (signed like a report). */
export const UpdateEventsBatchSchema = Type.Object(
  { events: Type.Array(UpdateEventSchema, { minItems: 1, maxItems: 100 }) },
  { title: 'Update events batch', additionalProperties: false },
);
export type UpdateEventsBatch = Static<typeof UpdateEventsBatchSchema>;

export const UpdateEventsAckSchema = Type.Object(
  { stored: Type.Integer({ minimum: 0 }), duplicates: Type.Integer({ minimum: 0 }) },
  { title: 'Update events acknowledgement', additionalProperties: false },
);
export type UpdateEventsAck = Static<typeof UpdateEventsAckSchema>;
