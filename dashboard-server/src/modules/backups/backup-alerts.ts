import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { AlertChannelRegistry, AlertMessage, ChannelContext } from '../alerts/alert-channel.js';
import type { Reason, Verdict } from './backup-policy.js';

/** A verdict transition to tell the freelancer about. */
export interface BackupAlert {
  eventId: string;
  site: { id: string; label: string; url: string };
  from: Verdict | null;
  to: Verdict;
  reasons: Reason[];
  at: Date;
}

/**
 * Where the backups module hands its alerts. Called inside the transaction that records the verdict
 * event, so an alert exists exactly when its event does.
 */
export interface BackupAlertSink {
  enqueue(tx: Queryable, alert: BackupAlert): Promise<void>;
}

export function renderBackupAlert(a: BackupAlert): { title: string; text: string } {
  const title = a.to === 'ok' ? `Backups OK again on ${a.site.label}` : `Backups ${a.to} on ${a.site.label}`;
  const lines = [`Site: ${a.site.label} (${a.site.url})`, `Backup verdict: ${a.from ?? 'none'} → ${a.to}`, `At: ${a.at.toISOString()}`];
  if (a.reasons.length) lines.push('', 'Reasons:', ...a.reasons.map((r) => `- ${r.message}`));
  return { title, text: lines.join('\n') };
}

/**
 * The backups' own outbox (backup_alerts, one row per verdict event). The alerts module's delivery
 * queue is keyed to uptime incidents, so backup alerts are queued here and sent through the same
 * channel registry by createBackupAlertDeliverer below.
 */
export const outboxAlertSink: BackupAlertSink = {
  async enqueue(tx, a) {
    const { title, text } = renderBackupAlert(a);
    await tx.query(
      `INSERT INTO backup_alerts (id, event_id, site_id, title, text, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (event_id) DO NOTHING`,
      [randomUUID(), a.eventId, a.site.id, title, text, a.at],
    );
  },
};

const LEASE_MS = 120_000;
const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);

/**
 * Sends due backup alerts to every enabled alert channel (the freelancer's channels: clients are never
 * a channel). Rows are claimed with SKIP LOCKED and a lease, so N hub processes never send one twice
 * while it is in flight, and a process that dies mid-send leaves the row to be retried.
 */
export function createBackupAlertDeliverer(deps: { db: Queryable; clock: Clock; registry: AlertChannelRegistry; context: ChannelContext; maxAttempts: number }) {
  const { db, clock } = deps;
  return {
    async deliverDue(limit = 50): Promise<number> {
      const now = clock.now();
      const claimed = await db.query<{ id: string; site_id: string; title: string; text: string; attempts: number; label: string; url: string }>(
        `UPDATE backup_alerts a SET next_attempt_at = $2 FROM sites s
         WHERE s.id = a.site_id AND a.id IN (SELECT id FROM backup_alerts WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
         RETURNING a.id, a.site_id, a.title, a.text, a.attempts, s.label, s.url`,
        [now, new Date(now.getTime() + LEASE_MS), limit],
      );
      if (claimed.rowCount === 0) return 0;
      const channels = await db.query<{ type: string; config: Record<string, unknown> }>('SELECT type, config FROM alert_channels WHERE enabled ORDER BY id');
      for (const a of claimed.rows) {
        // The channels render title and text; kind/incident are the alerts module's uptime fields.
        const message = { event: 'opened', kind: 'backup_verdict', site: { id: a.site_id, label: a.label, url: a.url }, incident: null, title: a.title, text: a.text } as unknown as AlertMessage;
        const errors: string[] = [];
        for (const c of channels.rows) {
          const channel = deps.registry.get(c.type);
          try {
            if (!channel) throw new Error(`channel type "${c.type}" is not registered`);
            await channel.send(c.config as never, message, deps.context);
          } catch (err) {
            errors.push(`${c.type}: ${err instanceof Error ? err.message : String(err)}`);
          }
        }
        const attempts = a.attempts + 1;
        if (errors.length === 0) {
          await db.query("UPDATE backup_alerts SET status = 'delivered', attempts = $2, delivered_at = $3, last_error = NULL WHERE id = $1", [a.id, attempts, clock.now()]);
        } else {
          const giveUp = attempts >= deps.maxAttempts;
          await db.query('UPDATE backup_alerts SET status = $2, attempts = $3, last_error = $4, next_attempt_at = $5 WHERE id = $1', [
            a.id,
            giveUp ? 'failed' : 'pending',
            attempts,
            errors.join('; ').slice(0, 2000),
            new Date(clock.now().getTime() + backoffMs(attempts)),
          ]);
        }
      }
      return claimed.rowCount;
    },
  };
}
