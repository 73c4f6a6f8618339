import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import type { Clock } from '../../lib/clock.js';
import { EmailSettingsSchema, SendTestEmailSchema, TestEmailResultSchema } from './mail-settings.schemas.js';
import { createMailSettingsService, type MailSettingsConfig } from './mail-settings.service.js';

export const mailSettingsRoutes: FastifyPluginAsyncTypebox<{ config: MailSettingsConfig; clock: Clock; testRateLimitPerMin?: number }> = async (app, opts) => {
  const mail = createMailSettingsService({ config: opts.config, clock: opts.clock });
  const tags = ['settings'];
  const security = [{ bearer: [] }];

  app.get(
    '/settings/email',
    { schema: { tags, security, summary: 'How the hub sends email (from its environment; credentials never shown)', response: { 200: EmailSettingsSchema, 401: ErrorBodySchema } } },
    () => mail.settings(),
  );
  app.post(
    '/settings/email/test',
    {
      // Each call opens an SMTP connection and sends real mail: keep a signed-in user from turning the hub into a relay.
      // A bare POST (no body) means "send it to me"; validation then sees the same empty object as `{}`.
      preValidation: async (req) => {
        if (req.body === undefined || req.body === null) (req as { body: unknown }).body = {};
      },
      config: { rateLimit: { max: opts.testRateLimitPerMin ?? 10, timeWindow: '1 minute', keyGenerator: (req) => req.user?.sub ?? req.ip } },
      schema: {
        tags,
        security,
        summary: "Send a test email now (to the signed-in user's address unless `to` is given)",
        body: SendTestEmailSchema,
        response: { 200: TestEmailResultSchema, 400: ErrorBodySchema, 401: ErrorBodySchema, 409: ErrorBodySchema, 429: ErrorBodySchema, 502: ErrorBodySchema },
      },
    },
    (req) => mail.sendTest(req.body?.to ?? req.user.email),
  );
};
