import type { Queryable } from '../../db/index.js';
import type { PlanSnapshot } from './contract-text.js';
import type { Contract, Revision } from './contracts.schemas.js';

interface RevisionRow {
  id: string;
  contract_id: string;
  revision: number;
  plan_id: string | null;
  plan_snapshot: PlanSnapshot;
  start_date: string;
  free_text: string;
  late_payment_policy: string;
  payment_terms_days: number;
  body: string;
  body_sha256: string;
  sent_to: string | null;
  sent_at: Date | null;
  created_at: Date;
  accepted_name: string | null;
  accepted_at: Date | null;
  ip: string | null;
  user_agent: string | null;
  accepted_sha256: string | null;
}
export type StoredRevision = RevisionRow;

const REVISIONS = `SELECT r.id, r.contract_id, r.revision, r.plan_id, r.plan_snapshot, to_char((r.plan_snapshot->>'start_date')::date, 'YYYY-MM-DD') AS start_date,
  r.free_text, r.late_payment_policy, r.payment_terms_days, r.body, r.body_sha256, r.sent_to, r.sent_at, r.created_at,
  a.accepted_name, a.accepted_at, a.ip, a.user_agent, a.body_sha256 AS accepted_sha256
  FROM contract_revisions r LEFT JOIN contract_acceptances a ON a.revision_id = r.id`;

const toRevision = (r: RevisionRow): Revision => ({
  revision: r.revision,
  plan_id: r.plan_id,
  plan_name: r.plan_snapshot.name,
  start_date: r.start_date,
  free_text: r.free_text,
  late_payment_policy: r.late_payment_policy,
  payment_terms_days: r.payment_terms_days,
  body: r.body,
  body_sha256: r.body_sha256,
  sent_to: r.sent_to,
  sent_at: r.sent_at?.toISOString() ?? null,
  created_at: r.created_at.toISOString(),
  acceptance: r.accepted_at
    ? { accepted_name: r.accepted_name!, accepted_at: r.accepted_at.toISOString(), ip: r.ip!, user_agent: r.user_agent ?? '', body_sha256: r.accepted_sha256! }
    : null,
});

export interface NewRevision {
  id: string;
  contract_id: string;
  revision: number;
  plan_id: string;
  plan_snapshot: PlanSnapshot & { start_date: string };
  free_text: string;
  late_payment_policy: string;
  payment_terms_days: number;
  body: string;
  body_sha256: string;
}

export function createContractsRepository(db: Queryable) {
  const revisionsOf = async (contractIds: string[]) => (await db.query<RevisionRow>(`${REVISIONS} WHERE r.contract_id = ANY($1::uuid[]) ORDER BY r.revision DESC`, [contractIds])).rows;
  const assemble = async (rows: { id: string; client_id: string; client_name: string; start_date: string; created_at: Date }[]): Promise<Contract[]> => {
    const revs = await revisionsOf(rows.map((r) => r.id));
    return rows.map((c) => {
      const mine = revs.filter((r) => r.contract_id === c.id).map(toRevision);
      return { ...c, created_at: c.created_at.toISOString(), current_revision: mine[0]?.revision ?? 0, accepted: Boolean(mine[0]?.acceptance), revisions: mine };
    });
  };
  const CONTRACTS = "SELECT k.id, k.client_id, c.name AS client_name, to_char(k.start_date, 'YYYY-MM-DD') AS start_date, k.created_at FROM contracts k JOIN clients c ON c.id = k.client_id";
  return {
    async findById(id: string): Promise<Contract | undefined> {
      return (await assemble((await db.query<never>(`${CONTRACTS} WHERE k.id = $1`, [id])).rows))[0];
    },
    async list(clientId?: string): Promise<Contract[]> {
      const r = clientId ? await db.query<never>(`${CONTRACTS} WHERE k.client_id = $1 ORDER BY k.created_at DESC`, [clientId]) : await db.query<never>(`${CONTRACTS} ORDER BY k.created_at DESC`);
      return assemble(r.rows);
    },
    async insertContract(id: string, clientId: string, startDate: string, now: Date) {
      await db.query('INSERT INTO contracts (id, client_id, start_date, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)', [id, clientId, startDate, now]);
    },
    /** Locks the contract row so two revisions cannot be numbered at once. */
    async lockContract(id: string): Promise<{ id: string; client_id: string } | undefined> {
      return (await db.query<{ id: string; client_id: string }>('SELECT id, client_id FROM contracts WHERE id = $1 FOR UPDATE', [id])).rows[0];
    },
    async insertRevision(r: NewRevision, now: Date) {
      await db.query(
        `INSERT INTO contract_revisions (id, contract_id, revision, plan_id, plan_snapshot, free_text, late_payment_policy, payment_terms_days, body, body_sha256, created_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11)`,
        [r.id, r.contract_id, r.revision, r.plan_id, JSON.stringify(r.plan_snapshot), r.free_text, r.late_payment_policy, r.payment_terms_days, r.body, r.body_sha256, now],
      );
      await db.query('UPDATE contracts SET start_date = $2, updated_at = $3 WHERE id = $1', [r.contract_id, r.plan_snapshot.start_date, now]);
    },
    async latestRevision(contractId: string): Promise<StoredRevision | undefined> {
      return (await db.query<RevisionRow>(`${REVISIONS} WHERE r.contract_id = $1 ORDER BY r.revision DESC LIMIT 1`, [contractId])).rows[0];
    },
    async revision(contractId: string, revision: number): Promise<StoredRevision | undefined> {
      return (await db.query<RevisionRow>(`${REVISIONS} WHERE r.contract_id = $1 AND r.revision = $2`, [contractId, revision])).rows[0];
    },
    async revisionById(id: string): Promise<StoredRevision | undefined> {
      return (await db.query<RevisionRow>(`${REVISIONS} WHERE r.id = $1`, [id])).rows[0];
    },
    async markSent(revisionId: string, to: string, now: Date) {
      await db.query('UPDATE contract_revisions SET sent_to = $2, sent_at = $3 WHERE id = $1', [revisionId, to, now]);
    },
    /** false when the revision was accepted already. */
    async insertAcceptance(a: { revision_id: string; name: string; at: Date; ip: string; user_agent: string; sha256: string }): Promise<boolean> {
      const r = await db.query(
        'INSERT INTO contract_acceptances (revision_id, accepted_name, accepted_at, ip, user_agent, body_sha256) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (revision_id) DO NOTHING',
        [a.revision_id, a.name, a.at, a.ip, a.user_agent, a.sha256],
      );
      return r.rowCount === 1;
    },
  };
}
