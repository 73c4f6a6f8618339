import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Transporter } from 'nodemailer';

/** What every channel is given to send: already rendered, so channels only differ in transport. */
export interface AlertMessage {
  event: 'opened' | 'resolved' | 'test';
  kind: 'down' | 'agent_silent' | 'tls_expiring' | 'test';
  site: { id: string; label: string; url: string } | null;
  incident: { id: string; cause: string; detail: string | null; started_at: string; resolved_at: string | null; duration_s: number | null } | null;
  title: string;
  text: string;
}

/** Outside-world resources a channel may use; built once from config by the alerts service. */
export interface ChannelContext {
  mailer: Pick<Transporter, 'sendMail'> | null;
  emailFrom: string;
  emailTo: string | null;
  timeoutMs: number;
}

/**
 * One alert transport. Adding one = a file exporting an AlertChannel plus one line in channels/index.ts.
 * `configSchema` validates the stored per-channel configuration; `misconfigured` reports what config
 * the hub itself lacks (e.g. SMTP) so a channel that could never deliver is refused at creation.
 */
export interface AlertChannel<C = unknown> {
  readonly type: string;
  readonly configSchema: TSchema;
  misconfigured?(config: C, ctx: ChannelContext): string | null;
  send(config: C, message: AlertMessage, ctx: ChannelContext): Promise<void>;
}

export interface AlertChannelRegistry {
  register(channel: AlertChannel<never>): void;
  get(type: string): AlertChannel | undefined;
  types(): string[];
  /** Errors of `config` against the channel's schema (empty when valid or when the type is unknown). */
  configErrors(type: string, config: unknown): { path: string; message: string }[];
}

export function createAlertChannelRegistry(): AlertChannelRegistry {
  const channels = new Map<string, AlertChannel>();
  return {
    register(channel) {
      if (channels.has(channel.type)) throw new Error(`alert channel "${channel.type}" is registered twice`);
      channels.set(channel.type, channel as AlertChannel);
    },
    get: (type) => channels.get(type),
    types: () => [...channels.keys()],
    configErrors(type, config) {
      const ch = channels.get(type);
      if (!ch) return [];
      return [...Value.Errors(ch.configSchema, config)].map((e) => ({ path: e.path || '/', message: e.message }));
    },
  };
}
