import { constants as zlibConstants } from 'node:zlib';
import { existsSync } from 'node:fs';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PROTOCOL_VERSION } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/index.js';
import type { Clock } from './lib/clock.js';
import { createWindowLimiter } from './lib/window-limiter.js';
import { createAgentsService } from './modules/agents/agents.service.js';
import { agentsRoutes } from './modules/agents/agents.routes.js';
import { createSignatureVerifier } from './modules/agents/signed-request.js';
import { clientsRoutes } from './modules/clients/clients.routes.js';
import { createAgentClient, type AgentClient } from './modules/commands/agent-client.js';
import { commandsRoutes } from './modules/commands/commands.routes.js';
import { createCommandsService, type CommandsService } from './modules/commands/commands.service.js';
import type { HubSecrets } from './modules/settings/secrets.js';
import { createSitesRepository } from './modules/sites/sites.repository.js';
import { sitesRoutes } from './modules/sites/sites.routes.js';
import { createSitesImportService } from './modules/sites/sites-import.service.js';
import { createSitesService } from './modules/sites/sites.service.js';
import { alertsRoutes } from './modules/alerts/alerts.routes.js';
import { createBackupStorageService } from './modules/backups/backup-storage.service.js';
import { backupsRoutes } from './modules/backups/backups.routes.js';
import { createBackupsService } from './modules/backups/backups.service.js';
import { uptimeRoutes } from './modules/uptime/uptime.routes.js';
import { publicReportRoutes, reportsRoutes } from './modules/reports/reports.routes.js';
import { createReportsService } from './modules/reports/reports.service.js';
import { createUpdatesModule, type UpdatesModule } from './modules/updates/updates.module.js';
import { updatesRoutes } from './modules/updates/updates.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { createUsersService, type UsersService } from './modules/users/users.service.js';
import { createApiTokensService } from './modules/users/api-tokens.service.js';
import { createActiveUsers } from './modules/users/active-users.js';
import { createUsersAdminService } from './modules/users/users-admin.service.js';
import { authPlugin, requireUser } from './plugins/auth.js';
import { installErrorHandler } from './plugins/error-handler.js';
import { installRawJsonParser } from './plugins/raw-json.js';
import { installValidators } from './plugins/validation.js';
import { billingRoutes } from './modules/billing/billing.routes.js';
import { contractsFromConfig } from './modules/contracts/contracts.module.js';
import { contractsPublicRoutes } from './modules/contracts/contracts.public.js';
import { contractsRoutes } from './modules/contracts/contracts.routes.js';
import { downloadsRoutes } from './modules/downloads/downloads.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { worklogRoutes } from './modules/worklog/worklog.routes.js';
import { advisoriesRoutes } from './modules/advisories/advisories.routes.js';
import { createAdvisoriesService } from './modules/advisories/advisories.service.js';
import { mailSettingsRoutes } from './modules/mail-settings/mail-settings.routes.js';
import { createWorklogService } from './modules/worklog/worklog.service.js';

export interface AppDeps {
  config: Readonly<Config>;
  db: Database;
  clock: Clock;
  secrets: HubSecrets;
  /** Swap point for the outside world (agents' HTTP endpoints). */
  agentClient?: AgentClient;
  logger?: FastifyServerOptions['logger'];
}

export interface App extends FastifyInstance {
  services: { users: UsersService; commands: CommandsService; updates: UpdatesModule };
}

