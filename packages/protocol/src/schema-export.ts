import type { TSchema } from '@sinclair/typebox';
import { ErrorBodySchema } from './errors.js';
import { CommandResultSchema } from './messages/command-result.js';
import { CommandSchema } from './messages/command.js';
import { EnrollRequestSchema, EnrollResponseSchema } from './messages/enroll.js';
import { CommandResultAckSchema, ReportAckSchema } from './messages/report-ack.js';
import { StatusReportSchema } from './messages/status-report.js';
import { ApplyUpdatesArgsSchema, ApplyUpdatesOutputSchema, UpdateEventsAckSchema, UpdateEventsBatchSchema } from './messages/updates.js';
import { PROTOCOL_VERSION } from './version.js';

/**
 * File name in schemas/ -> schema. The `$id` is added only in the exported files: inside the hub the
 * same schema objects are embedded in many routes, where a repeated `$id` would clash.
 */
export const exportedSchemas: Record<string, TSchema> = {
  'enroll-request.json': EnrollRequestSchema,
  'enroll-response.json': EnrollResponseSchema,
  'status-report.json': StatusReportSchema,
  'report-ack.json': ReportAckSchema,
  'command.json': CommandSchema,
  'command-result.json': CommandResultSchema,
  'command-result-ack.json': CommandResultAckSchema,
  'error-body.json': ErrorBodySchema,
  'apply-updates-args.json': ApplyUpdatesArgsSchema,
  'apply-updates-output.json': ApplyUpdatesOutputSchema,
  'update-events-batch.json': UpdateEventsBatchSchema,
  'update-events-ack.json': UpdateEventsAckSchema,
};

export function schemaFileContent(schema: TSchema): string {
  const doc = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    'x-generated': 'Generated from packages/protocol/src by `npm run build -w @retainer/protocol`. Do not edit.',
    'x-protocol-version': PROTOCOL_VERSION,
    $id: `urn:retainer:protocol:v${PROTOCOL_VERSION}:${String(schema.title ?? "schema").replace(/\s+/g, "-").toLowerCase()}`,
    ...JSON.parse(JSON.stringify(schema)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
