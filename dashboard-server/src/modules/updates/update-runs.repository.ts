import type { UpdateItemType } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import type { ItemStatus, JobStatus, RunItem, RunSite, RunStatus, UpdateRun } from './updates.schemas.js';

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
  seq: string;
  sites: number;
  items: number;
  queued: number;
  running: number;
  updated: number;
  failed: number;
  rolled_back: number;
  skipped_held: number;
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
  counts: { sites: r.sites, items: r.items, queued: r.queued, running: r.running, updated: r.updated, failed: r.failed, rolled_back: r.rolled_back, skipped_held: r.skipped_held },
});
const RUN_SELECT = `SELECT r.id, r.status, r.concurrency, r.created_by, r.created_at, r.started_at, r.finished_at, r.seq,
  (SELECT count(*)::int FROM update_run_sites j WHERE j.run_id = r.id) AS sites, c.*
  FROM update_runs r, LATERAL (SELECT count(*)::int AS items,
    count(*) FILTER (WHERE i.status = 'queued')::int AS queued, count(*) FILTER (WHERE i.status = 'running')::int AS running,
    count(*) FILTER (WHERE i.status = 'updated')::int AS updated, count(*) FILTER (WHERE i.status = 'failed')::int AS failed,
    count(*) FILTER (WHERE i.status = 'rolled_back')::int AS rolled_back, count(*) FILTER (WHERE i.status = 'skipped_held')::int AS skipped_held
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

const SITE_COLS = 'j.site_id, s.label AS site_label, j.status, j.command_id, j.dispatch_count, j.seq';
const ITEM_COLS = 'i.site_id, i.item_type, i.item_id, i.item_name, i.from_version, i.to_version, i.status, i.reason_code, i.reason, i.finished_at, i.seq';

/** The job an agent's command belongs to, when it belongs to an update run. */
export interface JobRef {
  run_id: string;
  site_id: string;
  status: JobStatus;
  maintenance_window_id: string | null;
}

export function createUpdateRunsRepository(db: Queryable) {
  return {
    async insertRun(r: { id: string; concurrency: number; createdBy: string | null; now: Date; jobs: NewJob[]; items: NewItem[] }): Promise<void> {
      await db.query(`INSERT INTO update_runs (id, status, concurrency, created_by, created_at, seq) VALUES ($1, 'queued', $2, $3, $4, ${NEXT_SEQ})`, [r.id, r.concurrency, r.createdBy, r.now]);
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

    /** Jobs and items changed after `seq` (all of them for seq 0), in the order they changed. */
    async changedSince(runId: string, seq: string): Promise<{ sites: SiteRow[]; items: ItemRow[] }> {
      const sites = await db.query<SiteRow>(`SELECT ${SITE_COLS} FROM update_run_sites j JOIN sites s ON s.id = j.site_id WHERE j.run_id = $1 AND j.seq > $2 ORDER BY j.seq`, [runId, seq]);
      const items = await db.query<ItemRow>(`SELECT ${ITEM_COLS} FROM update_run_items i WHERE i.run_id = $1 AND i.seq > $2 ORDER BY i.seq`, [runId, seq]);
      return { sites: sites.rows, items: items.rows };
    },

    async detail(runId: string): Promise<{ sites: SiteRow[]; items: ItemRow[] }> {
      const sites = await db.query<SiteRow>(`SELECT ${SITE_COLS} FROM update_run_sites j JOIN sites s ON s.id = j.site_id WHERE j.run_id = $1 ORDER BY j.position`, [runId]);
      const items = await db.query<ItemRow>(`SELECT ${ITEM_COLS} FROM update_run_items i WHERE i.run_id = $1 ORDER BY i.site_id, i.position`, [runId]);
      return { sites: sites.rows, items: items.rows };
    },

    async jobForCommand(siteId: string, commandId: string): Promise<JobRef | undefined> {
      const r = await db.query<JobRef>('SELECT run_id, site_id, status, maintenance_window_id FROM update_run_sites WHERE command_id = $1 AND site_id = $2', [commandId, siteId]);
      return r.rows[0];
    },

    /**
     * Records one item's outcome on its job (once: an item already finished keeps its first outcome),
     * marks the job running and the next queued item as the one in progress (the agent works in order).
     * Returns false when the event matched no open item.
     */
    async applyItemOutcome(job: { runId: string; siteId: string }, e: { type: string; id: string; status: ItemStatus; reasonCode: string | null; reason: string | null; fromVersion: string | null; toVersion: string | null; eventId: string; finishedAt: Date }, leaseUntil: Date): Promise<boolean> {
      const r = await db.query(
        `UPDATE update_run_items SET status = $5, reason_code = $6, reason = $7, from_version = coalesce($8, from_version), to_version = coalesce($9, to_version),
           event_id = $10, finished_at = $11, seq = ${NEXT_SEQ}
         WHERE run_id = $1 AND site_id = $2 AND item_type = $3 AND item_id = $4 AND status IN ('queued', 'running')`,
        [job.runId, job.siteId, e.type, e.id, e.status, e.reasonCode, e.reason, e.fromVersion, e.toVersion, e.eventId, e.finishedAt],
      );
      if (r.rowCount === 0) return false;
      await db.query(`UPDATE update_run_sites SET status = 'running', lease_until = greatest(lease_until, $3), seq = ${NEXT_SEQ} WHERE run_id = $1 AND site_id = $2 AND status = 'dispatched'`, [job.runId, job.siteId, leaseUntil]);
      await this.startNextItem(job.runId, job.siteId);
      return true;
    },

    /** Marks the job's first queued item as running unless one already is. */
    async startNextItem(runId: string, siteId: string): Promise<void> {
      await db.query(
        `UPDATE update_run_items SET status = 'running', seq = ${NEXT_SEQ}
         WHERE run_id = $1 AND site_id = $2 AND status = 'queued'
           AND position = (SELECT min(position) FROM update_run_items WHERE run_id = $1 AND site_id = $2 AND status = 'queued')
           AND NOT EXISTS (SELECT 1 FROM update_run_items WHERE run_id = $1 AND site_id = $2 AND status = 'running')`,
        [runId, siteId],
      );
    },

    /**
     * Ends an open job (done or failed). Items the agent never reported fail with the given reason.
     * Returns the job when this call ended it, undefined when it had ended already.
     */
    async finishJob(j: { runId: string; siteId: string; status: 'done' | 'failed'; error: string | null; itemReasonCode: string; itemReason: string; now: Date }): Promise<{ maintenance_window_id: string | null } | undefined> {
      const r = await db.query<{ maintenance_window_id: string | null }>(
        `UPDATE update_run_sites SET status = $3, error = $4, finished_at = $5, lease_until = NULL, seq = ${NEXT_SEQ}
         WHERE run_id = $1 AND site_id = $2 AND status IN ('queued', 'dispatched', 'running') RETURNING maintenance_window_id`,
        [j.runId, j.siteId, j.status, j.error, j.now],
      );
      if (r.rowCount === 0) return undefined;
      await db.query(
        `UPDATE update_run_items SET status = 'failed', reason_code = $3, reason = $4, finished_at = $5, seq = ${NEXT_SEQ}
         WHERE run_id = $1 AND site_id = $2 AND status IN ('queued', 'running')`,
        [j.runId, j.siteId, j.itemReasonCode, j.itemReason, j.now],
      );
      return r.rows[0];
    },

    /** Ends the run once no job is open any more. */
    async finishRunIfComplete(runId: string, now: Date): Promise<boolean> {
      const r = await db.query(
        `UPDATE update_runs SET status = 'done', started_at = coalesce(started_at, $2), finished_at = $2, seq = ${NEXT_SEQ}
         WHERE id = $1 AND status IN ('queued', 'running')
           AND NOT EXISTS (SELECT 1 FROM update_run_sites WHERE run_id = $1 AND status IN ('queued', 'dispatched', 'running'))`,
        [runId, now],
      );
      return r.rowCount === 1;
    },

    /** Ends the maintenance window opened for a job now (it was opened for a bounded, longer period). */
    async closeMaintenanceWindow(windowId: string, now: Date): Promise<void> {
      await db.query("UPDATE maintenance_windows SET ends_at = greatest($2, starts_at + interval '1 second') WHERE id = $1 AND ends_at > $2", [windowId, now]);
    },
  };
}
export type UpdateRunsRepository = ReturnType<typeof createUpdateRunsRepository>;
