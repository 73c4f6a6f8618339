import type { CommandResult, UpdateEvent, UpdateItemType } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import { pushedResultSql, resultStatus } from '../commands/commands.repository.js';
import type { ItemStatus, JobStatus, RunItem, RunSite, RunStatus, UpdateRun } from './updates.schemas.js';

/*
 * A dispatched job holds a maintenance window open while its site updates, with the reason
 * 'Update run <run id>' (how the statements here and the dispatcher's claim find it again).
 */

/** Each write takes the next change number; the progress stream sends rows by it. */
export const NEXT_SEQ = "nextval('update_change_seq')";

export interface NewJob {
  siteId: string;
  position: number;
  commandId: string;
  /** A job whose items are all held is done at creation. */
  status: 'queued' | 'done';
}
export interface NewItem {
  siteId: string;
  position: number;
  type: UpdateItemType;
  id: string;
  name: string;
  fromVersion: string | null;
  toVersion: string | null;
  status: 'queued' | 'skipped_held';
  reasonCode: string | null;
  reason: string | null;
}

interface RunRow {
  id: string;
  status: RunStatus;
  concurrency: number;
  created_by: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  cancel_requested_at: Date | null;
  seq: string;
  sites: number;
  items: number;
  queued: number;
  running: number;
  updated: number;
  failed: number;
  rolled_back: number;
  skipped_held: number;
  cancelled: number;
}
const iso = (d: Date | null) => d?.toISOString() ?? null;
export const toRun = (r: RunRow): UpdateRun => ({
  id: r.id,
  status: r.status,
  created_at: r.created_at.toISOString(),
  started_at: iso(r.started_at),
  finished_at: iso(r.finished_at),
  created_by: r.created_by,
  concurrency: r.concurrency,
  cancel_requested_at: iso(r.cancel_requested_at),
  counts: {
    sites: r.sites,
    items: r.items,
    queued: r.queued,
    running: r.running,
    updated: r.updated,
    failed: r.failed,
    rolled_back: r.rolled_back,
    skipped_held: r.skipped_held,
    cancelled: r.cancelled,
  },
});
const RUN_SELECT = `SELECT r.id, r.status, r.concurrency, r.created_by, r.created_at, r.started_at, r.finished_at, r.cancel_requested_at, r.seq,
  (SELECT count(*)::int FROM update_run_sites j WHERE j.run_id = r.id) AS sites, c.*
  FROM update_runs r, LATERAL (SELECT count(*)::int AS items,
    count(*) FILTER (WHERE i.status = 'queued')::int AS queued, count(*) FILTER (WHERE i.status = 'running')::int AS running,
    count(*) FILTER (WHERE i.status = 'updated')::int AS updated, count(*) FILTER (WHERE i.status = 'failed')::int AS failed,
    count(*) FILTER (WHERE i.status = 'rolled_back')::int AS rolled_back, count(*) FILTER (WHERE i.status = 'skipped_held')::int AS skipped_held,
    count(*) FILTER (WHERE i.status = 'cancelled')::int AS cancelled
    FROM update_run_items i WHERE i.run_id = r.id) c`;

export interface SiteRow {
  site_id: string;
  site_label: string;
  status: JobStatus;
  command_id: string;
  dispatch_count: number;
  seq: string;
}
export interface ItemRow {
  site_id: string;
  item_type: UpdateItemType;
  item_id: string;
  item_name: string;
  from_version: string | null;
  to_version: string | null;
  status: ItemStatus;
  reason_code: string | null;
  reason: string | null;
  finished_at: Date | null;
  seq: string;
}
export const toItem = (r: ItemRow): RunItem => ({
  type: r.item_type,
  id: r.item_id,
  name: r.item_name,
  from_version: r.from_version,
  to_version: r.to_version,
  status: r.status,
  reason_code: r.reason_code,
  reason: r.reason,
  finished_at: iso(r.finished_at),
});
export const toSite = (r: SiteRow, items: RunItem[]): RunSite => ({ site_id: r.site_id, site_label: r.site_label, status: r.status, command_id: r.command_id, items });

/** A change number with the running transactions' bounds when it was read (as text: bigints). */
export interface ChangeMark {
  n: string;
  xmin: string;
  xmax: string;
}
const MARK_COLS =
  '(SELECT last_value::text FROM update_change_seq) AS n, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin, pg_snapshot_xmax(pg_current_snapshot())::text AS xmax';

