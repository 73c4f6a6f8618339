import type { CommandResult } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import type { CommandView } from './commands.schemas.js';

interface Row {
  id: string;
  type: string;
  status: CommandView['status'];
  args: Record<string, unknown>;
  created_at: Date;
  expires_at: Date;
  sent_at: Date | null;
  delivery_attempts: number;
  last_delivery_error: string | null;
  finished_at: Date | null;
  result: Record<string, unknown> | null;
}
const toView = (r: Row): CommandView => ({
  command_id: r.id,
  type: r.type,
  status: r.status,
  created_at: r.created_at.toISOString(),
  expires_at: r.expires_at.toISOString(),
  sent_at: r.sent_at?.toISOString() ?? null,
  delivery_attempts: r.delivery_attempts,
  last_delivery_error: r.last_delivery_error,
  finished_at: r.finished_at?.toISOString() ?? null,
  result: r.result,
});
const COLS = 'id, type, status, args, created_at, expires_at, sent_at, delivery_attempts, last_delivery_error, finished_at, result';

/** The command's status once its result is recorded. */
export const resultStatus = (result: CommandResult): 'done' | 'failed' => (result.status === 'ok' ? 'done' : 'failed');

/**
 * A successful push that brought the result, as a part of a larger statement: CTEs `prev` and `pushed`
 * (one row, `recorded`: whether this result was recorded now, i.e. the command was still open; a
 * result recorded earlier, e.g. through a report, is kept). Arguments are SQL placeholders: the command
 * id, site id, new status (resultStatus), result (JSON text) and the time.
 */
export const pushedResultSql = (p: { id: string; siteId: string; status: string; result: string; now: string }) => `prev AS (
  SELECT status FROM commands WHERE id = ${p.id}::uuid AND site_id = ${p.siteId}::uuid FOR UPDATE
), pushed AS (
  UPDATE commands c SET delivery_attempts = c.delivery_attempts + 1, last_delivery_error = NULL, sent_at = COALESCE(c.sent_at, ${p.now}::timestamptz),
    status = CASE WHEN prev.status IN ('pending', 'sent') THEN ${p.status}::text ELSE c.status END,
    result = CASE WHEN prev.status IN ('pending', 'sent') THEN ${p.result}::jsonb ELSE c.result END,
    finished_at = CASE WHEN prev.status IN ('pending', 'sent') THEN ${p.now}::timestamptz ELSE c.finished_at END
  FROM prev WHERE c.id = ${p.id}::uuid AND c.site_id = ${p.siteId}::uuid
  RETURNING prev.status IN ('pending', 'sent') AS recorded
)`;

export interface CommandsRepository {
  insert(c: { id: string; siteId: string; type: string; args: Record<string, unknown>; createdBy: string | null; now: Date; expiresAt: Date }): Promise<CommandView>;
  find(siteId: string, id: string): Promise<CommandView | undefined>;
  listForSite(siteId: string, limit: number): Promise<CommandView[]>;
  markPushAttempt(id: string, now: Date, error: string | null): Promise<void>;
  /** Records a result unless one was recorded already (the report path may have delivered it too). */
  recordResult(siteId: string, result: CommandResult, now: Date): Promise<boolean>;
  /** A successful push that brought the result: the delivery and the result in one statement (see recordResult). */
  recordPushedResult(siteId: string, result: CommandResult, now: Date): Promise<boolean>;
  /** Marks open commands past their expiry as expired. */
  expireOld(now: Date): Promise<number>;
}

export function createCommandsRepository(db: Queryable): CommandsRepository {
  const find = async (siteId: string, id: string) => {
    const r = await db.query<Row>(`SELECT ${COLS} FROM commands WHERE site_id = $1 AND id = $2`, [siteId, id]);
    return r.rows[0] && toView(r.rows[0]);
  };
  return {
    async insert(c) {
      const r = await db.query<Row>(`INSERT INTO commands (id, site_id, type, args, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING ${COLS}`, [
        c.id,
        c.siteId,
        c.type,
        JSON.stringify(c.args),
        c.createdBy,
        c.now,
        c.expiresAt,
      ]);
      return toView(r.rows[0]!);
    },
    find,
    async listForSite(siteId, limit) {
      const r = await db.query<Row>(`SELECT ${COLS} FROM commands WHERE site_id = $1 ORDER BY created_at DESC, id LIMIT $2`, [siteId, limit]);
      return r.rows.map(toView);
    },
    async markPushAttempt(id, now, error) {
      await db.query(
        `UPDATE commands SET delivery_attempts = delivery_attempts + 1, last_delivery_error = $3,
           sent_at = CASE WHEN $3::text IS NULL THEN COALESCE(sent_at, $2) ELSE sent_at END,
           status = CASE WHEN $3::text IS NULL AND status = 'pending' THEN 'sent' ELSE status END
         WHERE id = $1`,
        [id, now, error],
      );
    },
    async recordResult(siteId, result, now) {
      const r = await db.query(
        `UPDATE commands SET status = $3, result = $4::jsonb, finished_at = $5 WHERE id = $1 AND site_id = $2 AND status IN ('pending', 'sent')`,
        [result.command_id, siteId, resultStatus(result), JSON.stringify(result), now],
      );
      return r.rowCount === 1;
    },
    async recordPushedResult(siteId, result, now) {
      const r = await db.query<{ recorded: boolean }>(`WITH ${pushedResultSql({ id: '$1', siteId: '$2', status: '$3', result: '$4', now: '$5' })} SELECT recorded FROM pushed`, [
        result.command_id,
        siteId,
        resultStatus(result),
        JSON.stringify(result),
        now,
      ]);
      return r.rows[0]?.recorded === true;
    },
    async expireOld(now) {
      const r = await db.query("UPDATE commands SET status = 'expired' WHERE status IN ('pending', 'sent') AND expires_at <= $1", [now]);
      return r.rowCount;
    },
  };
}
