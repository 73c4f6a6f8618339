import { BackupDestinationSchema } from '@retainer/protocol';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

const DateTime = Type.String({ format: 'date-time' });
export const VerdictSchema = Type.Union([Type.Literal('ok'), Type.Literal('warning'), Type.Literal('failing'), Type.Literal('unknown')]);
const EvidenceSchema = Type.Union([Type.Literal('listed-at-destination'), Type.Literal('uploaded-per-log'), Type.Literal('destination-configured'), Type.Literal('none')]);
const MinEvidenceSchema = Type.Union([Type.Literal('listed-at-destination'), Type.Literal('uploaded-per-log'), Type.Literal('destination-configured')]);

export const ReasonSchema = Type.Object({
  code: Type.String({ description: 'Stable machine code, e.g. offsite-too-old, local-only, retention-too-short' }),
  severity: Type.Union([Type.Literal('warning'), Type.Literal('failing'), Type.Literal('unknown')]),
  message: Type.String({ description: 'Human-readable, e.g. "newest offsite backup is 31 days old"' }),
});

export const BackupRecordViewSchema = Type.Object({
  origin: Type.Union([Type.Literal('agent'), Type.Literal('hub')], { description: 'agent: read from the site’s backup plugin; hub: recorded by the freelancer' }),
  source: Type.String(),
  id: Type.String(),
  started_at: Nullable(DateTime),
  finished_at: Nullable(DateTime),
  ok: Type.Boolean(),
  size_bytes: Nullable(Type.Integer()),
  parts: Type.Array(Type.String()),
  destinations: Type.Array(BackupDestinationSchema),
  offsite: Type.Boolean(),
  evidence: EvidenceSchema,
  notes: Nullable(Type.String()),
  current: Type.Boolean({ description: 'Listed by the latest report (or recorded by hand): still kept' }),
  first_seen_at: DateTime,
});
export type BackupRecordView = Static<typeof BackupRecordViewSchema>;

export const VerdictViewSchema = Type.Object({
  verdict: VerdictSchema,
  reasons: Type.Array(ReasonSchema),
  newest_offsite_at: Nullable(DateTime),
  newest_offsite_age_h: Nullable(Type.Number()),
  evidence: Nullable(EvidenceSchema),
  evaluated_at: Nullable(DateTime),
  changed_at: Nullable(DateTime),
});

export const VerdictEventSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  from: Nullable(VerdictSchema),
  to: VerdictSchema,
  reasons: Type.Array(ReasonSchema),
  at: DateTime,
});
export type VerdictEvent = Static<typeof VerdictEventSchema>;

export const SourceStatusViewSchema = Type.Object({ source: Type.String(), detected: Type.Boolean(), status: Type.Union([Type.Literal('ok'), Type.Literal('unknown')]), reason: Nullable(Type.String()) });

export const VerificationSchema = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('mismatch'), Type.Literal('error')]),
  reason: Nullable(Type.String()),
  checked_at: DateTime,
  newest_object_at: Nullable(DateTime),
  newest_object_key: Nullable(Type.String()),
  objects: Type.Integer(),
});
export type Verification = Static<typeof VerificationSchema>;

export const SiteBackupsSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  verdict: VerdictViewSchema,
  sources: Nullable(Type.Array(SourceStatusViewSchema)),
  last_backups_report_at: Nullable(DateTime),
  records: Type.Array(BackupRecordViewSchema),
  events: Type.Array(VerdictEventSchema),
  offsite_verification: Nullable(
    Type.Object({ endpoint: Nullable(Type.String()), bucket: Type.String(), prefix: Type.String(), last_verified_at: Nullable(DateTime), result: Nullable(VerificationSchema) }, { description: 'The hub’s own check of the S3-compatible destination (no credentials)' }),
  ),
});
export type SiteBackups = Static<typeof SiteBackupsSchema>;

export const SiteBackupsQuerySchema = Type.Object(
  {
    records_limit: Type.Integer({ minimum: 1, maximum: 1000, default: 200 }),
    events_limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
  },
  { additionalProperties: false },
);

export const FleetQuerySchema = Type.Object({ ...PageQuery, verdict: Type.Optional(VerdictSchema) }, { additionalProperties: false });
export type FleetQuery = Static<typeof FleetQuerySchema>;

