import type { Command, CommandResult, UpdateItem } from '@retainer/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { CommandsService, PushTarget } from '../commands/commands.service.js';
import { createUpdateRunsRepository, NEXT_SEQ } from './update-runs.repository.js';
import type { UpdateRunsService } from './update-runs.service.js';

export interface DispatcherDeps {
  db: Database;
  clock: Clock;
  commands: Pick<CommandsService, 'expiry' | 'send'>;
  runs: Pick<UpdateRunsService, 'events' | 'changed' | 'onCommandResult' | 'onPushedResult' | 'expireJob'>;
  leaseMs: number;
  /** Uptime alerts stay quiet this long after a job is dispatched, unless it finishes earlier. */
  maintenanceMs: number;
  tickMs: number;
  /** How often the periodic pass also sweeps for jobs whose command ended elsewhere or expired. */
  sweepMs?: number;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

const KICK_DELAY_MS = 25;

/** Open runs this process may claim for; runs another process is claiming for are skipped. */
const LOCK_RUNS_SQL = "SELECT id FROM update_runs WHERE status IN ('queued', 'running') ORDER BY created_at, id LIMIT 20 FOR UPDATE SKIP LOCKED";

const CLAIM_SQL = `
WITH r AS (
  SELECT id, status, concurrency, created_by FROM update_runs WHERE id = ANY ($5::uuid[])
), stale AS (
  UPDATE update_run_sites j SET lease_until = $2, dispatch_count = j.dispatch_count + 1
  FROM r WHERE j.run_id = r.id AND j.status IN ('dispatched', 'running') AND j.lease_until <= $1
  RETURNING j.run_id, j.site_id, j.command_id
), longer AS (
  UPDATE maintenance_windows w SET ends_at = greatest(w.ends_at, $3) FROM stale
  WHERE w.site_id = stale.site_id AND w.reason = 'Update run ' || stale.run_id AND w.ends_at > $1 RETURNING 1
), pick AS (
  SELECT q.run_id, q.site_id FROM r CROSS JOIN LATERAL (
    SELECT j.run_id, j.site_id FROM update_run_sites j WHERE j.run_id = r.id AND j.status = 'queued' ORDER BY j.position
    LIMIT greatest(0, r.concurrency - (SELECT count(*) FROM update_run_sites a WHERE a.run_id = r.id AND a.status IN ('dispatched', 'running')))
    FOR UPDATE SKIP LOCKED
  ) q
), claimed AS (
  UPDATE update_run_sites j SET status = 'dispatched', dispatched_at = $1, lease_until = $2, dispatch_count = 1, seq = ${NEXT_SEQ}
  FROM pick WHERE j.run_id = pick.run_id AND j.site_id = pick.site_id
  RETURNING j.run_id, j.site_id, j.command_id
), first_item AS (
  UPDATE update_run_items i SET status = 'running', seq = ${NEXT_SEQ}
  FROM (SELECT DISTINCT ON (f.run_id, f.site_id) f.run_id, f.site_id, f.item_type, f.item_id FROM update_run_items f JOIN pick p ON p.run_id = f.run_id AND p.site_id = f.site_id
        WHERE f.status = 'queued' ORDER BY f.run_id, f.site_id, f.position) x
  WHERE i.run_id = x.run_id AND i.site_id = x.site_id AND i.item_type = x.item_type AND i.item_id = x.item_id
  RETURNING 1
), started AS (
  UPDATE update_runs u SET status = 'running', started_at = $1, seq = ${NEXT_SEQ} FROM (SELECT DISTINCT run_id FROM pick) p WHERE u.id = p.run_id AND u.status = 'queued' RETURNING 1
), fresh AS (
  SELECT c.run_id, c.site_id, c.command_id, r.created_by, jsonb_build_object('run_id', c.run_id, 'items', coalesce(
    (SELECT jsonb_agg(jsonb_strip_nulls(jsonb_build_object('type', i.item_type, 'id', i.item_id, 'to_version', i.to_version)) ORDER BY i.position)
     FROM update_run_items i WHERE i.run_id = c.run_id AND i.site_id = c.site_id AND i.status <> 'skipped_held'), '[]'::jsonb)) AS args
  FROM claimed c JOIN r ON r.id = c.run_id
), cmd AS (
  INSERT INTO commands (id, site_id, type, args, created_by, created_at, expires_at)
  SELECT f.command_id, f.site_id, 'apply_updates', f.args, f.created_by, $1, $4 FROM fresh f
  RETURNING id, created_at, expires_at
), window_opened AS (
  -- Found again by its reason when the job ends (closed) or is sent again (extended).
  INSERT INTO maintenance_windows (id, site_id, starts_at, ends_at, reason, created_at)
  SELECT gen_random_uuid(), f.site_id, $1, $3, 'Update run ' || f.run_id, $1 FROM fresh f
  RETURNING 1
)
SELECT 'fresh' AS kind, f.run_id, f.site_id, f.command_id, f.args, c.created_at, c.expires_at, s.commands_url, s.url, s.agent_site_url
FROM fresh f JOIN cmd c ON c.id = f.command_id JOIN sites s ON s.id = f.site_id
UNION ALL
SELECT 'resent', s.run_id, s.site_id, s.command_id, NULL, NULL, NULL, NULL, NULL, NULL FROM stale s`;

type ClaimRow = {
  kind: 'fresh' | 'resent';
  run_id: string;
  site_id: string;
  command_id: string;
  /** The stored command's args, issue and expiry times: only for a first dispatch. */
  args: { run_id: string; items: UpdateItem[] } | null;
  created_at: Date | null;
  expires_at: Date | null;
} & PushTarget;

interface Claimed {
  runId: string;
  siteId: string;
  commandId: string;
  /** The command as stored and where to push it, for a first dispatch (a re-sent one is read back). */
  command?: Command;
  target?: PushTarget;
}

/*
 * Turns queued jobs into signed apply_updates commands. Every hub process may run one: a tick locks
 * open runs with FOR UPDATE SKIP LOCKED, so each run is handled by one process at a time, and claims
 * at most `concurrency − (jobs in flight)` of its queued jobs, so the bound holds across processes.
 * State lives in PostgreSQL only: after a restart, jobs left 'dispatched' past their lease are sent
 * again with the same command_id (the agent runs it at most once), and results recorded while nobody
 * listened are picked up from the commands table by the sweep.
 */
export function createUpdateRunDispatcher(deps: DispatcherDeps) {
  const { db, clock } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = true;
  let soon: NodeJS.Timeout | undefined;

  /** Jobs whose command already ended (result recorded by any process, or expired) end too. */
  async function sweep(): Promise<number> {
    const now = clock.now();
    const r = await db.query<{ site_id: string; command_id: string; status: string; result: CommandResult | null }>(
      `SELECT j.site_id, j.command_id, c.status, c.result
       FROM update_runs r JOIN update_run_sites j ON j.run_id = r.id AND j.status IN ('dispatched', 'running')
       JOIN commands c ON c.id = j.command_id
       WHERE r.status = 'running' AND (c.status IN ('done', 'failed', 'expired') OR c.expires_at <= $1)
       LIMIT 500`,
      [now],
      { name: 'update-runs-sweep' },
    );
    for (const row of r.rows) {
      if (row.result && (row.status === 'done' || row.status === 'failed')) await deps.runs.onCommandResult(row.site_id, row.result);
      else await deps.runs.expireJob(row.site_id, row.command_id);
    }
    deps.runs.changed(await createUpdateRunsRepository(db).finishOrphanedRuns(now));
    return r.rowCount;
  }

  /**
   * Claims work in every open run this process could lock: jobs past their lease (sent again) and as
   * many queued jobs as the run's bound leaves room for, whose first item shows as running; for each
   * new job one statement also stores the command and opens the maintenance window. The run locks are
   * held until everything is written.
   */
  async function claim(): Promise<{ fresh: Claimed[]; resent: Claimed[] }> {
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + deps.leaseMs);
    const windowUntil = new Date(now.getTime() + deps.maintenanceMs);
    // The runs are locked first, in a statement of their own: the claim's count of a run's active jobs
    // must be read after the lock is held. Locked and counted in one statement, a process that got the
    // lock just as another committed its claim counted from a snapshot taken before that commit, and
    // dispatched a second full batch (twice the bound, seen with two processes ticking at once).
    const r = await db.transaction(async (tx) => {
      const runs = await tx.query<{ id: string }>(LOCK_RUNS_SQL, [], { name: 'update-runs-lock' });
      if (runs.rowCount === 0) return [];
      return (await tx.query<ClaimRow>(CLAIM_SQL, [now, leaseUntil, windowUntil, deps.commands.expiry(now), runs.rows.map((x) => x.id)], { name: 'update-runs-claim' })).rows;
    });
    const fresh: Claimed[] = [];
    const resent: Claimed[] = [];
    for (const c of r) {
      const job: Claimed = { runId: c.run_id, siteId: c.site_id, commandId: c.command_id };
      if (c.kind === 'resent') {
        resent.push(job);
        continue;
      }
      job.command = { command_id: c.command_id, site_id: c.site_id, type: 'apply_updates', args: c.args!, issued_at: c.created_at!.toISOString(), expires_at: c.expires_at!.toISOString() };
      job.target = { commands_url: c.commands_url, url: c.url, agent_site_url: c.agent_site_url };
      fresh.push(job);
    }
    return { fresh, resent };
  }

