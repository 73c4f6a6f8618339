import type { Queryable } from '../../db/index.js';
import type { Branding } from './document.js';
import type { ReportData } from './report-data.js';
import type { DeliverySummary, ReportListQuery, ReportStatus, ReportSummary } from './reports.schemas.js';

export interface ReportRow {
  id: string;
  client_id: string;
  client_name: string;
  period: string;
  period_start: Date;
  period_end: Date;
  timezone: string;
  locale: string;
  mode: 'auto_send' | 'needs_approval';
  status: ReportStatus;
  data: ReportData;
  note: string;
  planned_work: string;
  generated_at: Date;
  approved_at: Date | null;
  sent_at: Date | null;
}

interface DeliveryRow {
  id: string;
  report_id: string;
  kind: 'initial' | 'resend';
  recipient: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  alerted_at: Date | null;
  created_at: Date;
}

export const DEFAULT_BRANDING: Branding = { business_name: '', logo: null, accent_color: '#2563eb', reply_to: null, footer: '' };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
export const deliveryView = (d: DeliveryRow): DeliverySummary => ({
  id: d.id,
  kind: d.kind,
  recipient: d.recipient,
  status: d.status,
  attempts: d.attempts,
  last_error: d.last_error,
  next_attempt_at: d.status === 'pending' ? d.next_attempt_at.toISOString() : null,
  delivered_at: iso(d.delivered_at),
  alerted_at: iso(d.alerted_at),
  created_at: d.created_at.toISOString(),
});

const REPORT_COLS = `r.id, r.client_id, c.name AS client_name, r.period, r.period_start, r.period_end, r.timezone, r.locale, r.mode, r.status,
  r.note, r.planned_work, r.generated_at, r.approved_at, r.sent_at`;
// The latest delivery of each report, for the list's delivery status.
const LATEST_DELIVERY = `LEFT JOIN LATERAL (SELECT * FROM report_deliveries d WHERE d.report_id = r.id ORDER BY d.created_at DESC, d.id LIMIT 1) d ON true`;

export function summaryView(r: Omit<ReportRow, 'data'>, d: DeliveryRow | null): ReportSummary {
  return {
    id: r.id,
    client_id: r.client_id,
    client_name: r.client_name,
    month: r.period,
    locale: r.locale,
    mode: r.mode,
    status: r.status,
    delivery_failed: d?.status === 'failed',
    delivery: d ? deliveryView(d) : null,
    generated_at: r.generated_at.toISOString(),
    approved_at: iso(r.approved_at),
    sent_at: iso(r.sent_at),
  };
}

const splitDelivery = (row: Record<string, unknown>): DeliveryRow | null =>
  row.d_id
    ? {
        id: row.d_id as string,
        report_id: row.id as string,
        kind: row.d_kind as DeliveryRow['kind'],
        recipient: row.d_recipient as string,
        status: row.d_status as DeliveryRow['status'],
        attempts: row.d_attempts as number,
        last_error: row.d_last_error as string | null,
        next_attempt_at: row.d_next_attempt_at as Date,
        delivered_at: row.d_delivered_at as Date | null,
        alerted_at: row.d_alerted_at as Date | null,
        created_at: row.d_created_at as Date,
      }
    : null;
const DELIVERY_COLS = `d.id AS d_id, d.kind AS d_kind, d.recipient AS d_recipient, d.status AS d_status, d.attempts AS d_attempts, d.last_error AS d_last_error,
  d.next_attempt_at AS d_next_attempt_at, d.delivered_at AS d_delivered_at, d.alerted_at AS d_alerted_at, d.created_at AS d_created_at`;

