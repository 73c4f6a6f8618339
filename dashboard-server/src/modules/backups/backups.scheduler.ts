import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { createChannelContext } from '../alerts/alerts.service.js';
import { defaultAlertChannels } from '../alerts/channels/index.js';
import { createBackupAlertDeliverer } from './backup-alerts.js';
import { createBackupStorageService } from './backup-storage.service.js';
import { createBackupsService } from './backups.service.js';

/**
 * The backups' background work, on an in-process timer: the daily evaluation (claimed per UTC day in
 * job_runs), the weekly offsite verifications (claimed per row) and the delivery of backup alerts
 * (claimed per row). Every claim is in PostgreSQL, so any number of hub processes may run this.
 */
export function createBackupScheduler(deps: { db: Database; clock: Clock; config: Readonly<Config>; log: FastifyBaseLogger; tickMs?: number }) {
  const { db, clock, config, log } = deps;
  const backups = createBackupsService({ db, clock, config });
  const storage = createBackupStorageService({ db, clock, config, evaluateSite: (id) => backups.evaluateSite(id) });
  const context = createChannelContext(config);
  const alerts = createBackupAlertDeliverer({ db, clock, registry: defaultAlertChannels(), context, maxAttempts: config.alertMaxAttempts });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const tick = async () => {
    const daily = await backups.runDaily();
    if (daily.ran) log.info({ job: 'backups.daily', period: daily.period, ...daily.result }, 'backup policy evaluated');
    await storage.verifyDue();
    await alerts.deliverDue();
  };

  return {
    tick,
    start() {
      timer = setInterval(() => {
        if (running) return;
        running = tick()
          .catch((err) => log.warn({ err }, 'backups scheduler tick failed'))
          .finally(() => (running = null));
      }, deps.tickMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
      if (context.mailer && 'close' in context.mailer) (context.mailer as { close(): void }).close();
    },
  };
}
