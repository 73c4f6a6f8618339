import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

export const CheckStatusSchema = Type.Union([Type.Literal('up'), Type.Literal('down'), Type.Literal('degraded')]);
export const MonitorStatusSchema = Type.Union([Type.Literal('unknown'), Type.Literal('up'), Type.Literal('down'), Type.Literal('degraded')]);
export const ErrorClassSchema = Type.Union(['dns', 'connect', 'tls', 'timeout', 'status', 'keyword', 'redirect', 'other'].map((c) => Type.Literal(c)));
export const IncidentKindSchema = Type.Union([Type.Literal('down'), Type.Literal('agent_silent'), Type.Literal('tls_expiring')]);
const DateTime = Type.String({ format: 'date-time' });
const StatusSpec = Type.String({ pattern: '^[1-5][0-9]{2}(-[1-5][0-9]{2})?$', description: 'A status code ("200") or an inclusive range ("200-399")' });

/** Settings a freelancer can change. PUT replaces them: an omitted field goes back to its default. */
export const MonitorSettingsSchema = Type.Object(
  {
    url: Type.Optional(Nullable(Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048, description: "null = the site's URL" }))),
    interval_s: Type.Optional(Type.Integer({ minimum: 30, maximum: 86400, default: 60 })),
    timeout_ms: Type.Optional(Type.Integer({ minimum: 100, maximum: 60000, default: 10000 })),
    accepted_status_codes: Type.Optional(Type.Array(StatusSpec, { minItems: 1, maxItems: 20, default: ['200-399'] })),
    keyword: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    keyword_mode: Type.Optional(Type.Union([Type.Literal('contains'), Type.Literal('not_contains')], { default: 'contains' })),
    follow_redirects: Type.Optional(Type.Boolean({ default: true })),
    max_redirects: Type.Optional(Type.Integer({ minimum: 0, maximum: 10, default: 5 })),
    check_tls: Type.Optional(Type.Boolean({ default: true, description: 'Verify the certificate and warn 14 days before it expires' })),
    slow_ms: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 60000, description: 'Answers slower than this are "degraded"' }))),
    confirm_failures: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 2, description: 'Consecutive failed checks before the site is declared down' })),
    paused: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type MonitorSettings = Static<typeof MonitorSettingsSchema>;

export const MonitorViewSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  url: Nullable(Type.String()),
  effective_url: Type.String(),
  interval_s: Type.Integer(),
  timeout_ms: Type.Integer(),
  accepted_status_codes: Type.Array(Type.String()),
  keyword: Nullable(Type.String()),
  keyword_mode: Type.Union([Type.Literal('contains'), Type.Literal('not_contains')]),
  follow_redirects: Type.Boolean(),
  max_redirects: Type.Integer(),
  check_tls: Type.Boolean(),
  slow_ms: Nullable(Type.Integer()),
  confirm_failures: Type.Integer(),
  paused: Type.Boolean(),
  status: MonitorStatusSchema,
  consecutive_failures: Type.Integer(),
  last_check_at: Nullable(DateTime),
  next_check_at: Nullable(DateTime),
  tls_expires_at: Nullable(DateTime),
});
export type MonitorView = Static<typeof MonitorViewSchema>;

export const CheckViewSchema = Type.Object({
  checked_at: DateTime,
  scheduled_for: DateTime,
  status: CheckStatusSchema,
  http_status: Nullable(Type.Integer()),
  response_ms: Nullable(Type.Integer()),
  tls_expires_at: Nullable(DateTime),
  error_class: Nullable(ErrorClassSchema),
  error: Nullable(Type.String()),
  suppressed: Type.Boolean(),
});
export type CheckView = Static<typeof CheckViewSchema>;

export const RangeQuerySchema = Type.Object(
  { ...PageQuery, from: Type.Optional(DateTime), to: Type.Optional(DateTime) },
  { additionalProperties: false },
);
export type RangeQuery = Static<typeof RangeQuerySchema>;
export const CheckListSchema = Type.Object({ items: Type.Array(CheckViewSchema), limit: Type.Integer(), offset: Type.Integer() });

const Day = Type.String({ format: 'date' });
export const RollupQuerySchema = Type.Object({ from: Type.Optional(Day), to: Type.Optional(Day) }, { additionalProperties: false });
export type RollupQuery = Static<typeof RollupQuerySchema>;
export const RollupViewSchema = Type.Object({
  day: Day,
  checks: Type.Integer(),
  up_checks: Type.Integer(),
  uptime_pct: Nullable(Type.Number()),
  p50_ms: Nullable(Type.Integer()),
  p95_ms: Nullable(Type.Integer()),
  incident_minutes: Type.Number(),
});
export type RollupView = Static<typeof RollupViewSchema>;

export const IncidentViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  site_id: Type.String({ format: 'uuid' }),
  kind: IncidentKindSchema,
  cause: Type.String(),
  detail: Nullable(Type.String()),
  started_at: DateTime,
  opened_at: DateTime,
  resolved_at: Nullable(DateTime),
  duration_s: Nullable(Type.Number({ description: 'Until resolution; null while open' })),
});
export type IncidentView = Static<typeof IncidentViewSchema>;
export const IncidentListSchema = Type.Object({ items: Type.Array(IncidentViewSchema), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });
export const IncidentQuerySchema = Type.Object({ ...PageQuery, open: Type.Optional(Type.Boolean()), kind: Type.Optional(IncidentKindSchema) }, { additionalProperties: false });
export type IncidentQuery = Static<typeof IncidentQuerySchema>;

export const UptimeQuerySchema = Type.Object({ from: DateTime, to: DateTime }, { additionalProperties: false });
export const UptimeViewSchema = Type.Object({ from: DateTime, to: DateTime, checks: Type.Integer(), up_checks: Type.Integer(), uptime_pct: Nullable(Type.Number()) });

export const CreateMaintenanceWindowSchema = Type.Object(
  { starts_at: DateTime, ends_at: DateTime, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export type CreateMaintenanceWindow = Static<typeof CreateMaintenanceWindowSchema>;
export const MaintenanceWindowSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  site_id: Type.String({ format: 'uuid' }),
  starts_at: DateTime,
  ends_at: DateTime,
  reason: Type.String(),
  created_at: DateTime,
});
export type MaintenanceWindowView = Static<typeof MaintenanceWindowSchema>;

export const FleetQuerySchema = Type.Object({ ...PageQuery, status: Type.Optional(MonitorStatusSchema) }, { additionalProperties: false });
export type FleetQuery = Static<typeof FleetQuerySchema>;
export const FleetItemSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  label: Type.String(),
  url: Type.String(),
  status: MonitorStatusSchema,
  paused: Type.Boolean(),
  in_maintenance: Type.Boolean(),
  last_check_at: Nullable(DateTime),
  response_ms: Nullable(Type.Integer()),
  uptime_24h: Nullable(Type.Number()),
  uptime_30d: Nullable(Type.Number()),
  open_incident: Nullable(IncidentViewSchema),
  last_incident: Nullable(IncidentViewSchema),
});
export const FleetListSchema = Type.Object({
  items: Type.Array(FleetItemSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
  counts: Type.Object({ up: Type.Integer(), down: Type.Integer(), degraded: Type.Integer(), unknown: Type.Integer(), paused: Type.Integer() }),
});
export type FleetList = Static<typeof FleetListSchema>;
