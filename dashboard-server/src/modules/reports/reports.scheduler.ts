import cron, { type ScheduledTask } from 'node-cron';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { HubSecrets } from '../settings/secrets.js';
import { createReportsService, type ReportsConfig } from './reports.service.js';

/**
 * The reports' background work: node-cron fires the month's generation at 01:00 on the 1st in the
 * report time zone (after the uptime rollup of the month's last day); a start-up run catches up a
 * hub that was down then. The email outbox is drained every minute. Generation is claimed per month
 * in job_runs and deliveries per row, so any number of hub processes may run this.
 */
export function createReportsScheduler(deps: { db: Database; clock: Clock; config: Readonly<ReportsConfig>; secrets: Pick<HubSecrets, 'jwtSecret'>; log: FastifyBaseLogger; deliverEveryMs?: number }) {
  const { log } = deps;
  const reports = createReportsService({ db: deps.db, clock: deps.clock, config: deps.config, secrets: deps.secrets, log });
  let task: ScheduledTask | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  const generate = async () => {
    const r = await reports.generateDue();
    if (r.ran) log.info({ job: 'reports.monthly', month: r.month, created: r.created }, 'monthly reports generated');
  };
  /** Every due email, 50 claimed at a time: on the 1st a thousand reports go out in one pass, not 50 a minute. */
  const drain = async () => {
    for (;;) {
      const r = await reports.deliverDue(50);
      if (r.delivered + r.retry + r.failed < 50) return;
    }
  };
  /** One full pass: generation when due, then every due email. Tests call it with their own clock. */
  const tick = async () => {
    await generate();
    await drain();
  };
  const guarded = (fn: () => Promise<unknown>) => () => {
    if (running) return;
    running = fn()
      .then(() => undefined)
      .catch((err) => log.warn({ err }, 'reports scheduler run failed'))
      .finally(() => (running = null));
  };

  return {
    tick,
    service: reports,
    start() {
      task = cron.schedule('0 1 1 * *', guarded(tick), { timezone: deps.config.reportTimezone, name: 'monthly-reports' });
      timer = setInterval(guarded(drain), deps.deliverEveryMs ?? 60_000);
      timer.unref();
      guarded(tick)();
    },
    async stop() {
      await task?.stop();
      clearInterval(timer);
      await running;
      reports.close();
    },
  };
}