/** Builds the hub. Never listens: server.ts does, tests use inject() or listen on port 0. */
/** gzip or brotli (fast settings) for answers above 1 KiB, when the client asks for it. */
const COMPRESSION = { global: true, threshold: 1024, encodings: ['br', 'gzip'] as ('br' | 'gzip')[], brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } }, zlibOptions: { level: 6 } };

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, db, clock, secrets } = deps;
  const app = Fastify({
    logger: deps.logger ?? { level: config.logLevel },
    bodyLimit: 256 * 1024,
    trustProxy: false,
    ajv: { customOptions: {} },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installValidators(app);
  installRawJsonParser(app);
  installErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Retainer Hub API', version: '0.1.0', description: `Dashboard API (/api/v1, bearer JWT or personal API token rtk_…) and agent protocol v${PROTOCOL_VERSION} (/agent/v1, Ed25519-signed).` },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(fastifyRateLimit, { global: false, errorResponseBuilder: (_req, ctx) => Object.assign(new Error('rate limited'), { statusCode: ctx.statusCode }) });
  const apiTokens = createApiTokensService({ db, clock });
  const activeUsers = createActiveUsers({ db, clock });
  await app.register(authPlugin, { secret: secrets.jwtSecret, ttl: config.jwtTtl, resolveApiToken: (s) => apiTokens.resolve(s), currentRole: (id) => activeUsers.roleOf(id) });

  const users = createUsersService({ db, clock });
  const sites = createSitesService({ db, clock, enrollmentCodeTtlMs: config.enrollmentCodeTtlMs, publicUrl: config.publicUrl });
  const sitesImport = createSitesImportService({ db, clock, enrollmentCodeTtlMs: config.enrollmentCodeTtlMs, publicUrl: config.publicUrl });
  const siteLimiter = createWindowLimiter({ max: config.agentSiteRateLimitPerMin, windowMs: 60_000, now: () => Date.now() });
  const verify = createSignatureVerifier({ sites: createSitesRepository(db), clock, allowRequest: (id) => siteLimiter.hit(id) });
  const backups = createBackupsService({ db, clock, config });
  const backupStorage = createBackupStorageService({ db, clock, config, evaluateSite: (id) => backups.evaluateSite(id) });
  const reports = createReportsService({ db, clock, config, secrets, log: app.log });
  const agents = createAgentsService({ db, clock, hubPublicKey: secrets.hubPublicKey, reportIntervalS: config.reportIntervalS, refusalAfterWrite: verify.refusalAfterWrite, onBackups: (id, r) => backups.recordReport(id, r), onCommandResult: (id, r) => updates.runs.onCommandResult(id, r), updateEvents: { recordSignedEvents: (agent, e) => updates.runs.recordSignedEvents(agent, e) } });
  const agentClient = deps.agentClient ?? createAgentClient({ hubPrivateKey: secrets.hubPrivateKey, timeoutMs: config.commandPushTimeoutMs, now: () => clock.now().getTime() });
  const commands = createCommandsService({ db, clock, agentClient, commandTtlMs: config.commandTtlMs, log: app.log, onResult: (id, r) => updates.runs.onCommandResult(id, r) });
  const updates = createUpdatesModule({ db, clock, commands, log: app.log, concurrency: config.updateRunConcurrency, leaseMs: config.updateRunLeaseMs });

  const contracts = contractsFromConfig({ db, clock, config });
  app.addHook('onClose', async () => contracts.close());

  app.get(
    '/healthz',
    { schema: { tags: ['ops'], summary: 'Process and database health', response: { 200: Type.Object({ status: Type.Literal('ok'), database: Type.String() }), 503: Type.Object({ status: Type.Literal('unavailable'), database: Type.String() }) } } },
    async (_req, reply) => {
      try {
        await db.query('SELECT 1');
        return { status: 'ok' as const, database: db.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: db.kind });
      }
    },
  );

  await app.register(
    async (api) => {
      // The dashboard's API answers can be large (the update center of a big fleet is megabytes of
      // JSON): compressed for browsers that ask. Only here and for the UI's files: the agent protocol
      // and the progress stream (hijacked, never buffered) are left as they are.
      await api.register(fastifyCompress, COMPRESSION);
      await api.register(usersRoutes, { users, db, loginRateLimitPerMin: config.loginIpRateLimitPerMin, admin: createUsersAdminService({ db, clock, publicUrl: config.publicUrl, onRemoved: (id) => activeUsers.forget(id), onRoleChanged: (id) => activeUsers.forget(id) }), tokens: apiTokens });
      await api.register(async (authed) => {
        requireUser(authed);
        await authed.register(clientsRoutes, { db, clock });
        await authed.register(sitesRoutes, { sites, sitesImport });
        await authed.register(commandsRoutes, { commands });
        await authed.register(uptimeRoutes, { db, clock, config });
        await authed.register(alertsRoutes, { db, clock, config });
        await authed.register(backupsRoutes, { backups, storage: backupStorage });
        await authed.register(reportsRoutes, { reports });
        await authed.register(updatesRoutes, { updates });
        await authed.register(plansRoutes, { db, clock });
        await authed.register(worklogRoutes, { worklog: createWorklogService({ db, clock, timeZone: config.billingTimeZone }) });
        await authed.register(advisoriesRoutes, { advisories: createAdvisoriesService({ db, clock }) });
        await authed.register(billingRoutes, { db, clock, config });
        await authed.register(contractsRoutes, { contracts: contracts.service });
        await authed.register(mailSettingsRoutes, { config, clock });
      });
    },
    { prefix: '/api/v1' },
  );
  await app.register(agentsRoutes, {
    prefix: '/agent/v1',
    agents,
    verify,
    bodyLimit: config.agentBodyLimitBytes,
    ipRateLimitPerMin: config.agentIpRateLimitPerMin,
    enrollRateLimitPerMin: config.enrollIpRateLimitPerMin,
  });

  // The client's web copy of a report: public, token-scoped, outside /api.
  await app.register(publicReportRoutes, { reports, rateLimitPerMin: config.reportLinkRateLimitPerMin });
  app.addHook('onClose', async () => reports.close());
  // The client's contract acceptance page: public, the signed link is the credential.
  await app.register(contractsPublicRoutes, { contracts: contracts.service, rateLimitPerMin: 30 });
  // The agent plugin to install on each site: public, nothing of this hub's is in it.
  await app.register(downloadsRoutes, { agentPluginZip: config.agentPluginZip });

  if (existsSync(`${config.uiDistDir}/index.html`)) {
    await app.register(async (ui) => {
      // The dashboard's JavaScript is ~2.4 MB, ~0.5 MB gzipped.
      await ui.register(fastifyCompress, COMPRESSION);
      await ui.register(fastifyStatic, { root: config.uiDistDir, wildcard: false });
      // Client-side routes (e.g. /sites/…, /setup) get the app shell; API paths keep their JSON 404s.
      ui.get('/*', { schema: { hide: true } }, (request, reply) => {
        const path = request.url.split('?')[0] ?? '/';
        if (/^\/(api|agent|docs|healthz|r|contract|downloads)(\/|$)/.test(path) || /\.[a-z0-9]+$/i.test(path)) {
          return reply.callNotFound();
        }
        return reply.sendFile('index.html');
      });
    });
  }

  const decorated = app as unknown as App;
  decorated.decorate('services', { users, commands, updates });
  app.addHook('onClose', async () => commands.drain());
  app.addHook('preClose', async () => {
    updates.streams.closeAll();
    await updates.dispatcher.stop();
  });
  return decorated;
}
