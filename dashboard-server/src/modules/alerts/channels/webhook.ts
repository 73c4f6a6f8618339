import { Type, type Static } from '@sinclair/typebox';
import type { AlertChannel } from '../alert-channel.js';
import { postJson } from './http-post.js';

const ConfigSchema = Type.Object(
  {
    url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 }),
    headers: Type.Optional(Type.Record(Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }), Type.String({ maxLength: 1024 }), { maxProperties: 10 })),
  },
  { additionalProperties: false },
);

/** Generic JSON webhook: the whole structured message, for the freelancer's own automation. */
export const webhookChannel: AlertChannel<Static<typeof ConfigSchema>> = {
  type: 'webhook',
  configSchema: ConfigSchema,
  send: (config, message, ctx) => postJson(config.url, message, ctx.timeoutMs, config.headers ?? {}),
};
