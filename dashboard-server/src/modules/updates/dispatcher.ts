import type { CommandResult, UpdateItem } from '@retainer/protocol';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { CommandsService } from '../commands/commands.service.js';
import { openMaintenanceWindow } from '../uptime/uptime.service.js';
import { createUpdateRunsRepository, NEXT_SEQ } from './update-runs.repository.js';
import type { UpdateRunsService } from './update-runs.service.js';

export interface DispatcherDeps {
  db: Database;
  clock: Clock;
  commands: Pick<CommandsService, 'insertWith' | 'send'>;
  runs: Pick<UpdateRunsService, 'events' | 'changed' | 'onCommandResult' | 'expireJob'>;
  leaseMs: number;
  /** Uptime alerts stay quiet this long after a job is dispatched, unless it finishes earlier. */
  maintenanceMs: number;
  tickMs: number;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

interface Claimed {
  runId: string;
  siteId: string;
  commandId: string;
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

  /** Jobs whose command already ended (result recorded by any process, or expired) end too. */
  async function sweep(): Promise<number> {
    const now = clock.now();
    const r = await db.query<{ run_id: string; site_id: string; status: string; result: CommandResult | null; expired: boolean }>(
      `SELECT j.run_id, j.site_id, c.status, c.result, (c.status = 'expired' OR c.expires_at <= $1) AS expired
       FROM update_runs r JOIN update_run_sites j ON j.run_id = r.id AND j.status IN ('dispatched', 'running')
       JOIN commands c ON c.id = j.command_id
       WHERE r.status = 'running' AND (c.status IN ('done', 'failed', 'expired') OR c.expires_at <= $1)
       LIMIT 500`,
      [now],
    );
    for (const row of r.rows) {
      if (row.result && (row.status === 'done' || row.status === 'failed')) await deps.runs.onCommandResult(row.site_id, row.result);
      else if (row.expired) await deps.runs.expireJob({ runId: row.run_id, siteId: row.site_id });
    }
    return r.rowCount;
  }

  async function claimRun(tx: Queryable, run: { id: string; status: string; concurrency: number; created_by: string | null }, now: Date): Promise<{ fresh: Claimed[]; resent: Claimed[] }> {
    const leaseUntil = new Date(now.getTime() + deps.leaseMs);
    const stale = await tx.query<{ site_id: string; command_id: string; maintenance_window_id: string | null }>(
      `UPDATE update_run_sites SET lease_until = $3, dispatch_count = dispatch_count + 1
       WHERE run_id = $1 AND status IN ('dispatched', 'running') AND lease_until <= $2 RETURNING site_id, command_id, maintenance_window_id`,
      [run.id, now, leaseUntil],
    );
    const windows = stale.rows.map((s) => s.maintenance_window_id).filter((w): w is string => !!w);
    if (windows.length) await tx.query('UPDATE maintenance_windows SET ends_at = greatest(ends_at, $2) WHERE id = ANY ($1::uuid[])', [windows, new Date(now.getTime() + deps.maintenanceMs)]);

    const active = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM update_run_sites WHERE run_id = $1 AND status IN ('dispatched', 'running')", [run.id]);
    const slots = run.concurrency - active.rows[0]!.n;
    const resent = stale.rows.map((s) => ({ runId: run.id, siteId: s.site_id, commandId: s.command_id }));
    if (slots <= 0) return { fresh: [], resent };
    const claimed = await tx.query<{ site_id: string; command_id: string }>(
      `UPDATE update_run_sites j SET status = 'dispatched', dispatched_at = $2, lease_until = $3, dispatch_count = 1, seq = ${NEXT_SEQ}
       FROM (SELECT site_id FROM update_run_sites WHERE run_id = $1 AND status = 'queued' ORDER BY position LIMIT $4 FOR UPDATE SKIP LOCKED) q
       WHERE j.run_id = $1 AND j.site_id = q.site_id RETURNING j.site_id, j.command_id`,
      [run.id, now, leaseUntil, slots],
    );
    if (claimed.rowCount === 0) return { fresh: [], resent };
    const items = await tx.query<{ site_id: string; item_type: UpdateItem['type']; item_id: string; to_version: string | null }>(
      "SELECT site_id, item_type, item_id, to_version FROM update_run_items WHERE run_id = $1 AND site_id = ANY ($2::uuid[]) AND status = 'queued' ORDER BY site_id, position",
      [run.id, claimed.rows.map((c) => c.site_id)],
    );
    const repo = createUpdateRunsRepository(tx);
    for (const job of claimed.rows) {
      const list: UpdateItem[] = items.rows.filter((i) => i.site_id === job.site_id).map((i) => ({ type: i.item_type, id: i.item_id, ...(i.to_version ? { to_version: i.to_version } : {}) }));
      await deps.commands.insertWith(tx, { id: job.command_id, siteId: job.site_id, type: 'apply_updates', args: { run_id: run.id, items: list }, userId: run.created_by });
      const window = await openMaintenanceWindow(tx, job.site_id, now, new Date(now.getTime() + deps.maintenanceMs), `Update run ${run.id}`, now);
      await tx.query('UPDATE update_run_sites SET maintenance_window_id = $3 WHERE run_id = $1 AND site_id = $2', [run.id, job.site_id, window.id]);
      await repo.startNextItem(run.id, job.site_id);
    }
    if (run.status === 'queued') await tx.query(`UPDATE update_runs SET status = 'running', started_at = $2, seq = ${NEXT_SEQ} WHERE id = $1`, [run.id, now]);
    return { fresh: claimed.rows.map((c) => ({ runId: run.id, siteId: c.site_id, commandId: c.command_id })), resent };
  }

  async function claim(): Promise<{ fresh: Claimed[]; resent: Claimed[] }> {
    const now = clock.now();
    return db.transaction(async (tx) => {
      const open = await tx.query<{ id: string; status: string; concurrency: number; created_by: string | null }>(
        "SELECT id, status, concurrency, created_by FROM update_runs WHERE status IN ('queued', 'running') ORDER BY created_at, id LIMIT 20 FOR UPDATE SKIP LOCKED",
      );
      const out = { fresh: [] as Claimed[], resent: [] as Claimed[] };
      for (const run of open.rows) {
        const r = await claimRun(tx, run, now);
        out.fresh.push(...r.fresh);
        out.resent.push(...r.resent);
      }
      return out;
    });
  }

  /** One pass: end finished jobs, dispatch what the bounds allow, re-send jobs past their lease. */
  async function tick(): Promise<{ dispatched: number; resent: number; ended: number }> {
    const ended = await sweep();
    const { fresh, resent } = await claim();
    // Pushed only after the claim committed: the command row exists before any agent can answer it.
    for (const c of [...fresh, ...resent]) deps.commands.send(c.siteId, c.commandId);
    deps.runs.changed([...fresh, ...resent].map((c) => c.runId));
    return { dispatched: fresh.length, resent: resent.length, ended };
  }

  /** Runs a tick now (or right after the current one), coalescing bursts of wake-ups. */
  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .then(() => undefined)
      .catch((err) => deps.log.warn({ err }, 'update run dispatch failed'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          kick();
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
      timer = setInterval(kick, deps.tickMs);
      timer.unref();
      kick();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      deps.runs.events.off('slot', onChange);
      await running;
    },
  };
}
export type UpdateRunDispatcher = ReturnType<typeof createUpdateRunDispatcher>;
