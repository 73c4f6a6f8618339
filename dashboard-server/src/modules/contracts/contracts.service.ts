import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { isValidDate } from '../billing/dates.js';
import type { BillingMailer } from '../billing/mailer.js';
import type { Plan } from '../plans/plans.schemas.js';
import { createPlansRepository } from '../plans/plans.repository.js';
import { createSettingsRepository } from '../settings/settings.repository.js';
import { signAcceptanceToken, verifyAcceptanceToken } from './acceptance-link.js';
import { contractPdf } from './contract-pdf.js';
import { contractText, DEFAULT_LATE_PAYMENT_POLICY, type PlanSnapshot } from './contract-text.js';
import { createContractsRepository, type StoredRevision } from './contracts.repository.js';
import type { AcceptBody, Contract, CreateContract, ReviseContract } from './contracts.schemas.js';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const LINK_KEY_SETTING = 'contract_link_secret';

export interface ContractsDeps {
  db: Database;
  clock: Clock;
  mailer: BillingMailer | null;
  settings: { publicUrl: string; sellerName: string; linkTtlMs: number };
}

/** What the public acceptance page may show: only after the link checked out. */
export interface RevisionView {
  state: 'open' | 'accepted' | 'superseded';
  clientName: string;
  revision: number;
  body: string;
  sha256: string;
  expiresAt: Date;
  acceptedAt: string | null;
}
export type Refusal = { state: 'invalid' | 'expired' };
export type PublicView = RevisionView | Refusal;
export const isRefusal = (v: PublicView): v is Refusal => v.state === 'invalid' || v.state === 'expired';

const snapshotOf = (p: Plan): PlanSnapshot => {
  const { id: _id, client_count: _c, created_at: _a, updated_at: _u, ...rest } = p;
  return rest;
};

/**
 * Contracts and their revisions: each change of terms is a new numbered revision with its exact text,
 * emailed to the client with a signed, expiring link; the acceptance records name, time, IP and the
 * sha256 of the text accepted.
 */
