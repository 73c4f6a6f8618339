import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { createBillingJobs } from './billing.jobs.js';
import { createBillingService } from './billing.service.js';
import { createBillingMailer } from './mailer.js';
import { defaultPaymentProviders } from './payment-provider.js';

type BillingConfig = Pick<Config, 'smtpUrl' | 'billingEmailFrom' | 'billingTimeZone' | 'billingSellerName' | 'billingAutoSend' | 'billingNotifyEmail'>;

/**
 * Billing's background work on an in-process timer. Every run is claimed in PostgreSQL (job_runs and
 * unique keys), so any number of hub processes may run it; `tick()` reads the injected clock.
 */
export function createBillingScheduler(deps: { db: Database; clock: Clock; config: Readonly<BillingConfig>; log: FastifyBaseLogger; tickMs?: number }) {
  const { db, clock, config, log } = deps;
  const mailer = createBillingMailer({ smtpUrl: config.smtpUrl, from: config.billingEmailFrom });
  const billing = createBillingService({ db, clock, mailer, providers: defaultPaymentProviders(), settings: { timeZone: config.billingTimeZone, sellerName: config.billingSellerName }, log });
  const jobs = createBillingJobs({
    db,
    clock,
    billing,
    mailer,
    log,
    settings: { timeZone: config.billingTimeZone, autoSend: config.billingAutoSend, notifyEmail: config.billingNotifyEmail, sellerName: config.billingSellerName },
  });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | null = null;

  return {
    tick: jobs.tick,
    start() {
      timer = setInterval(() => {
        if (running) return;
        running = jobs
          .tick()
          .catch((err) => log.warn({ err }, 'billing scheduler tick failed'))
          .finally(() => (running = null));
      }, deps.tickMs ?? 60_000);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
      mailer?.close();
    },
  };
}
