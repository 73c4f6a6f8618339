import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ApplyUpdatesOutputSchema, type CommandResult, type UpdateEvent, type UpdateOutcome } from '@retainer/protocol';
import { Value } from '@sinclair/typebox/value';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { holdFor } from './holds.js';
import { createUpdateEventsRepository, decodeCursor, encodeCursor } from './update-events.repository.js';
import { createUpdateRunsRepository, toItem, toSite, type NewItem, type NewJob } from './update-runs.repository.js';
import { createUpdatesRepository } from './updates.repository.js';
import type { CreateRun, EventsQuery, HistoryEvent, ItemStatus, RunDetail, UpdateRun } from './updates.schemas.js';

/** How an agent's outcome shows in a run: `skipped` (nothing was touched, e.g. NO_UPDATE) counts as failed, with its reason. */
const ITEM_STATUS: Record<UpdateOutcome, ItemStatus> = { updated: 'updated', failed: 'failed', rolled_back: 'rolled_back', skipped: 'failed' };

/*
 * Hub-side reason codes for items the agent never reported on, next to the agent's own
 * (UPDATE_REASON_CODES): the command failed or was refused as a whole, the agent finished without a
 * word about the item, or the command expired before the site ran it.
 */
export const HUB_REASON = { COMMAND_FAILED: 'COMMAND_FAILED', NOT_REPORTED: 'NOT_REPORTED', COMMAND_EXPIRED: 'COMMAND_EXPIRED' } as const;

export interface UpdateRunsDeps {
  db: Database;
  clock: Clock;
  defaultConcurrency: number;
  /** How long a dispatched job may stay silent before it is sent again; events extend it. */
  leaseMs: number;
}