  /**
   * One pass: dispatch what the bounds allow and re-send jobs past their lease; with `sweep`, first end
   * jobs whose command ended without this process hearing of it (the periodic pass; a wake-up after a
   * job ended here skips it).
   */
  async function tick(opts: { sweep?: boolean } = { sweep: true }): Promise<{ dispatched: number; resent: number; ended: number }> {
    const ended = opts.sweep === false ? 0 : await sweep();
    const { fresh, resent } = await claim();
    // Pushed only after the claim committed: the command row exists before any agent can answer it.
    // The result a push brings ends the job in the statement that records it.
    for (const c of [...fresh, ...resent]) deps.commands.send(c.siteId, c.commandId, c.command, c.target, deps.runs.onPushedResult);
    deps.runs.changed([...fresh, ...resent].map((c) => c.runId));
    return { dispatched: fresh.length, resent: resent.length, ended };
  }

  /**
   * Runs a tick soon (or right after the current one). Wake-ups within a few milliseconds share one
   * tick, so jobs ending close together are refilled by one claim.
   */
  function kick(): void {
    if (stopped || soon) return;
    soon = setTimeout(() => {
      soon = undefined;
      run(false);
    }, KICK_DELAY_MS);
  }
  function run(withSweep = true): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick({ sweep: withSweep })
      .then(() => undefined)
      .catch((err) => deps.log.warn({ err }, 'update run dispatch failed'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run(false);
        }
      });
  }

  const onChange = () => kick();
  return {
    tick,
    kick,
    start() {
      if (!stopped) return;
      stopped = false;
      // A job ending in this process frees a slot: fill it now rather than at the next tick.
      deps.runs.events.on('slot', onChange);
      let lastSweep = 0;
      timer = setInterval(() => {
        const due = Date.now() - lastSweep >= (deps.sweepMs ?? 10_000);
        if (due) lastSweep = Date.now();
        run(due);
      }, deps.tickMs);
      timer.unref();
      run();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (soon) clearTimeout(soon);
      deps.runs.events.off('slot', onChange);
      await running;
    },
  };
}
export type UpdateRunDispatcher = ReturnType<typeof createUpdateRunDispatcher>;
