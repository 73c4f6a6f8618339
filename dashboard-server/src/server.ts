import { ConfigError, parseConfig } from './config.js';
import { buildApp } from './app.js';
import { openDatabase } from './db/index.js';
import { systemClock } from './lib/clock.js';
import { createAgentsRepository } from './modules/agents/agents.repository.js';
import { createCommandsRepository } from './modules/commands/commands.repository.js';
import { loadSecrets } from './modules/settings/secrets.js';
import { createUptimeScheduler } from './modules/uptime/scheduler.js';
import { createBackupScheduler } from './modules/backups/backups.scheduler.js';
import { createReportsScheduler } from './modules/reports/reports.scheduler.js';
import { createBillingScheduler } from './modules/billing/billing.scheduler.js';
import { seedExamplePlans } from './modules/plans/plans.seed.js';
import { createSettingsRepository } from './modules/settings/settings.repository.js';
import { SIGNATURE_WINDOW_S } from '@retainer/protocol';

/** The only file that listens: config → database → app → listen → graceful close. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const clock = systemClock;
  const db = await openDatabase(config);
  const secrets = await loadSecrets(createSettingsRepository(db), clock, config.jwtSecret);
  const app = await buildApp({ config, db, clock, secrets });

  const boot = await app.services.users.bootstrap({ adminEmail: config.adminEmail, adminPassword: config.adminPassword });
  if (boot.created === 'owner') app.log.info({ email: config.adminEmail }, 'created the owner account from RETAINER_ADMIN_EMAIL');
  if (boot.created === 'setup-token') {
    const link = `${config.publicUrl}/setup?token=${boot.setupToken}`;
    app.log.warn('No user exists yet. Open this one-time link (valid 24 h) to create the owner account:');
    // Plain stdout as well, so the link is easy to copy from a terminal whatever the log format.
    process.stdout.write(`\n  Retainer setup: ${link}\n\n`);
  }

  // Housekeeping is idempotent (deleting expired nonces, expiring old commands), so every hub process
  // may run it; no coordination is needed.
  const housekeeping = setInterval(() => {
    const now = clock.now();
    createAgentsRepository(db)
      .pruneNonces(new Date(now.getTime() - 2 * SIGNATURE_WINDOW_S * 1000))
      .then(() => createCommandsRepository(db).expireOld(now))
      .catch((err) => app.log.warn({ err }, 'housekeeping failed'));
  }, 60_000);
  housekeeping.unref();

  // Uptime checks and alert deliveries: claimed through PostgreSQL, so every process may run it.
  const uptime = config.uptimeEnabled ? createUptimeScheduler({ db, clock, config, log: app.log }) : undefined;
  // Daily backup policy run, weekly offsite checks, backup alerts: claimed through PostgreSQL as well.
  const backupJobs = config.backupJobsEnabled ? createBackupScheduler({ db, clock, config, log: app.log }) : undefined;
  // Monthly reports on the 1st and their email outbox: claimed through PostgreSQL as well.
  const reportJobs = config.reportsEnabled ? createReportsScheduler({ db, clock, config, secrets, log: app.log }) : undefined;
  // Invoices, billing reminders and the unpaid review: claimed per day in PostgreSQL too.
  const billingJobs = config.billingEnabled ? createBillingScheduler({ db, clock, config, log: app.log }) : undefined;
  // The example three-tier plans, on the very first start only (a deleted example stays deleted).
  if (await seedExamplePlans(db, clock)) app.log.info('seeded the example plans Essential, Professional and Premium');

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    clearInterval(housekeeping);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await uptime?.stop().catch((err) => app.log.warn({ err }, 'uptime scheduler stop failed'));
    await backupJobs?.stop().catch((err) => app.log.warn({ err }, 'backups scheduler stop failed'));
    await reportJobs?.stop().catch((err) => app.log.warn({ err }, 'reports scheduler stop failed'));
    await billingJobs?.stop().catch((err) => app.log.warn({ err }, 'billing scheduler stop failed'));
    try {
      await app.close();
      await db.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  uptime?.start();
  backupJobs?.start();
  reportJobs?.start();
  billingJobs?.start();
  // Update runs: jobs claimed through PostgreSQL, so every process may dispatch.
  if (config.updateRunsEnabled) app.services.updates.dispatcher.start();
  app.log.info(`Retainer Hub on ${config.publicUrl} (database: ${db.kind}${db.kind === 'pglite' ? ` in ${config.dataDir}` : ''}; API docs at /docs)`);
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`Retainer Hub failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
