import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CommandResultAckSchema,
  CommandResultSchema,
  EnrollRequestSchema,
  EnrollResponseSchema,
  ErrorBodySchema,
  HEADER_NONCE,
  HEADER_SIGNATURE,
  HEADER_SITE,
  HEADER_TIMESTAMP,
  ReportAckSchema,
  StatusReportSchema,
  UpdateEventsAckSchema,
  UpdateEventsBatchSchema,
} from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { AgentsService } from './agents.service.js';

const SignedHeadersSchema = Type.Object({
  [HEADER_SITE]: Type.String({ description: 'Site id' }),
  [HEADER_TIMESTAMP]: Type.String({ description: 'Unix seconds' }),
  [HEADER_NONCE]: Type.String({ description: '≥16 random bytes, hex, never reused' }),
  [HEADER_SIGNATURE]: Type.String({ description: 'Base64 Ed25519 signature of RETAINER-V1\\n{METHOD}\\n{path}\\n{timestamp}\\n{nonce}\\n{hex sha256 of body}' }),
});

export const agentsRoutes: FastifyPluginAsyncTypebox<{
  agents: AgentsService;
  verify: (request: FastifyRequest) => Promise<void>;
  bodyLimit: number;
  ipRateLimitPerMin: number;
  enrollRateLimitPerMin: number;
}> = async (app, opts) => {
  const tags = ['agent protocol'];
  const signedErrors = { 400: ErrorBodySchema, 401: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema, 429: ErrorBodySchema };
  const perIp = { rateLimit: { max: opts.ipRateLimitPerMin, timeWindow: '1 minute' } };

  app.post(
    '/enroll',
    {
      bodyLimit: 16 * 1024,
      config: { rateLimit: { max: opts.enrollRateLimitPerMin, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Bind an agent key to a site with a one-time enrollment code',
        body: EnrollRequestSchema,
        response: { 201: EnrollResponseSchema, 400: ErrorBodySchema, 409: ErrorBodySchema, 413: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return opts.agents.enroll(request.body);
    },
  );

  // Signature checks run in preValidation: after the raw body is read, before the schema check, so an
  // unsigned or forged request learns nothing about what a valid body looks like.
  app.post(
    '/reports',
    {
      bodyLimit: opts.bodyLimit,
      config: perIp,
      preValidation: opts.verify,
      schema: { tags, summary: 'A signed status report; stored once per report_id', headers: SignedHeadersSchema, body: StatusReportSchema, response: { 200: ReportAckSchema, ...signedErrors } },
    },
    async (request) => opts.agents.ingestReport(request.agent!, request.body, request.rawBody?.length ?? 0),
  );

  app.post(
    '/command-results',
    {
      bodyLimit: opts.bodyLimit,
      config: perIp,
      preValidation: opts.verify,
      schema: { tags, summary: 'The signed result of a command the agent received with a report', headers: SignedHeadersSchema, body: CommandResultSchema, response: { 200: CommandResultAckSchema, 404: ErrorBodySchema, ...signedErrors } },
    },
    async (request) => ({ command_id: request.body.command_id, status: await opts.agents.recordCommandResult(request.agent!, request.body) }),
  );

  app.post(
    '/update-events',
    {
      bodyLimit: opts.bodyLimit,
      config: perIp,
      preValidation: opts.verify,
      schema: {
        tags,
        summary: "Signed outcomes of apply_updates items (the agent's outbox); each event_id is stored once",
        headers: SignedHeadersSchema,
        body: UpdateEventsBatchSchema,
        response: { 200: UpdateEventsAckSchema, 404: ErrorBodySchema, ...signedErrors },
      },
    },
    async (request) => opts.agents.recordUpdateEvents(request.agent!, request.body),
  );
};