/** Update runs: creation (jobs, items, holds), progress from agent events and command results, reads. */
export function createUpdateRunsService(deps: UpdateRunsDeps) {
  const { db, clock } = deps;
  const runs = createUpdateRunsRepository(db);
  /**
   * 'change' (runId) after every committed change this process made; 'slot' (runId) when a run was
   * created or one of its jobs ended, i.e. when the dispatcher may have work.
   */
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const changed = (runIds: Iterable<string>) => {
    for (const id of new Set(runIds)) events.emit('change', id);
  };

  async function validateTargets(input: CreateRun): Promise<void> {
    const ids = input.targets.map((t) => t.site_id.toLowerCase());
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) throw new AppError(ErrorCode.VALIDATION_FAILED, 'A site appears twice in targets; list each site once with all its items', { site_id: dup });
    for (const t of input.targets) {
      const keys = t.items.map((i) => `${i.type}:${i.id}`);
      const dupItem = keys.find((k, i) => keys.indexOf(k) !== i);
      if (dupItem) throw new AppError(ErrorCode.VALIDATION_FAILED, 'An item appears twice for one site', { site_id: t.site_id, item: dupItem });
    }
    const found = await db.query<{ id: string; status: string }>('SELECT id, status FROM sites WHERE id = ANY ($1::uuid[])', [ids]);
    const status = new Map(found.rows.map((r) => [r.id, r.status]));
    const missing = ids.filter((id) => !status.has(id));
    if (missing.length) throw new AppError(ErrorCode.NOT_FOUND, 'Site not found', { site_ids: missing });
    const offline = ids.filter((id) => status.get(id) !== 'connected');
    if (offline.length) throw new AppError(ErrorCode.CONFLICT, 'These sites have no connected agent', { site_ids: offline });
  }

  /** Items with names and versions from the inventory; held ones are recorded as skipped_held. */
  async function plan(input: CreateRun): Promise<{ jobs: NewJob[]; items: NewItem[] }> {
    const siteIds = input.targets.map((t) => t.site_id.toLowerCase());
    const updates = createUpdatesRepository(db);
    const [pending, holds] = await Promise.all([updates.pending({ siteIds }), updates.holdsFor(siteIds)]);
    const offer = new Map(pending.map((p) => [`${p.site_id}\u0000${p.type}\u0000${p.id}`, p]));
    const jobs: NewJob[] = [];
    const items: NewItem[] = [];
    input.targets.forEach((t, position) => {
      const siteId = t.site_id.toLowerCase();
      let open = 0;
      t.items.forEach((it, i) => {
        const o = offer.get(`${siteId}\u0000${it.type}\u0000${it.id}`);
        const toVersion = it.to_version ?? o?.to_version ?? null;
        const hold = holdFor(holds, siteId, it.type, it.id, toVersion);
        if (!hold) open++;
        items.push({
          siteId,
          position: i,
          type: it.type,
          id: it.id,
          name: o?.name ?? it.id,
          fromVersion: o?.from_version ?? null,
          toVersion,
          status: hold ? 'skipped_held' : 'queued',
          reasonCode: hold ? 'HELD' : null,
          reason: hold ? `Held: ${hold.reason}` : null,
        });
      });
      jobs.push({ siteId, position, commandId: randomUUID(), status: open > 0 ? 'queued' : 'done' });
    });
    return { jobs, items };
  }

  /** Stores agent events (each event_id once) and moves the items they report on. Runs inside `tx`. */
  async function recordEvents(tx: Queryable, siteId: string, list: UpdateEvent[]): Promise<{ stored: number; duplicates: number; runIds: string[] }> {
    const commandIds = [...new Set(list.map((e) => e.command_id.toLowerCase()))];
    const own = await tx.query<{ id: string }>("SELECT id FROM commands WHERE site_id = $1 AND type = 'apply_updates' AND id = ANY ($2::uuid[])", [siteId, commandIds]);
    if (own.rowCount !== commandIds.length) throw new AppError(ErrorCode.NOT_FOUND, 'No such apply_updates command for this site', { command_ids: commandIds.filter((c) => !own.rows.some((r) => r.id === c)) });
    const repo = createUpdateRunsRepository(tx);
    const history = createUpdateEventsRepository(tx);
    const now = clock.now();
    const leaseUntil = new Date(now.getTime() + deps.leaseMs);
    let stored = 0;
    const runIds: string[] = [];
    for (const e of list) {
      const job = await repo.jobForCommand(siteId, e.command_id.toLowerCase());
      if (!(await history.insert(siteId, job?.run_id ?? e.run_id, e, now))) continue;
      stored++;
      if (!job) continue;
      const item = { type: e.item.type, id: e.item.id, status: ITEM_STATUS[e.outcome], reasonCode: e.reason_code, reason: e.reason, fromVersion: e.from_version, toVersion: e.to_version, eventId: e.event_id, finishedAt: new Date(e.finished_at) };
      if (await repo.applyItemOutcome({ runId: job.run_id, siteId }, item, leaseUntil)) runIds.push(job.run_id);
    }
    return { stored, duplicates: list.length - stored, runIds };
  }

  /** Ends a job: its maintenance window closes, items never reported fail, the run ends with its last job. */
  async function finishJob(tx: Queryable, job: { runId: string; siteId: string }, outcome: { status: 'done' | 'failed'; error: string | null; itemReasonCode: string; itemReason: string }): Promise<boolean> {
    const now = clock.now();
    // Lock order run → job, the same as the dispatcher's claim, so the two never deadlock.
    await tx.query('SELECT 1 FROM update_runs WHERE id = $1 FOR UPDATE', [job.runId]);
    const repo = createUpdateRunsRepository(tx);
    const ended = await repo.finishJob({ ...job, ...outcome, now });
    if (!ended) return false;
    if (ended.maintenance_window_id) await repo.closeMaintenanceWindow(ended.maintenance_window_id, now);
    await repo.finishRunIfComplete(job.runId, now);
    return true;
  }

  return {
    events,
    changed,

    async create(input: CreateRun, userId: string | null): Promise<UpdateRun> {
      await validateTargets(input);
      const { jobs, items } = await plan(input);
      const id = randomUUID();
      const now = clock.now();
      await db.transaction(async (tx) => {
        await createUpdateRunsRepository(tx).insertRun({ id, concurrency: input.concurrency ?? deps.defaultConcurrency, createdBy: userId, now, jobs, items });
        // Held items are part of the history too (the monthly report shows what was deliberately left).
        const history = createUpdateEventsRepository(tx);
        for (const it of items.filter((i) => i.status === 'skipped_held')) {
          await history.insert(it.siteId, id, {
            event_id: randomUUID(),
            command_id: null,
            run_id: id,
            item: { type: it.type, id: it.id, name: it.name },
            from_version: it.fromVersion,
            to_version: it.toVersion,
            outcome: 'skipped',
            reason_code: 'HELD',
            reason: it.reason,
            started_at: now.toISOString(),
            finished_at: now.toISOString(),
            probes: { before: [], after: [], after_rollback: [] },
          }, now);
        }
        await createUpdateRunsRepository(tx).finishRunIfComplete(id, now);
      });
      changed([id]);
      events.emit('slot', id);
      return (await runs.findRun(id))!;
    },

    async get(id: string): Promise<RunDetail> {
      const run = await runs.findRun(id);
      if (!run) throw notFound('Update run');
      const { seq: _seq, ...view } = run;
      const { sites, items } = await runs.detail(id);
      const bySite = new Map<string, ReturnType<typeof toItem>[]>();
      for (const i of items) {
        let l = bySite.get(i.site_id);
        if (!l) bySite.set(i.site_id, (l = []));
        l.push(toItem(i));
      }
      return { run: view, sites: sites.map((s) => toSite(s, bySite.get(s.site_id) ?? [])) };
    },

    async list(limit: number, cursor: string | undefined): Promise<{ runs: UpdateRun[]; next_cursor: string | null }> {
      const after = cursor ? decodeCursor(cursor) : undefined;
      if (cursor && !after) throw new AppError(ErrorCode.VALIDATION_FAILED, 'cursor is not one this API handed out');
      const page = await runs.listRuns(limit, after && { createdAt: after.at, id: after.id });
      const last = page.at(-1);
      return { runs: page, next_cursor: page.length === limit && last ? encodeCursor(last.created_at, last.id) : null };
    },

    async history(q: EventsQuery): Promise<{ events: HistoryEvent[]; next_cursor: string | null }> {
      const after = q.cursor ? decodeCursor(q.cursor) : undefined;
      if (q.cursor && !after) throw new AppError(ErrorCode.VALIDATION_FAILED, 'cursor is not one this API handed out');
      const list = await createUpdateEventsRepository(db).list(q, after);
      const last = list.at(-1);
      return { events: list, next_cursor: list.length === q.limit && last ? encodeCursor(last.finished_at, last.event_id) : null };
    },

    /** POST /agent/v1/update-events, inside the transaction that consumed the request's nonce. */
    async recordAgentEvents(tx: Queryable, siteId: string, list: UpdateEvent[]) {
      const r = await recordEvents(tx, siteId, list);
      return { stored: r.stored, duplicates: r.duplicates, afterCommit: () => changed(r.runIds) };
    },

    /**
     * A command result arrived (pushed answer or the agent's POST). For an update job: its events are
     * stored like posted ones, then the job ends. Idempotent: a second result changes nothing.
     */
    async onCommandResult(siteId: string, result: CommandResult): Promise<void> {
      const job = await runs.jobForCommand(siteId, result.command_id.toLowerCase());
      if (!job || job.status === 'done' || job.status === 'failed') return;
      let ended = false;
      const runIds = await db.transaction(async (tx) => {
        const touched: string[] = [job.run_id];
        const output = result.output;
        if (Value.Check(ApplyUpdatesOutputSchema, output)) {
          const mine = output.events.filter((e) => e.command_id.toLowerCase() === result.command_id.toLowerCase());
          if (mine.length) touched.push(...(await recordEvents(tx, siteId, mine)).runIds);
        }
        const ok = result.status === 'ok';
        ended = await finishJob(tx, { runId: job.run_id, siteId }, {
          status: ok ? 'done' : 'failed',
          error: result.error ? `${result.error.code}: ${result.error.message}` : ok ? null : `The agent answered ${result.status}`,
          itemReasonCode: ok ? HUB_REASON.NOT_REPORTED : (result.error?.code ?? HUB_REASON.COMMAND_FAILED),
          itemReason: ok ? 'The agent finished the command without reporting this item' : (result.error?.message ?? `The command ${result.status === 'rejected' ? 'was refused' : 'failed'} on the site`),
        });
        return touched;
      });
      changed(runIds);
      if (ended) events.emit('slot', job.run_id);
    },

    /** A job whose command expired (or vanished) without a result. */
    async expireJob(job: { runId: string; siteId: string }): Promise<void> {
      const ended = await db.transaction((tx) =>
        finishJob(tx, job, { status: 'failed', error: 'The command expired before the site ran it', itemReasonCode: HUB_REASON.COMMAND_EXPIRED, itemReason: 'The site did not run the update command before it expired' }),
      );
      if (ended) {
        changed([job.runId]);
        events.emit('slot', job.runId);
      }
    },
  };
}
export type UpdateRunsService = ReturnType<typeof createUpdateRunsService>;
