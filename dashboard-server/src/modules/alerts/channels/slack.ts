import { Type, type Static } from '@sinclair/typebox';
import type { AlertChannel } from '../alert-channel.js';
import { postJson } from './http-post.js';

const ConfigSchema = Type.Object({ url: Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 }) }, { additionalProperties: false });

/** Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat, Discord's /slack endpoint): `{ text }`. */
export const slackChannel: AlertChannel<Static<typeof ConfigSchema>> = {
  type: 'slack',
  configSchema: ConfigSchema,
  send: (config, message, ctx) => postJson(config.url, { text: `*${message.title}*\n${message.text}` }, ctx.timeoutMs),
};