const SITE_COLS = 'j.site_id, s.label AS site_label, j.status, j.command_id, j.dispatch_count, j.seq';
const ITEM_COLS = 'i.site_id, i.item_type, i.item_id, i.item_name, i.from_version, i.to_version, i.status, i.reason_code, i.reason, i.finished_at, i.seq';


export interface PostedEventsOutcome {
  site_ok: boolean;
  owned: boolean;
  nonce_ok: boolean;
  stored: number;
  run_ids: string[] | null;
}
export interface EndJobOutcome {
  run_id: string | null;
  ended: boolean;
  run_done: boolean;
}

const eventsJson = (events: UpdateEvent[]) =>
  JSON.stringify(
    events.map((e) => ({
      event_id: e.event_id,
      command_id: e.command_id,
      run_id: e.run_id,
      item_type: e.item.type,
      item_id: e.item.id,
      item_name: e.item.name,
      from_version: e.from_version,
      to_version: e.to_version,
      outcome: e.outcome,
      reason_code: e.reason_code,
      reason: e.reason,
      probes: e.probes,
      started_at: e.started_at,
      finished_at: e.finished_at,
    })),
  );

/*
 * The two progress statements share these parts. Every statement is a single round trip: on a busy hub
 * the round trips to PostgreSQL, not the SQL, are what an update run costs. `ev` is the batch, `job`
 * the jobs of its commands, `ins` the events stored by this statement (a known event_id changes
 * nothing), `moved` the items they finished; the first still-open item after them is the one the agent
 * is on now (it works in order), so it shows as running. An agent's `skipped` (nothing touched) is a
 * failed item with its reason.
 */
const EV = `ev AS (
  SELECT * FROM jsonb_to_recordset($EVENTS::jsonb) AS e(event_id uuid, command_id uuid, run_id uuid, item_type text, item_id text, item_name text,
    from_version text, to_version text, outcome text, reason_code text, reason text, probes jsonb, started_at timestamptz, finished_at timestamptz)
)`;
const STORE = `ins AS (
  INSERT INTO update_events (event_id, site_id, command_id, run_id, item_type, item_id, item_name, from_version, to_version, outcome, reason_code, reason, probes, started_at, finished_at, received_at)
  SELECT e.event_id, $1::uuid, e.command_id,
    coalesce((SELECT a.run_id FROM update_run_sites a WHERE a.command_id = e.command_id AND a.site_id = $1::uuid), e.run_id), e.item_type, e.item_id, e.item_name,
    e.from_version, e.to_version, e.outcome, e.reason_code, e.reason, e.probes, e.started_at, e.finished_at, $4::timestamptz
  FROM ev e WHERE $ALLOWED
  ON CONFLICT (event_id) DO NOTHING
  RETURNING event_id, command_id, item_type, item_id, from_version, to_version, outcome, reason_code, reason, finished_at
), moved AS (
  UPDATE update_run_items i SET status = CASE n.outcome WHEN 'skipped' THEN 'failed' ELSE n.outcome END, reason_code = n.reason_code, reason = n.reason,
    from_version = coalesce(n.from_version, i.from_version), to_version = coalesce(n.to_version, i.to_version), event_id = n.event_id,
    finished_at = n.finished_at, seq = ${NEXT_SEQ}
  FROM ins n JOIN job ON job.command_id = n.command_id
  WHERE i.run_id = job.run_id AND i.site_id = $1::uuid AND i.item_type = n.item_type AND i.item_id = n.item_id AND i.status IN ('queued', 'running')
  RETURNING i.run_id, i.item_type, i.item_id
)`;
const NEXT_ITEM = `nxt AS (
  SELECT DISTINCT ON (i.run_id) i.run_id, i.item_type, i.item_id, i.status FROM update_run_items i
  WHERE i.site_id = $1::uuid AND i.run_id IN (SELECT run_id FROM moved) AND i.status IN ('queued', 'running')
    AND NOT EXISTS (SELECT 1 FROM moved m WHERE m.run_id = i.run_id AND m.item_type = i.item_type AND m.item_id = i.item_id)
  ORDER BY i.run_id, i.position
), started_item AS (
  UPDATE update_run_items i SET status = 'running', seq = ${NEXT_SEQ} FROM nxt
  WHERE nxt.status = 'queued' AND i.run_id = nxt.run_id AND i.site_id = $1::uuid AND i.item_type = nxt.item_type AND i.item_id = nxt.item_id
  RETURNING 1
)`;

