import { createAlertChannelRegistry, type AlertChannelRegistry } from '../alert-channel.js';
import { emailChannel } from './email.js';
import { slackChannel } from './slack.js';
import { webhookChannel } from './webhook.js';

/** The built-in channels. A new channel is one file in this folder and one line here. */
export function defaultAlertChannels(): AlertChannelRegistry {
  const registry = createAlertChannelRegistry();
  registry.register(emailChannel);
  registry.register(webhookChannel);
  registry.register(slackChannel);
  return registry;
}
