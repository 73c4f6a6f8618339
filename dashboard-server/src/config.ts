// Registers the string formats (email, uri …) the env schema uses.
import '@retainer/protocol';
import { resolve } from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * Every setting the hub reads, parsed once at boot from the environment into a frozen object.
 * Nothing else in the code reads process.env. README.md's configuration table mirrors this list.
 */
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 8787 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DB_POOL_MAX: Type.Integer({ minimum: 1, maximum: 200, default: 10 }),
  RETAINER_DATA_DIR: Type.String({ minLength: 1, default: './.retainer-data' }),
  RETAINER_ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  RETAINER_ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 10 })),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  JWT_TTL: Type.String({ default: '12h', pattern: '^[0-9]+[smhd]$' }),
  HUB_PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  REPORT_INTERVAL_S: Type.Integer({ minimum: 60, maximum: 86400, default: 3600 }),
  ENROLLMENT_CODE_TTL_H: Type.Number({ exclusiveMinimum: 0, maximum: 720, default: 24 }),
  COMMAND_TTL_H: Type.Number({ exclusiveMinimum: 0, maximum: 720, default: 24 }),
  COMMAND_PUSH_TIMEOUT_MS: Type.Integer({ minimum: 100, maximum: 120000, default: 15000 }),
  AGENT_BODY_LIMIT_BYTES: Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024, default: 2 * 1024 * 1024 }),
  AGENT_SITE_RATE_LIMIT_PER_MIN: Type.Integer({ minimum: 1, default: 120 }),
  AGENT_IP_RATE_LIMIT_PER_MIN: Type.Integer({ minimum: 1, default: 6000 }),
  ENROLL_IP_RATE_LIMIT_PER_MIN: Type.Integer({ minimum: 1, default: 30 }),
  LOGIN_IP_RATE_LIMIT_PER_MIN: Type.Integer({ minimum: 1, default: 20 }),
  UI_DIST_DIR: Type.Optional(Type.String()),
  AGENT_PLUGIN_ZIP: Type.Optional(Type.String()),
  UPTIME_ENABLED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  UPTIME_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 5000, default: 200 }),
  UPTIME_TICK_MS: Type.Integer({ minimum: 100, maximum: 60000, default: 1000 }),
  UPTIME_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 90 }),
  UPTIME_CONFIRM_RETRY_S: Type.Integer({ minimum: 1, maximum: 3600, default: 20 }),
  UPTIME_AGENT_SILENT_FACTOR: Type.Number({ minimum: 1, maximum: 100, default: 3 }),
  SMTP_URL: Type.Optional(Type.String({ pattern: '^smtps?://' })),
  ALERT_EMAIL_FROM: Type.Optional(Type.String({ format: 'email' })),
  ALERT_EMAIL_TO: Type.Optional(Type.String({ format: 'email' })),
  ALERT_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  BACKUP_MAX_OFFSITE_AGE_H: Type.Integer({ minimum: 1, maximum: 87600, default: 720 }),
  BACKUP_MIN_RETENTION_DAYS: Type.Integer({ minimum: 0, maximum: 60, default: 30 }),
  BACKUP_MIN_EVIDENCE: Type.Union([Type.Literal('listed-at-destination'), Type.Literal('uploaded-per-log'), Type.Literal('destination-configured')], { default: 'destination-configured' }),
  BACKUP_JOBS_ENABLED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  REPORTS_ENABLED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  REPORT_TIMEZONE: Type.String({ minLength: 1, default: 'UTC' }),
  REPORT_FROM: Type.Optional(Type.String({ format: 'email' })),
  REPORT_LINK_TTL_DAYS: Type.String({ pattern: '^[1-9][0-9]{0,3}$', default: '90' }),
  REPORT_MAX_ATTEMPTS: Type.String({ pattern: '^[1-9][0-9]?$', default: '8' }),
  REPORT_LINK_RATE_LIMIT_PER_MIN: Type.String({ pattern: '^[1-9][0-9]{0,5}$', default: '60' }),
  BILLING_ENABLED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  BILLING_TIMEZONE: Type.String({ minLength: 1, default: 'UTC' }),
  BILLING_AUTO_SEND: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  BILLING_EMAIL_FROM: Type.Optional(Type.String({ format: 'email' })),
  BILLING_NOTIFY_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  BILLING_SELLER_NAME: Type.String({ minLength: 1, maxLength: 200, default: 'Your maintenance provider' }),
  CONTRACT_LINK_TTL_H: Type.String({ pattern: '^[1-9][0-9]{0,4}$', default: '336' }),
  UPDATE_RUNS_ENABLED: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'true' }),
  UPDATE_RUN_CONCURRENCY: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
  UPDATE_RUN_LEASE_S: Type.Integer({ minimum: 30, maximum: 86400, default: 600 }),
  RETAINER_SECRET_KEY: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9+/]{43}=$', description: '32 bytes, standard base64' })),
  LOG_LEVEL: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)), { default: 'info' }),
});
type Env = Static<typeof EnvSchema>;

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dbPoolMax: number;
  dataDir: string;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  jwtSecret: string | undefined;
  jwtTtl: string;
  publicUrl: string;
  reportIntervalS: number;
  enrollmentCodeTtlMs: number;
  commandTtlMs: number;
  commandPushTimeoutMs: number;
  agentBodyLimitBytes: number;
  agentSiteRateLimitPerMin: number;
  agentIpRateLimitPerMin: number;
  enrollIpRateLimitPerMin: number;
  loginIpRateLimitPerMin: number;
  uiDistDir: string;
  /** The Retainer Agent plugin as WordPress installs it, served to the dashboard (may not exist). */
  agentPluginZip: string;
  logLevel: string;
  uptimeEnabled: boolean;
  uptimeConcurrency: number;
  uptimeTickMs: number;
  uptimeRetentionDays: number;
  uptimeConfirmRetryS: number;
  uptimeAgentSilentFactor: number;
  smtpUrl: string | undefined;
  alertEmailFrom: string | undefined;
  alertEmailTo: string | undefined;
  alertMaxAttempts: number;
  backupMaxOffsiteAgeH: number;
  backupMinRetentionDays: number;
  backupMinEvidence: 'listed-at-destination' | 'uploaded-per-log' | 'destination-configured';
  backupJobsEnabled: boolean;
  /** Monthly reports: generation on the 1st and the email outbox run in this process. */
  reportsEnabled: boolean;
  /** IANA zone whose calendar months the reports cover. */
  reportTimezone: string;
  reportFrom: string;
  /** How long the web-copy link in a report email works. */
  reportLinkTtlMs: number;
  reportMaxAttempts: number;
  reportLinkRateLimitPerMin: number;
  /** Billing schedules (invoices, reminders, unpaid review) run in this process. */
  billingEnabled: boolean;
  /** IANA zone whose calendar days the billing schedules follow ("the 1st", "the 3rd"). */
  billingTimeZone: string;
  billingAutoSend: boolean;
  billingEmailFrom: string;
  /** The freelancer's address for billing notices; defaults to ALERT_EMAIL_TO. */
  billingNotifyEmail: string | undefined;
  billingSellerName: string;
  contractLinkTtlMs: number;
  /** Whether this process dispatches update runs (any number of processes may). */
  updateRunsEnabled: boolean;
  /** Sites updated at once per run unless the run says otherwise. */
  updateRunConcurrency: number;
  /** A dispatched job silent for this long is sent again (same command_id). */
  updateRunLeaseMs: number;
  /** 32-byte key (AES-256-GCM) for secrets stored at rest, e.g. S3 credentials; undefined = refuse to store them. */
  secretKey: Buffer | undefined;
}

