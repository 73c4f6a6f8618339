import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ApplyUpdatesOutputSchema, type CommandResult, type UpdateEvent } from '@retainer/protocol';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { holdFor } from './holds.js';
import { createUpdateEventsRepository, decodeCursor, encodeCursor } from './update-events.repository.js';
import { createUpdateRunsRepository, toItem, toSite, type NewItem, type NewJob } from './update-runs.repository.js';
import { createUpdatesRepository } from './updates.repository.js';
import { createUpdatesService } from './updates.service.js';
import { MAX_ITEMS_PER_SITE, type CreateRun, type EventsQuery, type HistoryEvent, type RunDetail, type UpdateRun } from './updates.schemas.js';

type Target = NonNullable<CreateRun['targets']>[number];

/** Checked on every command result of a run; compiled once rather than interpreted each time. */
const applyUpdatesOutput = TypeCompiler.Compile(ApplyUpdatesOutputSchema);

/*
 * Hub-side reason codes for items the agent never reported on, next to the agent's own
 * (UPDATE_REASON_CODES): the command failed or was refused as a whole, the agent finished without a
 * word about the item, or the command expired before the site ran it.
 */
export const HUB_REASON = { COMMAND_FAILED: 'COMMAND_FAILED', NOT_REPORTED: 'NOT_REPORTED', COMMAND_EXPIRED: 'COMMAND_EXPIRED' } as const;

