import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../lib/schemas.js';

const Sender = Type.Object({
  purpose: Type.Union([Type.Literal('reports'), Type.Literal('alerts'), Type.Literal('billing')]),
  address: Type.String(),
  /** The environment variable that sets it; when unset the hub falls back to ALERT_EMAIL_FROM, then a placeholder. */
  variable: Type.String(),
  placeholder: Type.Boolean({ description: 'true: no sender is configured and the hub uses retainer-hub@localhost, which many servers refuse' }),
});

export const EmailSettingsSchema = Type.Object(
  {
    configured: Type.Boolean({ description: 'SMTP_URL is set: the hub sends email' }),
    host: Nullable(Type.String()),
    port: Nullable(Type.Integer()),
    secure: Nullable(Type.Boolean({ description: 'TLS from the first byte (smtps://)' })),
    authenticated: Type.Boolean({ description: 'The URL carries credentials (never shown)' }),
    from: Nullable(Type.String({ description: 'The sender of test emails and client reports' })),
    senders: Type.Array(Sender),
  },
  { title: 'Email settings' },
);
export type EmailSettings = Static<typeof EmailSettingsSchema>;

export const SendTestEmailSchema = Type.Object(
  { to: Type.Optional(Type.String({ format: 'email', maxLength: 254, description: "Defaults to the signed-in user's email" })) },
  { additionalProperties: false },
);
export type SendTestEmail = Static<typeof SendTestEmailSchema>;

export const TestEmailResultSchema = Type.Object({
  delivered: Type.Literal(true),
  to: Type.String(),
  from: Type.String(),
  response: Type.String({ description: "The SMTP server's reply to the message, e.g. 250 OK" }),
});
export type TestEmailResult = Static<typeof TestEmailResultSchema>;
