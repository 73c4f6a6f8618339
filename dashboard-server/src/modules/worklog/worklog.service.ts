import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { addDays, isValidDate, localDate } from '../billing/dates.js';
import { createWorklogRepository } from './worklog.repository.js';
import type { CreateTimeEntry, ListTimeEntriesQuery, TimeEntry, UpdateTimeEntry } from './worklog.schemas.js';

/**
 * The work log. Rules beyond the schema: the date is a real calendar day, not in the future (time is
 * logged after it is spent), and a site named on an entry belongs to the entry's client.
 */
export function createWorklogService(deps: { db: Database; clock: Clock; timeZone: string }) {
  const { db, clock } = deps;
  const repo = createWorklogRepository(db);

  const checkDate = (d: string) => {
    if (!isValidDate(d)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'work_date is not a calendar date', [{ path: '/work_date' }]);
    // A day of slack for a freelancer working in a time zone ahead of the billing one.
    const tomorrow = addDays(localDate(clock.now(), deps.timeZone), 1);
    if (d > tomorrow) throw new AppError(ErrorCode.VALIDATION_FAILED, 'work_date is in the future', [{ path: '/work_date' }]);
  };
  const checkSite = async (clientId: string, siteId: string | null | undefined) => {
    if (!siteId) return;
    const r = await db.query<{ client_id: string }>('SELECT client_id FROM sites WHERE id = $1', [siteId]);
    // Same answer for "no such site" and "another client's site": the entry cannot name it either way.
    if (r.rows[0]?.client_id !== clientId) throw new AppError(ErrorCode.VALIDATION_FAILED, "site_id is not one of this client's sites", [{ path: '/site_id' }]);
  };

  return {
    list: (q: ListTimeEntriesQuery) => repo.list(q),
    async get(id: string): Promise<TimeEntry> {
      return (await repo.findById(id)) ?? Promise.reject(notFound('Time entry'));
    },
    async create(input: CreateTimeEntry, userId: string | null): Promise<TimeEntry> {
      checkDate(input.work_date);
      const c = await db.query('SELECT 1 FROM clients WHERE id = $1', [input.client_id]);
      if (c.rowCount === 0) throw new AppError(ErrorCode.VALIDATION_FAILED, 'client_id is not a known client', [{ path: '/client_id' }]);
      await checkSite(input.client_id, input.site_id);
      const userExists = userId ? (await db.query('SELECT 1 FROM users WHERE id = $1', [userId])).rowCount > 0 : false;
      return repo.insert(
        randomUUID(),
        { client_id: input.client_id, site_id: input.site_id ?? null, work_date: input.work_date, minutes: input.minutes, description: input.description.trim(), kind: input.kind ?? 'work', created_by: userExists ? userId : null },
        clock.now(),
      );
    },
    async update(id: string, patch: UpdateTimeEntry): Promise<TimeEntry> {
      const current = await repo.findById(id);
      if (!current) throw notFound('Time entry');
      if (patch.work_date !== undefined) checkDate(patch.work_date);
      if (patch.site_id !== undefined) await checkSite(current.client_id, patch.site_id);
      const next = {
        site_id: patch.site_id !== undefined ? patch.site_id : current.site_id,
        work_date: patch.work_date ?? current.work_date,
        minutes: patch.minutes ?? current.minutes,
        description: patch.description?.trim() ?? current.description,
        kind: patch.kind ?? current.kind,
      };
      return (await repo.update(id, next, clock.now())) ?? Promise.reject(notFound('Time entry'));
    },
    async remove(id: string): Promise<void> {
      if (!(await repo.delete(id))) throw notFound('Time entry');
    },
  };
}
export type WorklogService = ReturnType<typeof createWorklogService>;