const POSTED_EVENTS_SQL = `
WITH ${EV.replace('$EVENTS', '$5')}, ok_site AS (
  SELECT id FROM sites WHERE id = $1::uuid AND status = 'connected' AND public_key = $2
), owned AS (
  SELECT count(*) = (SELECT count(DISTINCT command_id) FROM ev) AS ok FROM commands c
  WHERE c.site_id = $1::uuid AND c.type = 'apply_updates' AND c.id IN (SELECT command_id FROM ev)
), nonce AS (
  INSERT INTO agent_nonces (site_id, nonce, seen_at) SELECT id, $3, $4::timestamptz FROM ok_site WHERE (SELECT ok FROM owned)
  ON CONFLICT DO NOTHING RETURNING site_id
), job AS (
  SELECT j.run_id, j.command_id FROM update_run_sites j WHERE j.site_id = $1::uuid AND j.command_id IN (SELECT command_id FROM ev)
), ${STORE.replace('$ALLOWED', 'EXISTS (SELECT 1 FROM nonce)')}, ${NEXT_ITEM}, running_job AS (
  UPDATE update_run_sites j SET status = 'running', lease_until = greatest(j.lease_until, $6::timestamptz),
    seq = CASE WHEN j.status = 'dispatched' THEN ${NEXT_SEQ} ELSE j.seq END
  WHERE j.site_id = $1::uuid AND j.status IN ('dispatched', 'running') AND j.run_id IN (SELECT run_id FROM moved)
  RETURNING j.run_id
)
SELECT EXISTS (SELECT 1 FROM ok_site) AS site_ok, (SELECT ok FROM owned) AS owned, EXISTS (SELECT 1 FROM nonce) AS nonce_ok,
  (SELECT count(*) FROM ins)::int AS stored, (SELECT array_agg(DISTINCT run_id) FROM moved) AS run_ids`;

/** How a run ends when its last job does: cancelled if a cancel was asked for meanwhile. */
const RUN_END_STATUS = "CASE WHEN r.cancel_requested_at IS NULL THEN 'done' ELSE 'cancelled' END";

/*
 * Cancelling a run: its queued jobs (never dispatched) and their open items end as cancelled and leave
 * the open-job counter; the run ends now if nothing else is out, else when its last job ends. The
 * caller holds the run's row lock, which the dispatcher's claim takes too (SKIP LOCKED), so a job is
 * either claimed before the cancel (and left to finish) or cancelled before any claim sees it.
 */
const CANCEL_SQL = `
WITH jobs AS (
  UPDATE update_run_sites j SET status = 'cancelled', finished_at = $2::timestamptz, error = $3, seq = ${NEXT_SEQ}
  WHERE j.run_id = $1::uuid AND j.status = 'queued'
  RETURNING j.site_id
), items AS (
  UPDATE update_run_items i SET status = 'cancelled', reason_code = 'CANCELLED', reason = $3, finished_at = $2::timestamptz, seq = ${NEXT_SEQ}
  FROM jobs WHERE i.run_id = $1::uuid AND i.site_id = jobs.site_id AND i.status = 'queued'
  RETURNING 1
), run AS (
  UPDATE update_runs r SET cancel_requested_at = coalesce(r.cancel_requested_at, $2::timestamptz), cancel_requested_by = coalesce(r.cancel_requested_by, $4::uuid),
    open_jobs = r.open_jobs - (SELECT count(*) FROM jobs),
    status = CASE WHEN r.open_jobs = (SELECT count(*) FROM jobs) THEN 'cancelled' ELSE r.status END,
    finished_at = CASE WHEN r.open_jobs = (SELECT count(*) FROM jobs) THEN $2::timestamptz ELSE r.finished_at END,
    seq = ${NEXT_SEQ}
  WHERE r.id = $1::uuid
  RETURNING r.status
)
SELECT (SELECT count(*) FROM jobs)::int AS cancelled_jobs, (SELECT count(*) FROM items)::int AS cancelled_items, (SELECT status FROM run) AS status`;