export type SignedEventsOutcome = { stored: number; duplicates: number } | { refused: 'site' | 'command' | 'nonce' };

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
  const fleet = createUpdatesService({ db, clock });
  /**
   * 'change' (runId) after every committed change this process made; 'slot' (runId) when a run was
   * created or one of its jobs ended, i.e. when the dispatcher may have work.
   */
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const changed = (runIds: Iterable<string>) => {
    for (const id of new Set(runIds)) events.emit('change', id);
  };

  /** The explicit targets (site ids already lower-cased) must name each site once and each of its items once. */
  function checkTargets(targets: Target[]): void {
    const firstDuplicate = (values: string[]) => {
      const seen = new Set<string>();
      return values.find((v) => seen.size === seen.add(v).size);
    };
    const dup = firstDuplicate(targets.map((t) => t.site_id));
    if (dup) throw new AppError(ErrorCode.VALIDATION_FAILED, 'A site appears twice in targets; list each site once with all its items', { site_id: dup });
    for (const t of targets) {
      const dupItem = firstDuplicate(t.items.map((i) => `${i.type}:${i.id}`));
      if (dupItem) throw new AppError(ErrorCode.VALIDATION_FAILED, 'An item appears twice for one site', { site_id: t.site_id, item: dupItem });
    }
  }

  /**
   * The run's per-site targets: the explicit ones plus the whole items picked in the fleet view,
   * expanded on the hub with the view's filters (a large fleet's screen never lists every site).
   */
  async function resolveTargets(input: CreateRun): Promise<Target[]> {
    if (!input.targets && !input.items) throw new AppError(ErrorCode.VALIDATION_FAILED, 'Give targets (items on named sites), items (whole items of the update list), or both');
    const targets = (input.targets ?? []).map((t) => ({ site_id: t.site_id.toLowerCase(), items: [...t.items] }));
    checkTargets(targets);
    if (!input.items) return targets;
    const bySite = new Map(targets.map((t) => [t.site_id, t]));
    for (const [siteId, items] of await fleet.expand(input.items, input.filter ?? {})) {
      let t = bySite.get(siteId);
      if (!t) {
        t = { site_id: siteId, items: [] };
        bySite.set(siteId, t);
        targets.push(t);
      }
      for (const it of items) if (!t.items.some((x) => x.type === it.type && x.id === it.id)) t.items.push(it);
    }
    const crowded = targets.find((t) => t.items.length > MAX_ITEMS_PER_SITE);
    if (crowded) throw new AppError(ErrorCode.VALIDATION_FAILED, `A site would get more than ${MAX_ITEMS_PER_SITE} updates in one run; select fewer items`, { site_id: crowded.site_id });
    if (targets.length === 0) throw new AppError(ErrorCode.CONFLICT, 'Nothing to update: the selected items are held or no longer pending on these sites');
    return targets;
  }

  /** Every site exists and has a connected agent. */
  async function checkSites(targets: Target[]): Promise<void> {
    const ids = targets.map((t) => t.site_id);
    const found = await db.query<{ id: string; status: string }>('SELECT id, status FROM sites WHERE id = ANY ($1::uuid[])', [ids]);
    const status = new Map(found.rows.map((r) => [r.id, r.status]));
    const missing = ids.filter((id) => !status.has(id));
    if (missing.length) throw new AppError(ErrorCode.NOT_FOUND, 'Site not found', { site_ids: missing });
    const offline = ids.filter((id) => status.get(id) !== 'connected');
    if (offline.length) throw new AppError(ErrorCode.CONFLICT, 'These sites have no connected agent', { site_ids: offline });
  }

  /** Items with names and versions from the inventory; held ones are recorded as skipped_held. */
  async function plan(targets: Target[]): Promise<{ jobs: NewJob[]; items: NewItem[] }> {
    const siteIds = targets.map((t) => t.site_id);
    const updates = createUpdatesRepository(db);
    const [pending, holds] = await Promise.all([updates.pending({ siteIds }), updates.holdsFor(siteIds)]);
    const offer = new Map(pending.map((p) => [`${p.site_id}\u0000${p.type}\u0000${p.id}`, p]));
    const jobs: NewJob[] = [];
    const items: NewItem[] = [];
    targets.forEach((t, position) => {
      const siteId = t.site_id;
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

  /** The events a result carries and how its job ends. */
  function outcomeOf(result: CommandResult): [UpdateEvent[], { status: 'done' | 'failed'; error: string | null; itemReasonCode: string; itemReason: string }] {
    const output = result.output;
    const ok = result.status === 'ok';
    return [
      applyUpdatesOutput.Check(output) ? output.events : [],
      {
        status: ok ? 'done' : 'failed',
        error: result.error ? `${result.error.code}: ${result.error.message}` : ok ? null : `The agent answered ${result.status}`,
        itemReasonCode: ok ? HUB_REASON.NOT_REPORTED : (result.error?.code ?? HUB_REASON.COMMAND_FAILED),
        itemReason: ok ? 'The agent finished the command without reporting this item' : (result.error?.message ?? `The command ${result.status === 'rejected' ? 'was refused' : 'failed'} on the site`),
      },
    ];
  }

  async function endJob(siteId: string, commandId: string, list: UpdateEvent[], outcome: { status: 'done' | 'failed'; error: string | null; itemReasonCode: string; itemReason: string }, pushed?: { result: CommandResult; now: Date }): Promise<void> {
    const r = await runs.endJob({ siteId, commandId: commandId.toLowerCase(), events: list, ...outcome, now: pushed?.now ?? clock.now(), pushed: pushed?.result });
    if (!r.ended || !r.run_id) return;
    changed([r.run_id]);
    events.emit('slot', r.run_id);
  }

  return {
    events,
    changed,

    async create(input: CreateRun, userId: string | null): Promise<UpdateRun> {
      const targets = await resolveTargets(input);
      await checkSites(targets);
      const { jobs, items } = await plan(targets);
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
      });
      changed([id]);
      events.emit('slot', id);
      return (await runs.findRun(id))!;
    },

    /**
     * Cancels a run: jobs not dispatched yet end as cancelled and are never sent; jobs already out are
     * left to finish (an agent cannot be stopped safely mid-update) and the run ends as cancelled with
     * the last of them. Asking again changes nothing; a run that ended as done cannot be cancelled.
     */
    async cancel(id: string, userId: string | null): Promise<UpdateRun> {
      const now = clock.now();
      const outcome = await db.transaction(async (tx) => {
        const repo = createUpdateRunsRepository(tx);
        const run = await repo.lockRun(id);
        if (!run) throw notFound('Update run');
        if (run.status === 'done') throw new AppError(ErrorCode.CONFLICT, 'This run has already finished; there is nothing left to cancel', { status: run.status });
        if (run.cancel_requested_at || run.status === 'cancelled') return undefined;
        return repo.cancelRun({ id, now, userId, reason: 'The run was cancelled before this site was updated' });
      });
      if (outcome) changed([id]);
      const { seq: _seq, ...view } = (await runs.findRun(id))!;
      return view;
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

    /**
     * POST /agent/v1/update-events from a verified signature: stores the events (each event_id once) and
     * moves their items, in one statement that also re-checks the signer and consumes the nonce.
     */
    async recordSignedEvents(agent: { siteId: string; nonce: string; publicKey: string }, list: UpdateEvent[]): Promise<SignedEventsOutcome> {
      const now = clock.now();
      const r = await runs.recordPostedEvents({ siteId: agent.siteId, publicKey: agent.publicKey, nonce: agent.nonce, events: list, now, leaseUntil: new Date(now.getTime() + deps.leaseMs) });
      if (!r.site_ok) return { refused: 'site' };
      if (!r.owned) return { refused: 'command' };
      if (!r.nonce_ok) return { refused: 'nonce' };
      changed(r.run_ids ?? []);
      return { stored: r.stored, duplicates: list.length - r.stored };
    },

    /**
     * A command result was recorded on the command (the agent's POST, a push the commands service
     * recorded, or found by the dispatcher's sweep). For an update job, its events are stored like
     * posted ones and the job ends. Idempotent.
     */
    async onCommandResult(siteId: string, result: CommandResult): Promise<void> {
      await endJob(siteId, result.command_id, ...outcomeOf(result));
    },

    /**
     * A push brought the result of a job's command: the result is recorded on the command and the job
     * ends in one statement (the dispatcher hands this to the commands service's `send`).
     */
    async onPushedResult(siteId: string, result: CommandResult, now: Date): Promise<void> {
      await endJob(siteId, result.command_id, ...outcomeOf(result), { result, now });
    },

    /** A job whose command expired without a result. */
    async expireJob(siteId: string, commandId: string): Promise<void> {
      await endJob(siteId, commandId, [], { status: 'failed', error: 'The command expired before the site ran it', itemReasonCode: HUB_REASON.COMMAND_EXPIRED, itemReason: 'The site did not run the update command before it expired' });
    },
  };
}
export type UpdateRunsService = ReturnType<typeof createUpdateRunsService>;
