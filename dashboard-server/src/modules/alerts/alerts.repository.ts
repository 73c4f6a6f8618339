import type { Queryable } from '../../db/index.js';
import type { AlertMessage } from './alert-channel.js';
import type { AlertChannelView, AlertDeliveryView, ListDeliveriesQuery } from './alerts.schemas.js';

interface ChannelRow {
  id: string;
  name: string;
  type: string;
  config: Record<string, unknown>;
  enabled: boolean;
  created_at: Date;
  updated_at: Date;
}
const toChannel = (r: ChannelRow): AlertChannelView => ({ ...r, created_at: r.created_at.toISOString(), updated_at: r.updated_at.toISOString() });

interface DeliveryRow {
  id: string;
  incident_id: string;
  channel_id: string;
  channel_name: string;
  site_id: string;
  event: 'opened' | 'resolved';
  title: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  created_at: Date;
}
const toDelivery = (r: DeliveryRow): AlertDeliveryView => ({
  ...r,
  next_attempt_at: r.status === 'pending' ? r.next_attempt_at.toISOString() : null,
  delivered_at: r.delivered_at?.toISOString() ?? null,
  created_at: r.created_at.toISOString(),
});

export interface ClaimedDelivery {
  id: string;
  attempts: number;
  payload: AlertMessage;
  channel_type: string;
  channel_config: Record<string, unknown>;
}

export interface AlertsRepository {
  listChannels(): Promise<AlertChannelView[]>;
  findChannel(id: string): Promise<AlertChannelView | undefined>;
  insertChannel(c: { id: string; name: string; type: string; config: Record<string, unknown>; enabled: boolean; now: Date }): Promise<AlertChannelView>;
  updateChannel(id: string, c: { name?: string; config?: Record<string, unknown>; enabled?: boolean; now: Date }): Promise<AlertChannelView | undefined>;
  deleteChannel(id: string): Promise<boolean>;
  /** One pending delivery per enabled channel; a repeat for the same (incident, channel, event) is ignored. */
  enqueue(d: { incidentId: string; siteId: string; event: 'opened' | 'resolved'; message: AlertMessage; now: Date }): Promise<number>;
  /**
   * Claims due deliveries for this process by pushing their next attempt a lease ahead (SKIP LOCKED:
   * concurrent processes take different rows). A process that dies mid-send leaves the row to be
   * retried when the lease ends.
   */
  claimDue(now: Date, leaseMs: number, limit: number): Promise<ClaimedDelivery[]>;
  markDelivered(id: string, now: Date): Promise<void>;
  markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  listDeliveries(q: ListDeliveriesQuery): Promise<{ items: AlertDeliveryView[]; total: number }>;
}

const CHANNEL_COLS = 'id, name, type, config, enabled, created_at, updated_at';

export function createAlertsRepository(db: Queryable): AlertsRepository {
  return {
    async listChannels() {
      const r = await db.query<ChannelRow>(`SELECT ${CHANNEL_COLS} FROM alert_channels ORDER BY lower(name), id`);
      return r.rows.map(toChannel);
    },
    async findChannel(id) {
      const r = await db.query<ChannelRow>(`SELECT ${CHANNEL_COLS} FROM alert_channels WHERE id = $1`, [id]);
      return r.rows[0] && toChannel(r.rows[0]);
    },
    async insertChannel(c) {
      const r = await db.query<ChannelRow>(
        `INSERT INTO alert_channels (id, name, type, config, enabled, created_at, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $6, $6) RETURNING ${CHANNEL_COLS}`,
        [c.id, c.name, c.type, JSON.stringify(c.config), c.enabled, c.now],
      );
      return toChannel(r.rows[0]!);
    },
    async updateChannel(id, c) {
      const r = await db.query<ChannelRow>(
        `UPDATE alert_channels SET name = COALESCE($2, name), config = COALESCE($3::jsonb, config), enabled = COALESCE($4, enabled), updated_at = $5
         WHERE id = $1 RETURNING ${CHANNEL_COLS}`,
        [id, c.name ?? null, c.config ? JSON.stringify(c.config) : null, c.enabled ?? null, c.now],
      );
      return r.rows[0] && toChannel(r.rows[0]);
    },
    async deleteChannel(id) {
      const r = await db.query('DELETE FROM alert_channels WHERE id = $1', [id]);
      return r.rowCount === 1;
    },
    async enqueue(d) {
      const r = await db.query(
        `INSERT INTO alert_deliveries (id, incident_id, channel_id, site_id, event, payload, next_attempt_at, created_at)
         SELECT gen_random_uuid(), $1, c.id, $2, $3, $4::jsonb, $5, $5 FROM alert_channels c WHERE c.enabled
         ON CONFLICT (incident_id, channel_id, event) DO NOTHING`,
        [d.incidentId, d.siteId, d.event, JSON.stringify(d.message), d.now],
      );
      return r.rowCount;
    },
    async claimDue(now, leaseMs, limit) {
      const r = await db.query<ClaimedDelivery>(
        `WITH due AS (
           SELECT id FROM alert_deliveries WHERE status = 'pending' AND next_attempt_at <= $1
           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED
         )
         UPDATE alert_deliveries d SET next_attempt_at = $2
         FROM due, alert_channels c
         WHERE d.id = due.id AND c.id = d.channel_id
         RETURNING d.id, d.attempts, d.payload, c.type AS channel_type, c.config AS channel_config`,
        [now, new Date(now.getTime() + leaseMs), limit],
      );
      return r.rows;
    },
    async markDelivered(id, now) {
      await db.query("UPDATE alert_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $2, last_error = NULL WHERE id = $1", [id, now]);
    },
    async markFailed(id, error, nextAttemptAt) {
      await db.query(
        `UPDATE alert_deliveries SET attempts = attempts + 1, last_error = $2,
           status = CASE WHEN $3::timestamptz IS NULL THEN 'failed' ELSE status END,
           next_attempt_at = COALESCE($3::timestamptz, next_attempt_at)
         WHERE id = $1`,
        [id, error.slice(0, 1000), nextAttemptAt],
      );
    },
    async listDeliveries(q) {
      const where: string[] = [];
      const params: unknown[] = [];
      if (q.status) where.push(`d.status = $${params.push(q.status)}`);
      if (q.site_id) where.push(`d.site_id = $${params.push(q.site_id)}`);
      if (q.incident_id) where.push(`d.incident_id = $${params.push(q.incident_id)}`);
      const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
      const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM alert_deliveries d ${w}`, params);
      const r = await db.query<DeliveryRow>(
        `SELECT d.id, d.incident_id, d.channel_id, c.name AS channel_name, d.site_id, d.event, d.payload->>'title' AS title, d.status, d.attempts,
                d.last_error, d.next_attempt_at, d.delivered_at, d.created_at
         FROM alert_deliveries d JOIN alert_channels c ON c.id = d.channel_id ${w}
         ORDER BY d.created_at DESC, d.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, q.limit, q.offset],
      );
      return { items: r.rows.map(toDelivery), total: total.rows[0]!.n };
    },
  };
}