/*
 * Ending a job from its command's outcome. With `pushed`, the same statement first records the result
 * the push brought on the command ($9: its new status, $10: the result), and the job ends only if
 * that result was recorded now (a command that expired, or whose result came through a report first,
 * is left to the path that ended it).
 */
const endJobSql = (pushed: boolean) => `
WITH ${pushed ? `${pushedResultSql({ id: '$2', siteId: '$1', status: '$9', result: '$10', now: '$4' })}, ` : ''}job AS (
  SELECT run_id, command_id FROM update_run_sites WHERE command_id = $2::uuid AND site_id = $1::uuid AND status IN ('queued', 'dispatched', 'running')
    ${pushed ? 'AND coalesce((SELECT recorded FROM pushed), false)' : ''}
), ${EV.replace('$EVENTS', '$3')}, ${STORE.replace('$ALLOWED', "e.command_id = $2::uuid AND EXISTS (SELECT 1 FROM commands c WHERE c.id = $2::uuid AND c.site_id = $1::uuid AND c.type = 'apply_updates')")}, rest AS (
  UPDATE update_run_items i SET status = 'failed', reason_code = $7, reason = $8, finished_at = $4::timestamptz, seq = ${NEXT_SEQ}
  FROM job WHERE i.run_id = job.run_id AND i.site_id = $1::uuid AND i.status IN ('queued', 'running')
    AND NOT EXISTS (SELECT 1 FROM moved m WHERE m.item_type = i.item_type AND m.item_id = i.item_id)
  RETURNING 1
), ended AS (
  UPDATE update_run_sites j SET status = $5, error = $6, finished_at = $4::timestamptz, lease_until = NULL, seq = ${NEXT_SEQ}
  FROM job WHERE j.run_id = job.run_id AND j.site_id = $1::uuid AND j.status IN ('queued', 'dispatched', 'running')
  RETURNING j.run_id
), closed AS (
  UPDATE maintenance_windows w SET ends_at = greatest($4::timestamptz, w.starts_at + interval '1 second')
  FROM ended WHERE w.site_id = $1::uuid AND w.reason = 'Update run ' || ended.run_id AND w.ends_at > $4::timestamptz
  RETURNING 1
), run AS (
  UPDATE update_runs r SET open_jobs = r.open_jobs - 1,
    status = CASE WHEN r.open_jobs = 1 THEN ${RUN_END_STATUS} ELSE r.status END,
    finished_at = CASE WHEN r.open_jobs = 1 THEN $4::timestamptz ELSE r.finished_at END,
    seq = CASE WHEN r.open_jobs = 1 THEN ${NEXT_SEQ} ELSE r.seq END
  FROM ended WHERE r.id = ended.run_id
  RETURNING r.status
)
SELECT (SELECT run_id FROM job) AS run_id, EXISTS (SELECT 1 FROM ended) AS ended, coalesce((SELECT status IN ('done', 'cancelled') FROM run), false) AS run_done`;
const END_JOB_SQL = endJobSql(false);
const END_PUSHED_JOB_SQL = endJobSql(true);