export const FleetItemSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  label: Type.String(),
  url: Type.String(),
  client_id: Type.String({ format: 'uuid' }),
  verdict: VerdictSchema,
  reasons: Type.Array(ReasonSchema),
  newest_offsite_at: Nullable(DateTime),
  newest_offsite_age_h: Nullable(Type.Number()),
  evidence: Nullable(EvidenceSchema),
  evaluated_at: Nullable(DateTime),
});
export const FleetSchema = Type.Object({ items: Type.Array(FleetItemSchema), total: Type.Integer() });
export type Fleet = Static<typeof FleetSchema>;

const PolicyFields = {
  max_offsite_age_h: Type.Integer({ minimum: 1, maximum: 87600, description: 'Newest offsite backup must be younger (hours)' }),
  min_retention_days: Type.Integer({ minimum: 0, maximum: 60, description: 'Oldest offsite backup still kept must be at least this old (days); 0 = no rule. At most 60: agents report 60 days of history' }),
  min_evidence: MinEvidenceSchema,
};
export const PolicyValuesSchema = Type.Object(PolicyFields);
export type PolicyValues = Static<typeof PolicyValuesSchema>;
/** null on a field = inherit it again. */
export const PutPolicySchema = Type.Object(
  {
    max_offsite_age_h: Type.Optional(Nullable(PolicyFields.max_offsite_age_h)),
    min_retention_days: Type.Optional(Nullable(PolicyFields.min_retention_days)),
    min_evidence: Type.Optional(Nullable(PolicyFields.min_evidence)),
  },
  { additionalProperties: false },
);
export type PutPolicy = Static<typeof PutPolicySchema>;
const PolicyOrigin = Type.Union([Type.Literal('site'), Type.Literal('plan'), Type.Literal('global')]);
export const PolicyViewSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  effective: PolicyValuesSchema,
  origin: Type.Object({ max_offsite_age_h: PolicyOrigin, min_retention_days: PolicyOrigin, min_evidence: PolicyOrigin }),
  overrides: Type.Object({ max_offsite_age_h: Nullable(Type.Integer()), min_retention_days: Nullable(Type.Integer()), min_evidence: Nullable(MinEvidenceSchema) }),
  defaults: PolicyValuesSchema,
  verdict: VerdictViewSchema,
});
export type PolicyView = Static<typeof PolicyViewSchema>;

export const CreateManualBackupSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('host-snapshot'), Type.Literal('manual')], { description: 'host-snapshot: the hosting company’s snapshot; manual: any backup made outside the site’s plugin' }),
    id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9._:-]+$' })),
    started_at: Type.Optional(DateTime),
    finished_at: DateTime,
    ok: Type.Optional(Type.Boolean({ default: true })),
    size_bytes: Type.Optional(Type.Integer({ minimum: 0 })),
    parts: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 32 }), { maxItems: 20 })),
    destinations: Type.Optional(Type.Array(BackupDestinationSchema, { maxItems: 20 })),
    offsite: Type.Boolean(),
    evidence: Type.Optional(EvidenceSchema),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CreateManualBackup = Static<typeof CreateManualBackupSchema>;

export const PutStorageSchema = Type.Object(
  {
    endpoint: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2048, description: 'For S3-compatible services; omit for AWS' })),
    region: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9-]+$' }),
    bucket: Type.String({ minLength: 3, maxLength: 63, pattern: '^[a-z0-9][a-z0-9.-]*[a-z0-9]$' }),
    prefix: Type.Optional(Type.String({ maxLength: 1024 })),
    force_path_style: Type.Optional(Type.Boolean()),
    access_key_id: Type.String({ minLength: 1, maxLength: 256 }),
    secret_access_key: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type PutStorage = Static<typeof PutStorageSchema>;
export const StorageViewSchema = Type.Object({
  site_id: Type.String({ format: 'uuid' }),
  endpoint: Nullable(Type.String()),
  region: Type.String(),
  bucket: Type.String(),
  prefix: Type.String(),
  force_path_style: Type.Boolean(),
  access_key_id: Type.String(),
  has_secret: Type.Boolean(),
  updated_at: DateTime,
  last_verified_at: Nullable(DateTime),
});
export type StorageView = Static<typeof StorageViewSchema>;
