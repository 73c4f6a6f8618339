import { Type, type Static } from '@sinclair/typebox';
import { DateTime } from './common.js';

/** How strong the proof is that a backup really sits offsite, strongest first. */
export const BACKUP_EVIDENCE = ['listed-at-destination', 'uploaded-per-log', 'destination-configured', 'none'] as const;
export type BackupEvidence = (typeof BACKUP_EVIDENCE)[number];

export const DESTINATION_KINDS = ['local', 's3', 's3-compatible', 'sftp', 'ftp', 'dropbox', 'gdrive', 'onedrive', 'azure', 'backblaze', 'email', 'host', 'other'] as const;

export const BackupDestinationSchema = Type.Object(
  {
    kind: Type.Union(DESTINATION_KINDS.map((k) => Type.Literal(k))),
    label: Type.Optional(Type.String({ maxLength: 200, description: 'What the backup plugin calls it' })),
    // For S3-compatible destinations the hub can list the bucket itself (credentials never travel in reports).
    bucket: Type.Optional(Type.String({ maxLength: 255 })),
    prefix: Type.Optional(Type.String({ maxLength: 1024 })),
    endpoint: Type.Optional(Type.String({ maxLength: 2048 })),
    region: Type.Optional(Type.String({ maxLength: 64 })),
    path: Type.Optional(Type.String({ maxLength: 2048, description: 'Remote folder or file name, when known' })),
  },
  { additionalProperties: false },
);

/** One backup as the site's backup plugin recorded it, normalised. */
export const BackupRecordSchema = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 64, description: 'updraftplus, backwpup, wpvivid, …' }),
    id: Type.String({ minLength: 1, maxLength: 200, description: 'The plugin’s own id of this backup (timestamp, job run, task id)' }),
    started_at: Type.Union([DateTime, Type.Null()]),
    finished_at: Type.Union([DateTime, Type.Null()]),
    ok: Type.Boolean(),
    size_bytes: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    parts: Type.Array(Type.String({ maxLength: 32 }), { maxItems: 20, description: 'db, files, plugins, themes, uploads, others …' }),
    destinations: Type.Array(BackupDestinationSchema, { maxItems: 20 }),
    offsite: Type.Boolean({ description: 'At least one destination is on another machine' }),
    evidence: Type.Union(BACKUP_EVIDENCE.map((e) => Type.Literal(e))),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type BackupRecord = Static<typeof BackupRecordSchema>;

/** What the agent found of each backup plugin it knows, including why data could not be read. */
export const BackupSourceStatusSchema = Type.Object(
  {
    source: Type.String({ minLength: 1, maxLength: 64 }),
    detected: Type.Boolean({ description: 'The plugin is installed and active' }),
    status: Type.Union([Type.Literal('ok'), Type.Literal('unknown')], { description: 'unknown: its stored data could not be read' }),
    reason: Type.Union([Type.String({ maxLength: 2000 }), Type.Null()]),
  },
  { additionalProperties: false },
);

export const BackupsSectionSchema = Type.Object(
  {
    sources: Type.Array(BackupSourceStatusSchema, { maxItems: 50 }),
    records: Type.Array(BackupRecordSchema, { maxItems: 1000, description: 'Backups of the last 60 days, newest first' }),
  },
  { additionalProperties: false },
);
export type BackupsSection = Static<typeof BackupsSectionSchema>;