export class ConfigError extends Error {}

const NUMERIC = new Set(['PORT', 'DB_POOL_MAX', 'REPORT_INTERVAL_S', 'ENROLLMENT_CODE_TTL_H', 'COMMAND_TTL_H', 'COMMAND_PUSH_TIMEOUT_MS', 'AGENT_BODY_LIMIT_BYTES', 'AGENT_SITE_RATE_LIMIT_PER_MIN', 'AGENT_IP_RATE_LIMIT_PER_MIN', 'ENROLL_IP_RATE_LIMIT_PER_MIN', 'LOGIN_IP_RATE_LIMIT_PER_MIN', 'UPTIME_CONCURRENCY', 'UPTIME_TICK_MS', 'UPTIME_RETENTION_DAYS', 'UPTIME_CONFIRM_RETRY_S', 'UPTIME_AGENT_SILENT_FACTOR', 'ALERT_MAX_ATTEMPTS', 'BACKUP_MAX_OFFSITE_AGE_H', 'BACKUP_MIN_RETENTION_DAYS', 'UPDATE_RUN_CONCURRENCY', 'UPDATE_RUN_LEASE_S']);

function checkTimeZone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw new ConfigError(`Invalid configuration: BILLING_TIMEZONE "${tz}" is not an IANA time zone (e.g. Europe/Paris)`);
  }
}

function reportTimezone(tz: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return tz;
  } catch {
    throw new ConfigError(`Invalid configuration: REPORT_TIMEZONE "${tz}" is not an IANA time zone (e.g. Europe/Rome)`);
  }
}

