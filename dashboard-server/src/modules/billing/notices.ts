import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { ListNoticesQuery, Notice } from './billing.schemas.js';
import type { BillingMailer } from './mailer.js';

export type NoticeKind = 'term_ending' | 'card_expiry_30' | 'card_expiry_14' | 'unpaid_review' | 'invoice_undelivered';

export interface NewNotice {
  key: string;
  kind: NoticeKind;
  client_id: string | null;
  notice_date: string;
  recipient: string | null;
  subject: string;
  body: string;
  details?: unknown;
}

const MAX_ATTEMPTS = 5;

/** Writes a notice unless its key exists; true when this call wrote it (so exactly one caller mails it). */
export async function createNotice(db: Queryable, n: NewNotice, now: Date): Promise<boolean> {
  const r = await db.query(
    `INSERT INTO billing_notices (id, key, kind, client_id, notice_date, recipient, subject, body, details, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11) ON CONFLICT (key) DO NOTHING RETURNING id`,
    [randomUUID(), n.key, n.kind, n.client_id, n.notice_date, n.recipient, n.subject, n.body, JSON.stringify(n.details ?? {}), n.recipient ? 'pending' : 'no_recipient', now],
  );
  return r.rowCount === 1;
}

/**
 * Mails pending notices. Each is taken with FOR UPDATE SKIP LOCKED inside its own transaction, so two
 * hub processes never mail the same one; a failed send is retried on later ticks, up to MAX_ATTEMPTS.
 */
export async function deliverNotices(deps: { db: Database; clock: Clock; mailer: BillingMailer | null }, limit = 50): Promise<number> {
  if (!deps.mailer) return 0;
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await deps.db.transaction(async (tx) => {
      const r = await tx.query<{ id: string; recipient: string; subject: string; body: string; attempts: number }>(
        "SELECT id, recipient, subject, body, attempts FROM billing_notices WHERE status = 'pending' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED",
      );
      const n = r.rows[0];
      if (!n) return null;
      try {
        await deps.mailer!.send({ to: n.recipient, subject: n.subject, text: n.body });
        await tx.query("UPDATE billing_notices SET status = 'sent', sent_at = $2, attempts = attempts + 1 WHERE id = $1", [n.id, deps.clock.now()]);
        return true;
      } catch (err) {
        const status = n.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : 'pending';
        await tx.query('UPDATE billing_notices SET status = $2, attempts = attempts + 1, last_error = $3 WHERE id = $1', [n.id, status, String((err as Error).message).slice(0, 500)]);
        return false;
      }
    });
    if (done === null) break;
    if (done) sent++;
    else break; // the SMTP server is unhappy; try again next tick rather than hammering it
  }
  return sent;
}

export async function listNotices(db: Queryable, q: ListNoticesQuery): Promise<{ items: Notice[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.client_id) where.push(`client_id = $${params.push(q.client_id)}`);
  if (q.kind) where.push(`kind = $${params.push(q.kind)}`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const n = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM billing_notices ${w}`, params);
  const r = await db.query<Omit<Notice, 'created_at' | 'sent_at'> & { created_at: Date; sent_at: Date | null }>(
    `SELECT id, kind, client_id, to_char(notice_date, 'YYYY-MM-DD') AS notice_date, recipient, subject, body, details, status, created_at, sent_at
     FROM billing_notices ${w} ORDER BY notice_date DESC, created_at DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, q.limit, q.offset],
  );
  return { items: r.rows.map((x) => ({ ...x, created_at: x.created_at.toISOString(), sent_at: x.sent_at?.toISOString() ?? null })), total: n.rows[0]!.n };
}
