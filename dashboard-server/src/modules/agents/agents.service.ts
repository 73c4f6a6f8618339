import type { CommandResult, EnrollRequest, EnrollResponse, ReportAck, StatusReport, UpdateEvent, UpdateEventsAck, UpdateEventsBatch } from '@retainer/protocol';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { versionSortKey } from '../../lib/versions.js';
import { createCommandsRepository } from '../commands/commands.repository.js';
import { hashEnrollmentCode } from '../sites/enrollment-codes.js';
import { createAgentsRepository } from './agents.repository.js';
import { createReportBatcher } from './report-ingest.repository.js';

/** Who signed the request, as the signature check established it. */
export interface SignedAgent {
  siteId: string;
  nonce: string;
  publicKey: string;
}

export interface AgentsService {
  enroll(req: EnrollRequest): Promise<EnrollResponse>;
  ingestReport(agent: SignedAgent, report: StatusReport, sizeBytes: number): Promise<ReportAck>;
  recordCommandResult(agent: SignedAgent, result: CommandResult): Promise<'recorded' | 'duplicate'>;
  recordUpdateEvents(agent: SignedAgent, batch: UpdateEventsBatch): Promise<UpdateEventsAck>;
}

/**
 * Where update events go (the updates module). It re-checks the signer and consumes the nonce in the
 * statement that stores the events, like report ingest, and says which check refused.
 */
export interface UpdateEventsSink {
  recordSignedEvents(agent: SignedAgent, events: UpdateEvent[]): Promise<UpdateEventsAck | { refused: 'site' | 'command' | 'nonce' }>;
}

export function createAgentsService(deps: {
  db: Database;
  clock: Clock;
  hubPublicKey: string;
  reportIntervalS: number;
  /** Explains a refusal found by the write itself (site revoked, deleted or re-keyed meanwhile). */
  refusalAfterWrite: (siteId: string) => Promise<AppError>;
  /**
   * Called after a report carrying a `backups` section was accepted (stored or re-sent), outside the
   * batched ingest statement so reports without backups pay nothing. Must be idempotent.
   */
  onBackups?: (siteId: string, report: StatusReport) => Promise<void>;
  /** Called once per command when the agent's posted result is first recorded (update runs end their job). */
  onCommandResult?: (siteId: string, result: CommandResult) => Promise<void>;
  updateEvents?: UpdateEventsSink;
}): AgentsService {
  const { db, clock } = deps;
  const batcher = createReportBatcher({ db, clock });
  const replayed = () => new AppError(ErrorCode.NONCE_REPLAYED, 'This nonce was already used by this site; every request needs a fresh one');
  /** Re-checks the signer against the current site row and consumes the nonce, in the write's transaction. */
  const signedWrite = async (tx: Queryable, siteId: string, nonce: string, publicKey: string) => {
    const current = await tx.query("SELECT 1 FROM sites WHERE id = $1 AND status = 'connected' AND public_key = $2", [siteId, publicKey]);
    if (current.rowCount === 0) throw await deps.refusalAfterWrite(siteId);
    if (!(await createAgentsRepository(tx).consumeNonce(siteId, nonce, clock.now()))) throw replayed();
  };

  return {
    async enroll(req) {
      const now = clock.now();
      const siteId = await db.transaction(async (tx) => {
        const r = await tx.query<{ site_id: string; expires_at: Date; used_at: Date | null }>(
          'SELECT site_id, expires_at, used_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
          [hashEnrollmentCode(req.enrollment_code)],
        );
        const code = r.rows[0];
        if (!code) throw new AppError(ErrorCode.ENROLLMENT_CODE_INVALID, 'This enrollment code is not valid; create a new one in the dashboard');
        if (code.used_at) throw new AppError(ErrorCode.ENROLLMENT_CODE_USED, 'This enrollment code was already used; create a new one in the dashboard');
        if (code.expires_at.getTime() <= now.getTime()) throw new AppError(ErrorCode.ENROLLMENT_CODE_EXPIRED, 'This enrollment code has expired; create a new one in the dashboard');
        await tx.query('UPDATE enrollment_codes SET used_at = $2 WHERE code_hash = $1', [hashEnrollmentCode(req.enrollment_code), now]);
        await tx.query(
          `UPDATE sites SET public_key = $2, status = 'connected', enrolled_at = $3, revoked_at = NULL, agent_site_url = $4,
             wp_version = $5, wp_version_sort = $8, php_version = $6, agent_version = $7, updated_at = $3 WHERE id = $1`,
          [code.site_id, req.public_key, now, req.site_url, req.wp_version, req.php_version, req.agent_version, versionSortKey(req.wp_version)],
        );
        return code.site_id;
      });
      return { site_id: siteId, hub_public_key: deps.hubPublicKey, report_interval_s: deps.reportIntervalS };
    },

    async ingestReport({ siteId, nonce, publicKey }, report, sizeBytes) {
      const r = await batcher.ingest({ siteId, publicKey, nonce, report, sizeBytes });
      if (!r.siteAccepted) throw await deps.refusalAfterWrite(siteId);
      if (!r.nonceAccepted) throw replayed();
      if (report.backups && deps.onBackups) await deps.onBackups(siteId, report);
      return { report_id: report.report_id, status: r.stored ? 'stored' : 'duplicate', commands: r.commands };
    },

    async recordCommandResult({ siteId, nonce, publicKey }, result) {
      const status = await db.transaction(async (tx) => {
        await signedWrite(tx, siteId, nonce, publicKey);
        if (await createCommandsRepository(tx).recordResult(siteId, result, clock.now())) return 'recorded' as const;
        const seen = await tx.query('SELECT 1 FROM commands WHERE id = $1 AND site_id = $2', [result.command_id, siteId]);
        if (seen.rowCount === 0) throw new AppError(ErrorCode.NOT_FOUND, 'No such command for this site');
        return 'duplicate' as const;
      });
      if (status === 'recorded' && deps.onCommandResult) await deps.onCommandResult(siteId, result);
      return status;
    },

    async recordUpdateEvents({ siteId, nonce, publicKey }, batch) {
      const sink = deps.updateEvents;
      if (!sink) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'This hub does not take update events');
      const r = await sink.recordSignedEvents({ siteId, nonce, publicKey }, batch.events);
      if ('refused' in r) {
        if (r.refused === 'site') throw await deps.refusalAfterWrite(siteId);
        if (r.refused === 'command') throw new AppError(ErrorCode.NOT_FOUND, 'No such apply_updates command for this site');
        throw replayed();
      }
      return r;
    },
  };
}