export function createContractsService(deps: ContractsDeps) {
  const { db, clock, mailer } = deps;
  const repo = createContractsRepository(db);
  let key: Promise<Buffer> | undefined;
  const linkKey = () =>
    (key ??= createSettingsRepository(db)
      .getOrInsert(LINK_KEY_SETTING, randomBytes(32).toString('base64'), clock.now())
      .then((v) => Buffer.from(v, 'base64')));

  const getContract = async (id: string): Promise<Contract> => (await repo.findById(id)) ?? Promise.reject(notFound('Contract'));
  const checkDate = (d: string) => {
    if (!isValidDate(d)) throw new AppError(ErrorCode.VALIDATION_FAILED, 'start_date is not a calendar date', [{ path: '/start_date' }]);
  };

  /** Writes revision N+1 (N = 0 for a new contract) in the caller's transaction. */
  const writeRevision = async (tx: Parameters<Parameters<Database['transaction']>[0]>[0], contractId: string, revision: number, clientName: string, t: { plan_id: string; start_date: string; free_text: string; late_payment_policy: string; payment_terms_days: number }) => {
    const plan = await createPlansRepository(tx).findById(t.plan_id);
    if (!plan) throw new AppError(ErrorCode.VALIDATION_FAILED, 'plan_id is not a known plan', [{ path: '/plan_id' }]);
    const snapshot = snapshotOf(plan);
    const body = contractText({ revision, sellerName: deps.settings.sellerName, clientName, startDate: t.start_date, plan: snapshot, paymentTermsDays: t.payment_terms_days, latePaymentPolicy: t.late_payment_policy, freeText: t.free_text });
    const r = createContractsRepository(tx);
    await r.insertRevision(
      // The snapshot also carries the start date, so a revision is self-contained.
      { id: randomUUID(), contract_id: contractId, revision, plan_id: plan.id, plan_snapshot: { ...snapshot, start_date: t.start_date }, free_text: t.free_text, late_payment_policy: t.late_payment_policy, payment_terms_days: t.payment_terms_days, body, body_sha256: sha256(body) },
      clock.now(),
    );
    return { body, planId: plan.id };
  };

  /** Refuses up front, before anything is written, a revision that is to be emailed by a hub that cannot. */
  const requireMailer = (send: boolean | undefined) => {
    if (send !== false && !mailer) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'SMTP_URL is not configured on the hub; create the revision with "send": false or configure SMTP');
  };

  const sendRevision = async (contractId: string, revision?: number): Promise<Contract> => {
    const contract = await getContract(contractId);
    const latest = await repo.latestRevision(contractId);
    if (!latest) throw notFound('Contract revision');
    if (revision !== undefined && revision !== latest.revision) {
      const exists = await repo.revision(contractId, revision);
      if (!exists) throw notFound('Contract revision');
      throw new AppError(ErrorCode.CONFLICT, `Revision ${revision} is superseded by revision ${latest.revision}; only the latest revision can be sent`);
    }
    if (latest.accepted_at) throw new AppError(ErrorCode.CONFLICT, `Revision ${latest.revision} is already accepted`);
    if (!mailer) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'SMTP_URL is not configured on the hub; the contract cannot be emailed');
    const c = await db.query<{ contact_email: string }>('SELECT contact_email FROM clients WHERE id = $1', [contract.client_id]);
    const to = c.rows[0]!.contact_email;
    const expiresAt = new Date(clock.now().getTime() + deps.settings.linkTtlMs);
    const link = `${deps.settings.publicUrl}/contract/accept/${signAcceptanceToken(await linkKey(), latest.id, expiresAt)}`;
    const pdf = await contractPdf({ clientName: contract.client_name, revision: latest.revision, body: latest.body, sha256: latest.body_sha256 });
    await mailer.send({
      to,
      subject: `Your maintenance contract, revision ${latest.revision}: please review and accept`,
      text: [
        `Hello ${contract.client_name},`,
        '',
        `${deps.settings.sellerName} has prepared revision ${latest.revision} of your maintenance contract (${latest.plan_snapshot.name}, from ${latest.start_date}).`,
        'Please read it (PDF attached) and accept it by typing your name on this page:',
        '',
        link,
        '',
        `The link works until ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
        `Fingerprint of this revision (SHA-256): ${latest.body_sha256}`,
      ].join('\n'),
      attachments: [{ filename: `contract-revision-${latest.revision}.pdf`, content: pdf, contentType: 'application/pdf' }],
    });
    await repo.markSent(latest.id, to, clock.now());
    return getContract(contractId);
  };

  /** Resolves a link to its revision; every failure looks the same from outside. */
  const resolveLink = async (token: string): Promise<{ view: PublicView; revision?: StoredRevision }> => {
    const check = verifyAcceptanceToken(await linkKey(), token, clock.now());
    if (!check.ok) return { view: { state: check.reason } };
    const revision = await repo.revisionById(check.revisionId);
    if (!revision) return { view: { state: 'invalid' } };
    const latest = await repo.latestRevision(revision.contract_id);
    const contract = await getContract(revision.contract_id);
    const state = revision.accepted_at ? 'accepted' : latest!.revision !== revision.revision ? 'superseded' : 'open';
    return {
      revision,
      view: { state, clientName: contract.client_name, revision: revision.revision, body: revision.body, sha256: revision.body_sha256, expiresAt: check.expiresAt, acceptedAt: revision.accepted_at?.toISOString() ?? null },
    };
  };

  return {
    get: getContract,
    list: (clientId?: string) => repo.list(clientId),
    sendRevision,
    async create(input: CreateContract): Promise<Contract> {
      checkDate(input.start_date);
      requireMailer(input.send);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const c = await tx.query<{ name: string }>('SELECT name FROM clients WHERE id = $1', [input.client_id]);
        if (!c.rows[0]) throw new AppError(ErrorCode.VALIDATION_FAILED, 'client_id is not a known client', [{ path: '/client_id' }]);
        await createContractsRepository(tx).insertContract(id, input.client_id, input.start_date, clock.now());
        const { planId } = await writeRevision(tx, id, 1, c.rows[0].name, {
          plan_id: input.plan_id,
          start_date: input.start_date,
          free_text: input.free_text ?? '',
          late_payment_policy: input.late_payment_policy ?? DEFAULT_LATE_PAYMENT_POLICY,
          payment_terms_days: input.payment_terms_days ?? 14,
        });
        // The contract's plan is the client's plan from now on.
        await tx.query('UPDATE clients SET plan_id = $2, updated_at = $3 WHERE id = $1', [input.client_id, planId, clock.now()]);
      });
      return input.send === false ? getContract(id) : sendRevision(id);
    },
    async revise(contractId: string, input: ReviseContract): Promise<Contract> {
      if (input.start_date) checkDate(input.start_date);
      requireMailer(input.send);
      await db.transaction(async (tx) => {
        const r = createContractsRepository(tx);
        const contract = await r.lockContract(contractId);
        if (!contract) throw notFound('Contract');
        const latest = (await r.latestRevision(contractId))!;
        const c = await tx.query<{ name: string }>('SELECT name FROM clients WHERE id = $1', [contract.client_id]);
        const terms = {
          plan_id: input.plan_id ?? latest.plan_id ?? '',
          start_date: input.start_date ?? latest.start_date,
          free_text: input.free_text ?? latest.free_text,
          late_payment_policy: input.late_payment_policy ?? latest.late_payment_policy,
          payment_terms_days: input.payment_terms_days ?? latest.payment_terms_days,
        };
        if (!terms.plan_id) throw new AppError(ErrorCode.VALIDATION_FAILED, "The contract's plan was deleted; name a plan_id", [{ path: '/plan_id' }]);
        const { body, planId } = await writeRevision(tx, contractId, latest.revision + 1, c.rows[0]!.name, terms);
        // Same terms (only the revision number would differ) is not a new revision.
        if (body.replace(/^MAINTENANCE CONTRACT — REVISION \d+\n/, '') === latest.body.replace(/^MAINTENANCE CONTRACT — REVISION \d+\n/, '')) {
          throw new AppError(ErrorCode.CONFLICT, 'These terms are the same as the latest revision');
        }
        await tx.query('UPDATE clients SET plan_id = $2, updated_at = $3 WHERE id = $1', [contract.client_id, planId, clock.now()]);
      });
      return input.send === false ? getContract(contractId) : sendRevision(contractId);
    },
    async pdf(contractId: string, revision: number) {
      const contract = await getContract(contractId);
      const r = await repo.revision(contractId, revision);
      if (!r) throw notFound('Contract revision');
      return contractPdf({ clientName: contract.client_name, revision: r.revision, body: r.body, sha256: r.body_sha256 });
    },
    async publicView(token: string): Promise<PublicView> {
      return (await resolveLink(token)).view;
    },
    /** Records the acceptance; the view's state says why it did not when it did not. */
    async accept(token: string, body: AcceptBody, from: { ip: string; userAgent: string }): Promise<PublicView> {
      const { view, revision } = await resolveLink(token);
      if (isRefusal(view) || !revision) return view;
      if (view.state === 'accepted') throw new AppError(ErrorCode.CONFLICT, `Revision ${view.revision} was accepted on ${view.acceptedAt}`);
      if (view.state !== 'open') return view;
      if (body.sha256 !== revision.body_sha256) throw new AppError(ErrorCode.CONFLICT, 'The text you were shown is not this revision; reload the page');
      await db.transaction(async (tx) => {
        const r = createContractsRepository(tx);
        await r.lockContract(revision.contract_id);
        const latest = (await r.latestRevision(revision.contract_id))!;
        if (latest.id !== revision.id) throw new AppError(ErrorCode.CONFLICT, 'A newer revision of this contract exists; use the link in the latest email');
        const fresh = (await r.revisionById(revision.id))!;
        const wrote = await r.insertAcceptance({ revision_id: revision.id, name: body.name.trim(), at: clock.now(), ip: from.ip, user_agent: from.userAgent.slice(0, 500), sha256: sha256(fresh.body) });
        if (!wrote) throw new AppError(ErrorCode.CONFLICT, 'This revision is already accepted');
      });
      return { ...view, state: 'accepted', acceptedAt: clock.now().toISOString() };
    },
  };
}
export type ContractsService = ReturnType<typeof createContractsService>;
