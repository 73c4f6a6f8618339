import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { createAlertsService, type AlertsService } from '../alerts/alerts.service.js';
import { createChecker, type Checker } from './checker.js';
import { createUptimeRepository, type ClaimedCheck } from './uptime.repository.js';
import { createUptimeService, type UptimeService } from './uptime.service.js';
import { runDailyJobs } from './uptime-stats.js';

type Log = { warn(obj: unknown, msg?: string): void; error(obj: unknown, msg?: string): void };

export type UptimeSchedulerConfig = Pick<
  Config,
  'uptimeConcurrency' | 'uptimeTickMs' | 'uptimeRetentionDays' | 'uptimeConfirmRetryS' | 'uptimeAgentSilentFactor' | 'reportIntervalS' | 'smtpUrl' | 'alertEmailFrom' | 'alertEmailTo' | 'alertMaxAttempts'
>;

export interface UptimeScheduler {
  start(): void;
  /** Stops claiming and waits for the checks in flight to be recorded. */
  stop(): Promise<void>;
  /**
   * One full round, awaited to the end: create missing monitors, claim and run the due checks, deliver
   * due alerts, run the daily jobs that are due. Tests drive the scheduler with this and a manual clock.
   */
  tick(): Promise<{ checks: number; deliveries: number }>;
}

/** New sites get a monitor within this time (they are created by the scheduler, not by the sites module). */
const SYNC_EVERY_MS = 15_000;
const DAILY_JOBS_EVERY_MS = 60_000;
const STOP_GRACE_MS = 2_000;

/**
 * The uptime loop of one hub process. Every piece of state is in PostgreSQL (next_check_at, incidents,
 * job_runs, deliveries), so any number of processes can run it and a restarted one carries on.
 */
export function createUptimeScheduler(deps: {
  db: Database;
  clock: Clock;
  config: UptimeSchedulerConfig;
  checker?: Checker;
  alerts?: Pick<AlertsService, 'deliverDue' | 'close'>;
  log?: Log;
}): UptimeScheduler {
  const { db, clock, config } = deps;
  const log: Log = deps.log ?? { warn: () => {}, error: () => {} };
  const checker = deps.checker ?? createChecker();
  const alerts = deps.alerts ?? createAlertsService({ db, clock, config });
  const repo = createUptimeRepository(db);
  const service: UptimeService = createUptimeService({
    db,
    clock,
    rules: { reportIntervalS: config.reportIntervalS, agentSilentFactor: config.uptimeAgentSilentFactor, confirmRetryS: config.uptimeConfirmRetryS },
  });

  const inFlight = new Set<Promise<void>>();
  let lastSync = -Infinity;
  let lastDaily = -Infinity;
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let stopped = false;
  let aborting = false;

  const runOne = (m: ClaimedCheck) => {
    const p = (async () => {
      const startedAt = clock.now();
      try {
        const outcome = await checker.check({
          url: m.url,
          timeoutMs: m.timeout_ms,
          acceptedStatusCodes: m.accepted_status_codes,
          keyword: m.keyword,
          keywordMode: m.keyword_mode,
          followRedirects: m.follow_redirects,
          maxRedirects: m.max_redirects,
          checkTls: m.check_tls,
        });
        // A check cut short by shutdown says nothing about the site; it is skipped, not recorded as down.
        if (aborting) return;
        await service.recordResult(m, startedAt, outcome);
      } catch (err) {
        log.error({ err, siteId: m.site_id }, 'uptime check could not be recorded');
      }
    })();
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };

  /** Claims as many due checks as there is room for and starts them; does not wait for them. */
  const launchDue = async (): Promise<Promise<void>[]> => {
    const nowMs = clock.now().getTime();
    if (nowMs - lastSync >= SYNC_EVERY_MS) {
      lastSync = nowMs;
      await repo.syncMonitors(clock.now());
    }
    const started: Promise<void>[] = [];
    for (;;) {
      const room = config.uptimeConcurrency - inFlight.size;
      if (room <= 0 || stopped) break;
      const claimed = await repo.claimDue(clock.now(), Math.min(room, 500));
      for (const m of claimed) started.push(runOne(m));
      if (claimed.length < Math.min(room, 500)) break;
    }
    return started;
  };

  const housekeeping = async (wait: boolean) => {
    const deliveries = alerts.deliverDue();
    const nowMs = clock.now().getTime();
    let daily: Promise<unknown> = Promise.resolve();
    if (wait || nowMs - lastDaily >= DAILY_JOBS_EVERY_MS) {
      lastDaily = nowMs;
      daily = runDailyJobs(db, clock.now(), config.uptimeRetentionDays);
    }
    const [n] = await Promise.all([deliveries, daily]);
    return n;
  };

  const loop = async () => {
    if (running || stopped) return;
    running = true;
    try {
      await launchDue();
      // Deliveries and daily jobs run beside the checks; a slow receiver must not delay the schedule.
      void housekeeping(false).catch((err) => log.warn({ err }, 'uptime housekeeping failed'));
    } catch (err) {
      log.warn({ err }, 'uptime scheduling round failed');
    } finally {
      running = false;
      if (!stopped) {
        timer = setTimeout(() => void loop(), config.uptimeTickMs);
        timer.unref();
      }
    }
  };

  return {
    start() {
      stopped = false;
      void loop();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      // Give checks in flight a moment to finish; then abort the rest rather than hold up shutdown
      // for a full check timeout.
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
      aborting = true;
      await checker.close().catch(() => {});
      await Promise.allSettled([...inFlight]);
      alerts.close();
    },
    async tick() {
      const started = await launchDue();
      await Promise.all(started);
      const deliveries = await housekeeping(true);
      return { checks: started.length, deliveries };
    },
  };
}
