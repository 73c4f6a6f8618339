/**
 * The "Add alert channel" form: which fields each channel type needs, the checks done before
 * sending, and the `config` object the hub expects for that type.
 */
import { isPlausibleEmail } from '../../lib/validation';
import type { AlertChannel, NewAlertChannel } from './settings-api';

export interface ChannelForm {
  name: string;
  type: string;
  /** Email: recipient (optional, the hub's default alert address otherwise). */
  to: string;
  /** Webhook and Slack: where to post. */
  url: string;
}

export const EMPTY_CHANNEL_FORM: ChannelForm = { name: '', type: 'email', to: '', url: '' };

export const CHANNEL_TYPE_LABEL: Record<string, string> = { email: 'Email', webhook: 'Webhook', slack: 'Slack' };

export function typeNeedsUrl(type: string): boolean {
  return type === 'webhook' || type === 'slack';
}

export type ChannelFormErrors = Partial<Record<keyof ChannelForm, string>>;

export function validateChannelForm(form: ChannelForm): ChannelFormErrors {
  const errors: ChannelFormErrors = {};
  if (form.name.trim() === '') errors.name = 'Give the channel a name.';
  else if (form.name.trim().length > 100) errors.name = 'Use at most 100 characters.';
  if (form.type === 'email' && form.to.trim() !== '' && !isPlausibleEmail(form.to)) errors.to = 'Enter an email address, or leave it empty.';
  if (typeNeedsUrl(form.type)) {
    const url = form.url.trim();
    if (!/^https?:\/\/[^\s]+$/i.test(url)) errors.url = 'Enter an address that starts with https:// (or http://).';
  }
  return errors;
}

/** The request body for the form (call after `validateChannelForm` found nothing). */
export function channelInput(form: ChannelForm): NewAlertChannel {
  const config: Record<string, unknown> = {};
  if (form.type === 'email' && form.to.trim() !== '') config.to = form.to.trim();
  if (typeNeedsUrl(form.type)) config.url = form.url.trim();
  return { name: form.name.trim(), type: form.type, config, enabled: true };
}

/** Where a channel sends, as the hub shows it (URLs and header values come back redacted). */
export function describeChannelTarget(channel: Pick<AlertChannel, 'type' | 'config'>): string {
  const { config } = channel;
  if (typeof config.to === 'string' && config.to) return config.to;
  if (typeof config.url === 'string' && config.url) return config.url;
  if (channel.type === 'email') return 'The hub’s default alert address';
  return '—';
}
