import type { Queryable } from '../../db/index.js';
import { whereBuilder } from '../../lib/sql-where.js';
import type { ListTimeEntriesQuery, TimeEntry } from './worklog.schemas.js';

type Row = Omit<TimeEntry, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };
const toEntry = (r: Row): TimeEntry => ({ ...r, created_at: r.created_at.toISOString(), updated_at: r.updated_at.toISOString() });
const SELECT = "SELECT id, client_id, site_id, to_char(work_date, 'YYYY-MM-DD') AS work_date, minutes, description, kind, created_by, created_at, updated_at FROM time_entries";

export interface NewTimeEntry {
  client_id: string;
  site_id: string | null;
  work_date: string;
  minutes: number;
  description: string;
  kind: TimeEntry['kind'];
  created_by: string | null;
}

export function createWorklogRepository(db: Queryable) {
  const findById = async (id: string) => {
    const r = await db.query<Row>(`${SELECT} WHERE id = $1`, [id]);
    return r.rows[0] && toEntry(r.rows[0]);
  };
  return {
    findById,
    async list(q: ListTimeEntriesQuery): Promise<{ items: TimeEntry[]; total: number; total_minutes: number }> {
      const filter = whereBuilder();
      if (q.client_id) filter.add('client_id = ?', q.client_id);
      if (q.site_id) filter.add('site_id = ?', q.site_id);
      if (q.kind) filter.add('kind = ?', q.kind);
      if (q.month) filter.add("to_char(work_date, 'YYYY-MM') = ?", q.month);
      const w = filter.sql();
      const params = filter.params;
      const totals = await db.query<{ n: number; minutes: number }>(`SELECT count(*)::int AS n, COALESCE(sum(minutes), 0)::int AS minutes FROM time_entries ${w}`, params);
      const rows = await db.query<Row>(`${SELECT} ${w} ORDER BY work_date DESC, created_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [...params, q.limit, q.offset]);
      return { items: rows.rows.map(toEntry), total: totals.rows[0]!.n, total_minutes: totals.rows[0]!.minutes };
    },
    async insert(id: string, e: NewTimeEntry, now: Date): Promise<TimeEntry> {
      await db.query(
        'INSERT INTO time_entries (id, client_id, site_id, work_date, minutes, description, kind, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)',
        [id, e.client_id, e.site_id, e.work_date, e.minutes, e.description, e.kind, e.created_by, now],
      );
      return (await findById(id))!;
    },
    async update(id: string, e: Omit<NewTimeEntry, 'client_id' | 'created_by'>, now: Date): Promise<TimeEntry | undefined> {
      const r = await db.query('UPDATE time_entries SET site_id = $2, work_date = $3, minutes = $4, description = $5, kind = $6, updated_at = $7 WHERE id = $1', [
        id, e.site_id, e.work_date, e.minutes, e.description, e.kind, now,
      ]);
      return r.rowCount ? findById(id) : undefined;
    },
    async delete(id: string): Promise<boolean> {
      return (await db.query('DELETE FROM time_entries WHERE id = $1', [id])).rowCount > 0;
    },
  };
}
