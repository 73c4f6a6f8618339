import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import type { AlertChannelRegistry, AlertMessage, ChannelContext } from './alert-channel.js';
import { createAlertsRepository } from './alerts.repository.js';
import type { AlertChannelView, CreateAlertChannel, ListDeliveriesQuery, UpdateAlertChannel } from './alerts.schemas.js';
import { defaultAlertChannels } from './channels/index.js';

export type AlertsConfig = Pick<Config, 'smtpUrl' | 'alertEmailFrom' | 'alertEmailTo' | 'alertMaxAttempts'>;

/** Retry delays: 30 s, 1 min, 2 min … capped at 1 h. */
export const backoffMs = (attempt: number) => Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
/** A claimed delivery not finished within this lease (process died mid-send) becomes due again. */
const LEASE_MS = 120_000;

export function createChannelContext(config: AlertsConfig, timeoutMs = 10_000): ChannelContext {
  return {
    mailer: config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null,
    emailFrom: config.alertEmailFrom ?? 'retainer-hub@localhost',
    emailTo: config.alertEmailTo ?? null,
    timeoutMs,
  };
}

export function createAlertsService(deps: { db: Database; clock: Clock; config: AlertsConfig; registry?: AlertChannelRegistry; context?: ChannelContext }) {
  const { db, clock, config } = deps;
  const registry = deps.registry ?? defaultAlertChannels();
  const ctx = deps.context ?? createChannelContext(config);
  const repo = createAlertsRepository(db);

  /** Alerts are the freelancer's business: an email channel may not point at a client's contact address. */
  const refuseClientRecipient = async (type: string, cfg: Record<string, unknown>) => {
    if (type !== 'email' || typeof cfg.to !== 'string') return;
    const r = await db.query('SELECT 1 FROM clients WHERE lower(contact_email) = lower($1) LIMIT 1', [cfg.to]);
    if (r.rowCount > 0) throw new AppError(ErrorCode.VALIDATION_FAILED, 'Alerts go to the freelancer, never to a client: this address is a client contact', [{ path: '/config/to' }]);
  };
  const checkConfig = (type: string, cfg: Record<string, unknown>) => {
    const channel = registry.get(type);
    if (!channel) throw new AppError(ErrorCode.VALIDATION_FAILED, `Unknown channel type "${type}"; known: ${registry.types().join(', ')}`);
    const errors = registry.configErrors(type, cfg);
    if (errors.length) throw new AppError(ErrorCode.VALIDATION_FAILED, `Invalid ${type} channel config`, errors);
    const problem = channel.misconfigured?.(cfg as never, ctx);
    if (problem) throw new AppError(ErrorCode.VALIDATION_FAILED, `The ${type} channel cannot deliver: ${problem}`);
  };
  const uniqueName = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new AppError(ErrorCode.CONFLICT, 'An alert channel with this name exists');
      throw err;
    }
  };
  const send = async (type: string, cfg: Record<string, unknown>, message: AlertMessage) => {
    const channel = registry.get(type);
    if (!channel) throw new Error(`channel type "${type}" is no longer registered`);
    await channel.send(cfg as never, message, ctx);
  };

  let delivering: Promise<number> | null = null;
  const deliverOnce = async (limit: number): Promise<number> => {
    const now = clock.now();
    const claimed = await repo.claimDue(now, LEASE_MS, limit);
    await Promise.all(
      claimed.map(async (d) => {
        try {
          await send(d.channel_type, d.channel_config, d.payload);
          await repo.markDelivered(d.id, clock.now());
        } catch (err) {
          const attempt = d.attempts + 1;
          const next = attempt >= config.alertMaxAttempts ? null : new Date(clock.now().getTime() + backoffMs(attempt));
          await repo.markFailed(d.id, err instanceof Error ? err.message : String(err), next);
        }
      }),
    );
    return claimed.length;
  };

  return {
    registry,
    listChannels: () => repo.listChannels(),
    async getChannel(id: string): Promise<AlertChannelView> {
      const c = await repo.findChannel(id);
      if (!c) throw notFound('Alert channel');
      return c;
    },
    async createChannel(input: CreateAlertChannel) {
      checkConfig(input.type, input.config);
      await refuseClientRecipient(input.type, input.config);
      return uniqueName(() => repo.insertChannel({ id: randomUUID(), name: input.name, type: input.type, config: input.config, enabled: input.enabled ?? true, now: clock.now() }));
    },
    async updateChannel(id: string, input: UpdateAlertChannel) {
      const existing = await repo.findChannel(id);
      if (!existing) throw notFound('Alert channel');
      if (input.config) {
        checkConfig(existing.type, input.config);
        await refuseClientRecipient(existing.type, input.config);
      }
      const updated = await uniqueName(() => repo.updateChannel(id, { ...input, now: clock.now() }));
      if (!updated) throw notFound('Alert channel');
      return updated;
    },
    async deleteChannel(id: string) {
      if (!(await repo.deleteChannel(id))) throw notFound('Alert channel');
    },
    /** Sends a sample message now, outside the delivery queue, and says whether it went through. */
    async testChannel(id: string) {
      const c = await repo.findChannel(id);
      if (!c) throw notFound('Alert channel');
      const message: AlertMessage = { event: 'test', kind: 'test', site: null, incident: null, title: 'Test alert from Retainer', text: `The "${c.name}" channel works.` };
      try {
        await send(c.type, c.config, message);
        return { ok: true, error: null };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    },
    listDeliveries: (q: ListDeliveriesQuery) => repo.listDeliveries(q),
    /** Sends what is due; concurrent calls in one process share the run in progress. */
    deliverDue(limit = 50): Promise<number> {
      if (!delivering) delivering = deliverOnce(limit).finally(() => (delivering = null));
      return delivering;
    },
    close() {
      ctx.mailer && 'close' in ctx.mailer && (ctx.mailer as { close(): void }).close();
    },
  };
}
export type AlertsService = ReturnType<typeof createAlertsService>;
