import { Type, type Static } from '@sinclair/typebox';
import { BackupsSectionSchema } from './backups.js';
import { DateTime, NullableVersion, Uuid, Version } from './common.js';

const Str = (max: number) => Type.String({ maxLength: max });

export const ReportTriggerSchema = Type.Union(
  ['cron', 'upgrade', 'manual', 'command', 'connect', 'backup'].map((t) => Type.Literal(t)),
  { description: 'What made the agent build this report' },
);

export const CoreInfoSchema = Type.Object(
  {
    version: Version,
    update_version: Type.Union([Version, Type.Null()], { description: 'Newest core version offered by WordPress, null when up to date' }),
    locale: Str(32),
    multisite: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const EnvironmentSchema = Type.Object(
  {
    php_version: Version,
    db_server: Str(64),
    db_version: NullableVersion,
    web_server: Str(200),
    commands_url: Type.String({ format: 'uri', maxLength: 2048, description: "The agent's signed commands endpoint" }),
  },
  { additionalProperties: false },
);

export const PluginInfoSchema = Type.Object(
  {
    file: Type.String({ minLength: 1, maxLength: 255, description: 'Plugin basename, e.g. akismet/akismet.php' }),
    name: Str(255),
    version: Str(64),
    active: Type.Boolean(),
    network_active: Type.Boolean(),
    auto_update: Type.Boolean(),
    update_version: NullableVersion,
  },
  { additionalProperties: false },
);

export const ThemeInfoSchema = Type.Object(
  {
    stylesheet: Type.String({ minLength: 1, maxLength: 255 }),
    name: Str(255),
    version: Str(64),
    active: Type.Boolean(),
    auto_update: Type.Boolean(),
    update_version: NullableVersion,
  },
  { additionalProperties: false },
);

export const TranslationUpdateSchema = Type.Object(
  {
    type: Type.Union([Type.Literal('core'), Type.Literal('plugin'), Type.Literal('theme')]),
    slug: Str(255),
    language: Str(32),
    version: Str(64),
  },
  { additionalProperties: false },
);

export const HealthSchema = Type.Object(
  {
    status: Type.Union(['good', 'recommended', 'critical', 'unknown'].map((s) => Type.Literal(s))),
    good: Type.Integer({ minimum: 0 }),
    recommended: Type.Integer({ minimum: 0 }),
    critical: Type.Integer({ minimum: 0 }),
    checked_at: Type.Union([DateTime, Type.Null()], { description: "When WordPress's Site Health last ran its tests" }),
  },
  { additionalProperties: false },
);

/** POST /agent/v1/reports body: the site's full current state. */
export const StatusReportSchema = Type.Object(
  {
    report_id: Uuid,
    protocol_version: Type.Literal(1),
    generated_at: DateTime,
    trigger: ReportTriggerSchema,
    site_url: Type.String({ format: 'uri', maxLength: 2048 }),
    agent_version: Version,
    core: CoreInfoSchema,
    environment: EnvironmentSchema,
    plugins: Type.Array(PluginInfoSchema, { maxItems: 2000 }),
    themes: Type.Array(ThemeInfoSchema, { maxItems: 500 }),
    translations: Type.Array(TranslationUpdateSchema, { maxItems: 5000, description: 'Pending translation updates' }),
    health: HealthSchema,
    backups: Type.Optional(BackupsSectionSchema),
  },
  { title: 'Status report', additionalProperties: false },
);
export type StatusReport = Static<typeof StatusReportSchema>;
export type PluginInfo = Static<typeof PluginInfoSchema>;
export type ThemeInfo = Static<typeof ThemeInfoSchema>;
