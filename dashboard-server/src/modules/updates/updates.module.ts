import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { CommandsService } from '../commands/commands.service.js';
import { createUpdateRunDispatcher } from './dispatcher.js';
import { createProgressStreams } from './progress-stream.js';
import { createUpdateRunsService } from './update-runs.service.js';
import { createUpdatesService } from './updates.service.js';

export interface UpdatesModuleDeps {
  db: Database;
  clock: Clock;
  commands: Pick<CommandsService, 'expiry' | 'send'>;
  log: FastifyBaseLogger;
  concurrency: number;
  leaseMs: number;
  /** How often the dispatcher looks for work other processes made possible (own changes wake it at once). */
  tickMs?: number;
  /** How often a progress stream looks for other processes' changes. */
  streamPollMs?: number;
}

/** Safe updates on the hub: the fleet view and holds, update runs, their dispatcher and progress streams. */
export function createUpdatesModule(deps: UpdatesModuleDeps) {
  const fleet = createUpdatesService({ db: deps.db, clock: deps.clock });
  const runs = createUpdateRunsService({ db: deps.db, clock: deps.clock, defaultConcurrency: deps.concurrency, leaseMs: deps.leaseMs });
  const dispatcher = createUpdateRunDispatcher({
    db: deps.db,
    clock: deps.clock,
    commands: deps.commands,
    runs,
    leaseMs: deps.leaseMs,
    // A job's maintenance window outlasts a few leases, so a slow site stays quiet; it closes when the job ends.
    maintenanceMs: Math.max(30 * 60_000, 3 * deps.leaseMs),
    tickMs: deps.tickMs ?? 1000,
    log: deps.log,
  });
  // Progress reads at most 4 times a second per stream: enough for a live view, cheap at any run size.
  const streams = createProgressStreams({ db: deps.db, runs, pollMs: deps.streamPollMs ?? 1000, minGapMs: 250 });
  return { fleet, runs, dispatcher, streams };
}
export type UpdatesModule = ReturnType<typeof createUpdatesModule>;
