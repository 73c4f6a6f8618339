import { Type, type Static } from '@sinclair/typebox';
import type { AlertChannel } from '../alert-channel.js';

const ConfigSchema = Type.Object(
  { to: Type.Optional(Type.String({ format: 'email', description: "Defaults to ALERT_EMAIL_TO (the freelancer's address, never a client's)" })) },
  { additionalProperties: false },
);

export const emailChannel: AlertChannel<Static<typeof ConfigSchema>> = {
  type: 'email',
  configSchema: ConfigSchema,
  misconfigured(config, ctx) {
    if (!ctx.mailer) return 'SMTP_URL is not configured on the hub';
    if (!config.to && !ctx.emailTo) return 'no recipient: set "to" or ALERT_EMAIL_TO';
    return null;
  },
  async send(config, message, ctx) {
    const to = config.to ?? ctx.emailTo;
    if (!ctx.mailer) throw new Error('SMTP_URL is not configured on the hub');
    if (!to) throw new Error('no recipient: set "to" or ALERT_EMAIL_TO');
    await ctx.mailer.sendMail({ from: ctx.emailFrom, to, subject: `[Retainer] ${message.title}`, text: message.text });
  },
};
