import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../lib/schemas.js';

const DateSchema = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const TermsFields = {
  plan_id: Type.String({ format: 'uuid' }),
  start_date: DateSchema,
  free_text: Type.String({ maxLength: 20_000 }),
  late_payment_policy: Type.String({ maxLength: 2000 }),
  payment_terms_days: Type.Integer({ minimum: 0, maximum: 365 }),
  send: Type.Boolean({ description: 'Email the new revision to the client with an acceptance link (default true)' }),
};

export const CreateContractSchema = Type.Object(
  { client_id: Type.String({ format: 'uuid' }), plan_id: TermsFields.plan_id, start_date: TermsFields.start_date, ...Type.Partial(Type.Object({ free_text: TermsFields.free_text, late_payment_policy: TermsFields.late_payment_policy, payment_terms_days: TermsFields.payment_terms_days, send: TermsFields.send })).properties },
  { additionalProperties: false },
);
export type CreateContract = Static<typeof CreateContractSchema>;

/** New terms: anything left out is copied from the latest revision. */
export const ReviseContractSchema = Type.Partial(Type.Object(TermsFields), { additionalProperties: false });
export type ReviseContract = Static<typeof ReviseContractSchema>;

export const AcceptanceSchema = Type.Object({ accepted_name: Type.String(), accepted_at: Type.String(), ip: Type.String(), user_agent: Type.String(), body_sha256: Type.String() });

export const RevisionSchema = Type.Object({
  revision: Type.Integer(),
  plan_id: Nullable(Type.String()),
  plan_name: Type.String(),
  start_date: Type.String(),
  free_text: Type.String(),
  late_payment_policy: Type.String(),
  payment_terms_days: Type.Integer(),
  body: Type.String(),
  body_sha256: Type.String(),
  sent_to: Nullable(Type.String()),
  sent_at: Nullable(Type.String()),
  created_at: Type.String(),
  acceptance: Nullable(AcceptanceSchema),
});
export type Revision = Static<typeof RevisionSchema>;

export const ContractSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  client_id: Type.String(),
  client_name: Type.String(),
  start_date: Type.String(),
  current_revision: Type.Integer(),
  accepted: Type.Boolean({ description: 'The latest revision is accepted' }),
  created_at: Type.String(),
  revisions: Type.Array(RevisionSchema, { description: 'Newest first' }),
});
export type Contract = Static<typeof ContractSchema>;

export const ListContractsQuerySchema = Type.Object({ client_id: Type.Optional(Type.String({ format: 'uuid' })) }, { additionalProperties: false });
export const ContractListSchema = Type.Object({ items: Type.Array(ContractSchema) });

export const RevisionParamsSchema = Type.Object({ id: Type.String({ format: 'uuid' }), revision: Type.Integer({ minimum: 1, maximum: 100_000 }) });

export const AcceptBodySchema = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'The name the client types to accept' }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'Fingerprint of the text the client was shown' }),
  },
  { additionalProperties: false },
);
export type AcceptBody = Static<typeof AcceptBodySchema>;
export const TokenParamsSchema = Type.Object({ token: Type.String({ minLength: 1, maxLength: 512 }) });
