import type { UpdateEvent } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import type { EventsQuery, HistoryEvent } from './updates.schemas.js';

interface EventRow extends Omit<HistoryEvent, 'started_at' | 'finished_at' | 'received_at'> {
  started_at: Date;
  finished_at: Date;
  received_at: Date;
}
const toEvent = (r: EventRow): HistoryEvent => ({ ...r, started_at: r.started_at.toISOString(), finished_at: r.finished_at.toISOString(), received_at: r.received_at.toISOString() });

/** Cursor of the history list: the last row's (finished_at, event_id), opaque to clients. */
export const encodeCursor = (finishedAt: string, id: string) => Buffer.from(`${finishedAt}|${id}`).toString('base64url');
export function decodeCursor(cursor: string): { at: Date; id: string } | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return { at: new Date(at), id };
}

/** First and last instant of a UTC month "YYYY-MM". */
export function monthRange(month: string): { from: Date; to: Date } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { from: new Date(Date.UTC(y, m - 1, 1)), to: new Date(Date.UTC(y, m, 1)) };
}

export function createUpdateEventsRepository(db: Queryable) {
  return {
    /**
     * Stores an event unless its event_id is known already; true when this call stored it. The hub's own
     * events (held items) belong to no command.
     */
    async insert(siteId: string, runId: string | null, e: Omit<UpdateEvent, 'command_id'> & { command_id: string | null }, now: Date): Promise<boolean> {
      const r = await db.query(
        `INSERT INTO update_events (event_id, site_id, command_id, run_id, item_type, item_id, item_name, from_version, to_version, outcome, reason_code, reason, probes, started_at, finished_at, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16) ON CONFLICT (event_id) DO NOTHING`,
        [e.event_id, siteId, e.command_id, runId, e.item.type, e.item.id, e.item.name, e.from_version, e.to_version, e.outcome, e.reason_code, e.reason, JSON.stringify(e.probes), e.started_at, e.finished_at, now],
      );
      return r.rowCount === 1;
    },

    /** The update history, newest first; the monthly report reads it per client and month. */
    async list(q: EventsQuery, after: { at: Date; id: string } | undefined): Promise<HistoryEvent[]> {
      const range = q.month ? monthRange(q.month) : undefined;
      const r = await db.query<EventRow>(
        `SELECT e.event_id, e.site_id, s.label AS site_label, s.client_id, e.command_id, e.run_id, e.item_type, e.item_id, e.item_name, e.from_version, e.to_version,
           e.outcome, e.reason_code, e.reason, e.security, e.probes, e.started_at, e.finished_at, e.received_at
         FROM update_events e JOIN sites s ON s.id = e.site_id
         WHERE ($1::uuid IS NULL OR e.site_id = $1) AND ($2::uuid IS NULL OR s.client_id = $2)
           AND ($3::timestamptz IS NULL OR (e.finished_at >= $3 AND e.finished_at < $4)) AND ($5::text IS NULL OR e.outcome = $5)
           AND ($6::uuid IS NULL OR e.run_id = $6) AND ($7::timestamptz IS NULL OR (e.finished_at, e.event_id) < ($7, $8::uuid))
         ORDER BY e.finished_at DESC, e.event_id DESC LIMIT $9`,
        [q.site_id ?? null, q.client_id ?? null, range?.from ?? null, range?.to ?? null, q.outcome ?? null, q.run_id ?? null, after?.at ?? null, after?.id ?? null, q.limit],
      );
      return r.rows.map(toEvent);
    },
  };
}
