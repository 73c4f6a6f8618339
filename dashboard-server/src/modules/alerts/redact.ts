import type { AlertChannelView } from './alerts.schemas.js';

/*
 * Webhook and Slack URLs are credentials (anyone holding one can post to the channel), and custom
 * headers often carry tokens. The API never shows them back: a URL keeps its scheme and host so the
 * freelancer can tell channels apart, header values are hidden. To change one, send the config again.
 */
const HIDDEN = '••••';

function redactUrl(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    const u = new URL(value);
    return `${u.protocol}//${u.host}/${HIDDEN}`;
  } catch {
    return HIDDEN;
  }
}

export function redactChannel(view: AlertChannelView): AlertChannelView {
  const config: Record<string, unknown> = { ...view.config };
  if ('url' in config) config.url = redactUrl(config.url);
  if (config.headers && typeof config.headers === 'object') {
    config.headers = Object.fromEntries(Object.keys(config.headers as Record<string, unknown>).map((k) => [k, HIDDEN]));
  }
  return { ...view, config };
}