export function parseConfig(env: Record<string, string | undefined>, overrides: Partial<Config> = {}): Readonly<Config> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const v = env[key];
    if (v === undefined || v === '') continue;
    raw[key] = NUMERIC.has(key) && /^-?[0-9.]+$/.test(v) ? Number(v) : v;
  }
  const withDefaults = Value.Default(EnvSchema, raw) as Env;
  const errors = [...Value.Errors(EnvSchema, withDefaults)];
  if (errors.length > 0) {
    throw new ConfigError(`Invalid configuration: ${errors.map((e) => `${e.path.slice(1)} ${e.message}`).join('; ')}`);
  }
  if (withDefaults.RETAINER_ADMIN_EMAIL && !withDefaults.RETAINER_ADMIN_PASSWORD) {
    throw new ConfigError('RETAINER_ADMIN_EMAIL is set but RETAINER_ADMIN_PASSWORD is not (at least 10 characters)');
  }
  const e = withDefaults;
  const config: Config = {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dbPoolMax: e.DB_POOL_MAX,
    dataDir: resolve(e.RETAINER_DATA_DIR),
    adminEmail: e.RETAINER_ADMIN_EMAIL,
    adminPassword: e.RETAINER_ADMIN_PASSWORD,
    jwtSecret: e.JWT_SECRET,
    jwtTtl: e.JWT_TTL,
    publicUrl: (e.HUB_PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/+$/, ''),
    reportIntervalS: e.REPORT_INTERVAL_S,
    enrollmentCodeTtlMs: e.ENROLLMENT_CODE_TTL_H * 3_600_000,
    commandTtlMs: e.COMMAND_TTL_H * 3_600_000,
    commandPushTimeoutMs: e.COMMAND_PUSH_TIMEOUT_MS,
    agentBodyLimitBytes: e.AGENT_BODY_LIMIT_BYTES,
    agentSiteRateLimitPerMin: e.AGENT_SITE_RATE_LIMIT_PER_MIN,
    agentIpRateLimitPerMin: e.AGENT_IP_RATE_LIMIT_PER_MIN,
    enrollIpRateLimitPerMin: e.ENROLL_IP_RATE_LIMIT_PER_MIN,
    loginIpRateLimitPerMin: e.LOGIN_IP_RATE_LIMIT_PER_MIN,
    uiDistDir: resolve(e.UI_DIST_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'dashboard-ui', 'dist')),
    agentPluginZip: resolve(e.AGENT_PLUGIN_ZIP ?? resolve(import.meta.dirname, '..', '..', '..', 'plugin', 'dist', 'retainer-agent.zip')),
    logLevel: e.LOG_LEVEL,
    uptimeEnabled: e.UPTIME_ENABLED === 'true',
    uptimeConcurrency: e.UPTIME_CONCURRENCY,
    uptimeTickMs: e.UPTIME_TICK_MS,
    uptimeRetentionDays: e.UPTIME_RETENTION_DAYS,
    uptimeConfirmRetryS: e.UPTIME_CONFIRM_RETRY_S,
    uptimeAgentSilentFactor: e.UPTIME_AGENT_SILENT_FACTOR,
    smtpUrl: e.SMTP_URL,
    alertEmailFrom: e.ALERT_EMAIL_FROM,
    alertEmailTo: e.ALERT_EMAIL_TO,
    alertMaxAttempts: e.ALERT_MAX_ATTEMPTS,
    backupMaxOffsiteAgeH: e.BACKUP_MAX_OFFSITE_AGE_H,
    backupMinRetentionDays: e.BACKUP_MIN_RETENTION_DAYS,
    backupMinEvidence: e.BACKUP_MIN_EVIDENCE,
    backupJobsEnabled: e.BACKUP_JOBS_ENABLED === 'true',
    reportsEnabled: e.REPORTS_ENABLED === 'true',
    reportTimezone: reportTimezone(e.REPORT_TIMEZONE),
    reportFrom: e.REPORT_FROM ?? e.ALERT_EMAIL_FROM ?? 'retainer-hub@localhost',
    reportLinkTtlMs: Number(e.REPORT_LINK_TTL_DAYS) * 86_400_000,
    reportMaxAttempts: Number(e.REPORT_MAX_ATTEMPTS),
    reportLinkRateLimitPerMin: Number(e.REPORT_LINK_RATE_LIMIT_PER_MIN),
    billingEnabled: e.BILLING_ENABLED === 'true',
    billingTimeZone: checkTimeZone(e.BILLING_TIMEZONE),
    billingAutoSend: e.BILLING_AUTO_SEND === 'true',
    billingEmailFrom: e.BILLING_EMAIL_FROM ?? e.ALERT_EMAIL_FROM ?? 'retainer-hub@localhost',
    billingNotifyEmail: e.BILLING_NOTIFY_EMAIL ?? e.ALERT_EMAIL_TO,
    billingSellerName: e.BILLING_SELLER_NAME,
    contractLinkTtlMs: Number(e.CONTRACT_LINK_TTL_H) * 3_600_000,
    updateRunsEnabled: e.UPDATE_RUNS_ENABLED === 'true',
    updateRunConcurrency: e.UPDATE_RUN_CONCURRENCY,
    updateRunLeaseMs: e.UPDATE_RUN_LEASE_S * 1000,
    secretKey: e.RETAINER_SECRET_KEY ? Buffer.from(e.RETAINER_SECRET_KEY, 'base64') : undefined,
    ...overrides,
  };
  return Object.freeze(config);
}