export function createUpdateRunsRepository(db: Queryable) {
  return {
    async insertRun(r: { id: string; concurrency: number; createdBy: string | null; now: Date; jobs: NewJob[]; items: NewItem[] }): Promise<void> {
      const open = r.jobs.filter((j) => j.status === 'queued').length;
      // A run whose every item is held has nothing to dispatch: it is done at once.
      await db.query(
        `INSERT INTO update_runs (id, status, concurrency, created_by, created_at, started_at, finished_at, open_jobs, seq)
         VALUES ($1, $2, $3, $4, $5, $6, $6, $7, ${NEXT_SEQ})`,
        [r.id, open > 0 ? 'queued' : 'done', r.concurrency, r.createdBy, r.now, open > 0 ? null : r.now, open],
      );
      await db.query(
        `INSERT INTO update_run_sites (run_id, site_id, position, status, command_id, finished_at, seq)
         SELECT $1, t.site_id, t.position, t.status, t.command_id, CASE WHEN t.status = 'done' THEN $2::timestamptz END, ${NEXT_SEQ}
         FROM unnest($3::uuid[], $4::int[], $5::text[], $6::uuid[]) AS t(site_id, position, status, command_id)`,
        [r.id, r.now, r.jobs.map((j) => j.siteId), r.jobs.map((j) => j.position), r.jobs.map((j) => j.status), r.jobs.map((j) => j.commandId)],
      );
      const it = r.items;
      await db.query(
        `INSERT INTO update_run_items (run_id, site_id, position, item_type, item_id, item_name, from_version, to_version, status, reason_code, reason, finished_at, seq)
         SELECT $1, t.site_id, t.position, t.item_type, t.item_id, t.item_name, t.from_version, t.to_version, t.status, t.reason_code, t.reason,
           CASE WHEN t.status = 'skipped_held' THEN $2::timestamptz END, ${NEXT_SEQ}
         FROM unnest($3::uuid[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
           AS t(site_id, position, item_type, item_id, item_name, from_version, to_version, status, reason_code, reason)`,
        [r.id, r.now, it.map((i) => i.siteId), it.map((i) => i.position), it.map((i) => i.type), it.map((i) => i.id), it.map((i) => i.name), it.map((i) => i.fromVersion), it.map((i) => i.toVersion), it.map((i) => i.status), it.map((i) => i.reasonCode), it.map((i) => i.reason)],
      );
    },

    async findRun(id: string): Promise<(UpdateRun & { seq: string }) | undefined> {
      const r = await db.query<RunRow>(`${RUN_SELECT} WHERE r.id = $1`, [id]);
      return r.rows[0] && { ...toRun(r.rows[0]), seq: r.rows[0].seq };
    },

    /** Newest first; the cursor is the last run's (created_at, id). */
    async listRuns(limit: number, after: { createdAt: Date; id: string } | undefined): Promise<UpdateRun[]> {
      const r = await db.query<RunRow>(`${RUN_SELECT} WHERE ($1::timestamptz IS NULL OR (r.created_at, r.id) < ($1, $2::uuid)) ORDER BY r.created_at DESC, r.id DESC LIMIT $3`, [
        after?.createdAt ?? null,
        after?.id ?? null,
        limit,
      ]);
      return r.rows.map(toRun);
    },

    /**
     * The run's status and the jobs and items changed after `seq` (all of them for 0), in one round
     * trip: the progress stream runs this on every change. `mark` is the change sequence's last value
     * with this statement's snapshot bounds, read as the stream's standalone mark is (see
     * progress-stream.ts), so a read also takes the stream's next mark.
     */
    async changedSince(runId: string, seq: string): Promise<{ status: RunStatus | undefined; runSeq: string | undefined; sites: SiteRow[]; items: ItemRow[]; mark: ChangeMark }> {
      const r = await db.query<{ status: RunStatus | null; run_seq: string | null; sites: SiteRow[]; items: Array<Omit<ItemRow, 'finished_at'> & { finished_at: string | null }> } & ChangeMark>(
        `SELECT (SELECT status FROM update_runs WHERE id = $1) AS status, (SELECT seq::text FROM update_runs WHERE id = $1) AS run_seq,
           (SELECT coalesce(json_agg(x ORDER BY x.seq::bigint), '[]') FROM (SELECT ${SITE_COLS.replace('j.seq', 'j.seq::text AS seq')} FROM update_run_sites j JOIN sites s ON s.id = j.site_id WHERE j.run_id = $1 AND j.seq > $2) x) AS sites,
           (SELECT coalesce(json_agg(y ORDER BY y.seq::bigint), '[]') FROM (SELECT ${ITEM_COLS.replace('i.seq', 'i.seq::text AS seq')} FROM update_run_items i WHERE i.run_id = $1 AND i.seq > $2) y) AS items,
           ${MARK_COLS}`,
        [runId, seq],
        { name: 'update-run-changes' },
      );
      const row = r.rows[0]!;
      return {
        status: row.status ?? undefined,
        runSeq: row.run_seq ?? undefined,
        sites: row.sites,
        items: row.items.map((i) => ({ ...i, finished_at: i.finished_at ? new Date(i.finished_at) : null })),
        mark: { n: row.n, xmin: row.xmin, xmax: row.xmax },
      };
    },

    /** The change sequence's last value with the snapshot's bounds (the progress stream's mark). */
    async mark(): Promise<ChangeMark> {
      const r = await db.query<ChangeMark>(`SELECT ${MARK_COLS}`, [], { name: 'update-runs-stream-mark' });
      return r.rows[0]!;
    },

    async detail(runId: string): Promise<{ sites: SiteRow[]; items: ItemRow[] }> {
      const sites = await db.query<SiteRow>(`SELECT ${SITE_COLS} FROM update_run_sites j JOIN sites s ON s.id = j.site_id WHERE j.run_id = $1 ORDER BY j.position`, [runId]);
      const items = await db.query<ItemRow>(`SELECT ${ITEM_COLS} FROM update_run_items i WHERE i.run_id = $1 ORDER BY i.site_id, i.position`, [runId]);
      return { sites: sites.rows, items: items.rows };
    },


    /**
     * Stores events posted by a signed agent request and moves the items they report on, in one
     * statement (nothing is written unless the signer is still the site's key, the nonce is new and every
     * event names an apply_updates command of this site).
     */
    async recordPostedEvents(r: { siteId: string; publicKey: string; nonce: string; events: UpdateEvent[]; now: Date; leaseUntil: Date }): Promise<PostedEventsOutcome> {
      const res = await db.query<PostedEventsOutcome>(POSTED_EVENTS_SQL, [r.siteId, r.publicKey, r.nonce, r.now, eventsJson(r.events), r.leaseUntil], { name: 'update-events-posted' });
      return res.rows[0]!;
    },

    /**
     * Ends a job from its command's outcome, in one statement: the events it carries are stored like
     * posted ones, items never reported fail with the given reason, the maintenance window closes and
     * the run ends with its last job. A job that ended already is left alone.
     */
    /**
     * Runs whose jobs all ended without the counter reaching 0 (a site deleted mid-run takes its job
     * with it) end too. Part of the dispatcher's periodic sweep.
     */
    async finishOrphanedRuns(now: Date): Promise<string[]> {
      const r = await db.query<{ id: string }>(
        `UPDATE update_runs r SET status = ${RUN_END_STATUS}, open_jobs = 0, started_at = coalesce(r.started_at, $1), finished_at = $1, seq = ${NEXT_SEQ}
         WHERE r.status IN ('queued', 'running') AND NOT EXISTS (SELECT 1 FROM update_run_sites j WHERE j.run_id = r.id AND j.status IN ('queued', 'dispatched', 'running'))
         RETURNING r.id`,
        [now],
      );
      return r.rows.map((x) => x.id);
    },

    /** Locks the run's row for a cancel (see CANCEL_SQL) and reads its status. */
    async lockRun(id: string): Promise<{ status: RunStatus; cancel_requested_at: Date | null } | undefined> {
      const r = await db.query<{ status: RunStatus; cancel_requested_at: Date | null }>('SELECT status, cancel_requested_at FROM update_runs WHERE id = $1 FOR UPDATE', [id]);
      return r.rows[0];
    },

    async cancelRun(c: { id: string; now: Date; reason: string; userId: string | null }): Promise<{ cancelled_jobs: number; cancelled_items: number; status: RunStatus }> {
      const r = await db.query<{ cancelled_jobs: number; cancelled_items: number; status: RunStatus }>(CANCEL_SQL, [c.id, c.now, c.reason, c.userId]);
      return r.rows[0]!;
    },

    /** With `pushed`, the result a push brought is recorded on the command in the same statement (see endJobSql). */
    async endJob(j: { siteId: string; commandId: string; events: UpdateEvent[]; status: 'done' | 'failed'; error: string | null; itemReasonCode: string; itemReason: string; now: Date; pushed?: CommandResult }): Promise<EndJobOutcome> {
      const params = [j.siteId, j.commandId, eventsJson(j.events), j.now, j.status, j.error, j.itemReasonCode, j.itemReason];
      const res = j.pushed
        ? await db.query<EndJobOutcome>(END_PUSHED_JOB_SQL, [...params, resultStatus(j.pushed), JSON.stringify(j.pushed)], { name: 'update-end-pushed-job' })
        : await db.query<EndJobOutcome>(END_JOB_SQL, params, { name: 'update-end-job' });
      return res.rows[0]!;
    },
  };
}
export type UpdateRunsRepository = ReturnType<typeof createUpdateRunsRepository>;
