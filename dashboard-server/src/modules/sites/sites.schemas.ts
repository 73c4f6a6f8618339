import { CoreInfoSchema, EnvironmentSchema, HealthSchema, PluginInfoSchema, ThemeInfoSchema, TranslationUpdateSchema } from '@retainer/protocol';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, PageQuery } from '../../lib/schemas.js';

export const SiteStatusSchema = Type.Union([Type.Literal('pending'), Type.Literal('connected'), Type.Literal('revoked')]);
export type SiteStatus = Static<typeof SiteStatusSchema>;

export const UpdateCountsSchema = Type.Object({
  core: Type.Integer(),
  plugins: Type.Integer(),
  themes: Type.Integer(),
  translations: Type.Integer(),
  total: Type.Integer(),
});

export const UPTIME_STATES = ['unknown', 'up', 'down', 'degraded', 'paused', 'not_monitored'] as const;
export const BACKUP_VERDICTS = ['ok', 'warning', 'failing', 'unknown', 'not_evaluated'] as const;
/** The fleet's status badges, read from the uptime monitor and the backup verdict of each site. */
export const SiteHealthSchema = Type.Object({
  uptime: Type.Union(UPTIME_STATES.map((s) => Type.Literal(s))),
  backup: Type.Union(BACKUP_VERDICTS.map((s) => Type.Literal(s))),
  agent_silent: Type.Boolean({ description: 'An agent-silent incident is open: the agent stopped reporting' }),
});
export type SiteHealth = Static<typeof SiteHealthSchema>;

export const SiteSummarySchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  client_id: Type.String({ format: 'uuid' }),
  client_name: Type.String(),
  label: Type.String(),
  url: Type.String(),
  status: SiteStatusSchema,
  wp_version: Nullable(Type.String()),
  php_version: Nullable(Type.String()),
  agent_version: Nullable(Type.String()),
  last_report_at: Nullable(Type.String({ format: 'date-time' })),
  updates: UpdateCountsSchema,
  health: SiteHealthSchema,
  created_at: Type.String({ format: 'date-time' }),
});
export type SiteSummary = Static<typeof SiteSummarySchema>;

export const InventorySchema = Type.Object({
  report_id: Type.String({ format: 'uuid' }),
  generated_at: Type.String({ format: 'date-time' }),
  received_at: Type.String({ format: 'date-time' }),
  core: CoreInfoSchema,
  environment: EnvironmentSchema,
  plugins: Type.Array(PluginInfoSchema),
  themes: Type.Array(ThemeInfoSchema),
  translations: Type.Array(TranslationUpdateSchema),
  health: HealthSchema,
});
export type Inventory = Static<typeof InventorySchema>;

export const SiteDetailSchema = Type.Composite([
  SiteSummarySchema,
  Type.Object({
    enrollment: Type.Object({ active_code_expires_at: Nullable(Type.String({ format: 'date-time' })), enrolled_at: Nullable(Type.String({ format: 'date-time' })) }),
    inventory: Nullable(InventorySchema),
  }),
]);
export type SiteDetail = Static<typeof SiteDetailSchema>;

export const SITE_SORTS = ['label', 'url', 'client', 'last_report_at', 'wp_version', 'updates_pending', 'created_at'] as const;
export const ListSitesQuerySchema = Type.Object(
  {
    ...PageQuery,
    sort: Type.Union(SITE_SORTS.map((s) => Type.Literal(s)), { default: 'label' }),
    order: Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'asc' }),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Text contained in the label or URL' })),
    client_id: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(SiteStatusSchema),
    has_updates: Type.Optional(Type.Boolean()),
    uptime: Type.Optional(Type.Union(UPTIME_STATES.map((s) => Type.Literal(s)))),
    backup: Type.Optional(Type.Union(BACKUP_VERDICTS.map((s) => Type.Literal(s)))),
  },
  { additionalProperties: false },
);
export type ListSitesQuery = Static<typeof ListSitesQuerySchema>;

export const SiteListSchema = Type.Object({ items: Type.Array(SiteSummarySchema), total: Type.Integer(), limit: Type.Integer(), offset: Type.Integer() });

const SiteUrl = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 });
export const CreateSiteSchema = Type.Object(
  { client_id: Type.String({ format: 'uuid' }), url: SiteUrl, label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
  { additionalProperties: false },
);
export type CreateSite = Static<typeof CreateSiteSchema>;
export const UpdateSiteSchema = Type.Object(
  { client_id: Type.Optional(Type.String({ format: 'uuid' })), url: Type.Optional(SiteUrl), label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateSite = Static<typeof UpdateSiteSchema>;

export const EnrollmentCodeSchema = Type.Object({
  code: Type.String(),
  expires_at: Type.String({ format: 'date-time' }),
  hub_url: Type.String({ description: 'The hub address to paste into the plugin with the code (HUB_PUBLIC_URL)' }),
});

// --- import ------------------------------------------------------------------------------------------
export const MAX_IMPORT_ROWS = 1000;
export const ImportSitesSchema = Type.Object(
  {
    rows: Type.Array(
      Type.Object(
        {
          client: Type.String({ minLength: 1, maxLength: 200, description: 'Client name: an existing client (same name, any case) or a new one' }),
          client_email: Type.Optional(Type.String({ format: 'email', maxLength: 320, description: 'Needed for a new client' })),
          url: SiteUrl,
          label: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_IMPORT_ROWS },
    ),
    enrollment_codes: Type.Boolean({ default: true, description: 'Create a one-time enrollment code for every imported site' }),
    code_valid_hours: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 168, description: 'How long the codes stay valid (default: ENROLLMENT_CODE_TTL_H); a large fleet may need days to install' }),
    ),
  },
  { additionalProperties: false },
);
export type ImportSites = Static<typeof ImportSitesSchema>;
export const ImportedSiteSchema = Type.Object({
  row: Type.Integer({ description: 'Index of the row in the request' }),
  site_id: Type.String({ format: 'uuid' }),
  client_id: Type.String({ format: 'uuid' }),
  client_name: Type.String(),
  url: Type.String(),
  label: Type.String(),
  code: Nullable(Type.String()),
  code_expires_at: Nullable(Type.String({ format: 'date-time' })),
});
export const ImportResultSchema = Type.Object({
  sites: Type.Array(ImportedSiteSchema),
  created_clients: Type.Array(Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() })),
  hub_url: Type.String(),
});
export type ImportResult = Static<typeof ImportResultSchema>;