export function createReportsRepository(db: Queryable) {
  return {
    async getBranding(): Promise<Branding> {
      const r = await db.query<Branding>('SELECT business_name, logo, accent_color, reply_to, footer FROM report_branding WHERE id = 1');
      return r.rows[0] ?? DEFAULT_BRANDING;
    },
    async putBranding(b: Branding, now: Date): Promise<Branding> {
      const r = await db.query<Branding>(
        `INSERT INTO report_branding (id, business_name, logo, accent_color, reply_to, footer, updated_at) VALUES (1, $1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET business_name = EXCLUDED.business_name, logo = EXCLUDED.logo, accent_color = EXCLUDED.accent_color,
           reply_to = EXCLUDED.reply_to, footer = EXCLUDED.footer, updated_at = EXCLUDED.updated_at
         RETURNING business_name, logo, accent_color, reply_to, footer`,
        [b.business_name, b.logo, b.accent_color, b.reply_to, b.footer, now],
      );
      return r.rows[0]!;
    },

    /** Inserts the client's report for the month unless it exists (the unique key decides). */
    async insertReport(r: { id: string; clientId: string; period: string; start: Date; end: Date; timezone: string; locale: string; mode: ReportRow['mode']; status: ReportStatus; data: ReportData; now: Date }): Promise<boolean> {
      const res = await db.query(
        `INSERT INTO monthly_reports (id, client_id, period, period_start, period_end, timezone, locale, mode, status, data, generated_at, approved_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $11, $11) ON CONFLICT (client_id, period) DO NOTHING`,
        [r.id, r.clientId, r.period, r.start, r.end, r.timezone, r.locale, r.mode, r.status, JSON.stringify(r.data), r.now, r.status === 'approved' ? r.now : null],
      );
      return res.rowCount === 1;
    },
    async findReport(id: string, opts: { forUpdate?: boolean } = {}): Promise<ReportRow | undefined> {
      const r = await db.query<ReportRow>(`SELECT ${REPORT_COLS}, r.data FROM monthly_reports r JOIN clients c ON c.id = r.client_id WHERE r.id = $1${opts.forUpdate ? ' FOR UPDATE OF r' : ''}`, [id]);
      return r.rows[0];
    },
    async latestDelivery(reportId: string): Promise<DeliveryRow | null> {
      const r = await db.query<DeliveryRow>('SELECT * FROM report_deliveries WHERE report_id = $1 ORDER BY created_at DESC, id LIMIT 1', [reportId]);
      return r.rows[0] ?? null;
    },
    async list(q: ReportListQuery): Promise<{ items: ReportSummary[]; total: number; failed_total: number }> {
      const where: string[] = [];
      const params: unknown[] = [];
      if (q.month) where.push(`r.period = $${params.push(q.month)}`);
      if (q.client_id) where.push(`r.client_id = $${params.push(q.client_id)}`);
      if (q.status) where.push(`r.status = $${params.push(q.status)}`);
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const [rows, total, failed] = await Promise.all([
        db.query(
          `SELECT ${REPORT_COLS}, ${DELIVERY_COLS} FROM monthly_reports r JOIN clients c ON c.id = r.client_id ${LATEST_DELIVERY} ${w}
           ORDER BY r.period DESC, lower(c.name), r.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
          [...params, q.limit, q.offset],
        ),
        db.query<{ n: number }>(`SELECT count(*)::int AS n FROM monthly_reports r ${w}`, params),
        db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM monthly_reports r ${LATEST_DELIVERY} WHERE d.status = 'failed'`,
        ),
      ]);
      return { items: rows.rows.map((row) => summaryView(row as unknown as ReportRow, splitDelivery(row))), total: total.rows[0]!.n, failed_total: failed.rows[0]!.n };
    },
    async updateReport(id: string, set: { data?: ReportData; note?: string; planned_work?: string; status?: ReportStatus; approved_at?: Date; sent_at?: Date; generated_at?: Date; locale?: string }, now: Date): Promise<void> {
      const cols: string[] = [];
      const params: unknown[] = [id, now];
      for (const [k, v] of Object.entries(set)) {
        if (v === undefined) continue;
        cols.push(k === 'data' ? `data = $${params.push(JSON.stringify(v))}::jsonb` : `${k} = $${params.push(v)}`);
      }
      await db.query(`UPDATE monthly_reports SET ${[...cols, 'updated_at = $2'].join(', ')} WHERE id = $1`, params);
    },

    /** Queues one email; false when the unique keys say one is already queued (or the initial one exists). */
    async enqueueDelivery(d: { id: string; reportId: string; kind: 'initial' | 'resend'; recipient: string; now: Date }): Promise<boolean> {
      const r = await db.query(
        `INSERT INTO report_deliveries (id, report_id, kind, recipient, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $5) ON CONFLICT DO NOTHING`,
        [d.id, d.reportId, d.kind, d.recipient, d.now],
      );
      return r.rowCount === 1;
    },
    /** Makes a failed delivery due again now (a manual "send" after the freelancer fixed the problem). */
    async retryFailed(reportId: string, now: Date): Promise<boolean> {
      const r = await db.query(
        `UPDATE report_deliveries SET status = 'pending', next_attempt_at = $2, alerted_at = NULL
         WHERE id = (SELECT id FROM report_deliveries WHERE report_id = $1 ORDER BY created_at DESC, id LIMIT 1) AND status = 'failed'`,
        [reportId, now],
      );
      return r.rowCount === 1;
    },
    /**
     * Makes a delivery waiting in its retry backoff due now ("send" from the dashboard). A row claimed
     * by a process has next_attempt_at = claim time + lease instead of last attempt + backoff, so the
     * compare-and-set below never touches a send in flight.
     */
    async expediteBackoff(reportId: string, now: Date, backoff: (attempt: number) => number): Promise<boolean> {
      const r = await db.query<{ id: string; attempts: number; next_attempt_at: Date; last_at: Date | null }>(
        `SELECT d.id, d.attempts, d.next_attempt_at, (SELECT max(a.at) FROM report_delivery_attempts a WHERE a.delivery_id = d.id) AS last_at
         FROM report_deliveries d WHERE d.report_id = $1 AND d.status = 'pending'`,
        [reportId],
      );
      const d = r.rows[0];
      if (!d || d.attempts === 0 || !d.last_at || d.next_attempt_at <= now) return false;
      const inBackoff = new Date(d.last_at.getTime() + backoff(d.attempts));
      if (inBackoff.getTime() !== d.next_attempt_at.getTime()) return false;
      const u = await db.query("UPDATE report_deliveries SET next_attempt_at = $3 WHERE id = $1 AND status = 'pending' AND next_attempt_at = $2", [d.id, inBackoff, now]);
      return u.rowCount === 1;
    },
    /**
     * Claims due deliveries: moves next_attempt_at past a lease in the same statement (SKIP LOCKED), so
     * N processes never send one row at the same time; a process that dies mid-send leaves the row due
     * again once the lease ends. `reportId` narrows to one report (an immediate send).
     */
    async claimDue(now: Date, leaseMs: number, limit: number, reportId?: string): Promise<DeliveryRow[]> {
      const r = await db.query<DeliveryRow>(
        `UPDATE report_deliveries SET next_attempt_at = $2 WHERE id IN (
           SELECT id FROM report_deliveries WHERE status = 'pending' AND next_attempt_at <= $1 ${reportId ? 'AND report_id = $4' : ''}
           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        reportId ? [now, new Date(now.getTime() + leaseMs), limit, reportId] : [now, new Date(now.getTime() + leaseMs), limit],
      );
      return r.rows;
    },
    async recordAttempt(deliveryId: string, attempt: number, at: Date, ok: boolean, response: string | null): Promise<void> {
      await db.query('INSERT INTO report_delivery_attempts (delivery_id, attempt, at, ok, smtp_response) VALUES ($1, $2, $3, $4, $5)', [deliveryId, attempt, at, ok, response?.slice(0, 2000) ?? null]);
    },
    async markDelivered(d: DeliveryRow, attempts: number, at: Date, messageId: string | null): Promise<void> {
      await db.query("UPDATE report_deliveries SET status = 'delivered', attempts = $2, delivered_at = $3, message_id = $4, last_error = NULL WHERE id = $1", [d.id, attempts, at, messageId]);
      await db.query("UPDATE monthly_reports SET status = 'sent', sent_at = COALESCE(sent_at, $2), updated_at = $2 WHERE id = $1", [d.report_id, at]);
    },
    async markRetry(d: DeliveryRow, attempts: number, error: string, next: Date): Promise<void> {
      await db.query('UPDATE report_deliveries SET attempts = $2, last_error = $3, next_attempt_at = $4 WHERE id = $1', [d.id, attempts, error.slice(0, 2000), next]);
    },
    async markFailed(d: DeliveryRow, attempts: number, error: string, at: Date): Promise<void> {
      await db.query("UPDATE report_deliveries SET status = 'failed', attempts = $2, last_error = $3 WHERE id = $1", [d.id, attempts, error.slice(0, 2000)]);
      // A failed resend leaves a sent report sent (the client has the first email).
      await db.query("UPDATE monthly_reports SET status = 'failed', updated_at = $2 WHERE id = $1 AND status <> 'sent'", [d.report_id, at]);
    },
    async markAlerted(deliveryId: string, at: Date): Promise<void> {
      await db.query('UPDATE report_deliveries SET alerted_at = $2 WHERE id = $1', [deliveryId, at]);
    },
    async deliveryLog(reportId: string) {
      const ds = await db.query<DeliveryRow>('SELECT * FROM report_deliveries WHERE report_id = $1 ORDER BY created_at, id', [reportId]);
      const attempts = await db.query<{ delivery_id: string; attempt: number; at: Date; ok: boolean; smtp_response: string | null }>(
        'SELECT a.delivery_id, a.attempt, a.at, a.ok, a.smtp_response FROM report_delivery_attempts a JOIN report_deliveries d ON d.id = a.delivery_id WHERE d.report_id = $1 ORDER BY a.at, a.id',
        [reportId],
      );
      return ds.rows.map((d) => ({
        ...deliveryView(d),
        attempts_log: attempts.rows.filter((a) => a.delivery_id === d.id).map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), ok: a.ok, smtp_response: a.smtp_response })),
      }));
    },
  };
}
export type ReportsRepository = ReturnType<typeof createReportsRepository>;
export type { DeliveryRow };
