import { randomUUID } from 'node:crypto';
import type { StatusReport } from '@retainer/protocol';
import type { Config } from '../../config.js';
import type { Database, Queryable } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { outboxAlertSink, type BackupAlertSink } from './backup-alerts.js';
import { evaluateBackupPolicy, type BackupPolicy, type PolicyResult, type Verdict } from './backup-policy.js';
import { createBackupsRepository, type EvaluationInputs, type PolicyOverrides, type StoredVerdict } from './backups.repository.js';
import type { CreateManualBackup, Fleet, FleetQuery, PolicyView, PutPolicy, SiteBackups } from './backups.schemas.js';
import { claimJob, finishJob } from '../../lib/job-runs.js';

export type BackupsConfig = Pick<Config, 'backupMaxOffsiteAgeH' | 'backupMinRetentionDays' | 'backupMinEvidence'>;

type PolicyKey = keyof PolicyOverrides;
type Origin = 'site' | 'plan' | 'global';

/**
 * Effective policy, field by field: the site's override, else its plan's default (plans do not exist
 * yet: pass `plan` when they do), else the hub's global default.
 */
export function resolvePolicy(global: BackupPolicy, site: PolicyOverrides, plan: Partial<PolicyOverrides> = {}) {
  const pick = <K extends PolicyKey>(k: K, g: NonNullable<PolicyOverrides[K]>): [NonNullable<PolicyOverrides[K]>, Origin] => {
    const s = site[k];
    if (s !== null && s !== undefined) return [s as NonNullable<PolicyOverrides[K]>, 'site'];
    const p = plan[k];
    if (p !== null && p !== undefined) return [p as NonNullable<PolicyOverrides[K]>, 'plan'];
    return [g, 'global'];
  };
  const [maxAge, o1] = pick('max_offsite_age_h', global.maxOffsiteAgeH);
  const [retention, o2] = pick('min_retention_days', global.minRetentionDays);
  const [evidence, o3] = pick('min_evidence', global.minEvidence);
  return {
    policy: { maxOffsiteAgeH: maxAge, minRetentionDays: retention, minEvidence: evidence } satisfies BackupPolicy,
    origin: { max_offsite_age_h: o1, min_retention_days: o2, min_evidence: o3 },
  };
}

const DAILY_JOB = 'backups.daily';
const PAGE = 500;
const HOUR = 3_600_000;

export function createBackupsService(deps: { db: Database; clock: Clock; config: BackupsConfig; alerts?: BackupAlertSink }) {
  const { db, clock } = deps;
  const alerts = deps.alerts ?? outboxAlertSink;
  const repo = createBackupsRepository(db);
  const globalPolicy: BackupPolicy = { maxOffsiteAgeH: deps.config.backupMaxOffsiteAgeH, minRetentionDays: deps.config.backupMinRetentionDays, minEvidence: deps.config.backupMinEvidence };

  const evaluate = (i: EvaluationInputs, now: Date): PolicyResult =>
    evaluateBackupPolicy({
      policy: resolvePolicy(globalPolicy, i.overrides).policy,
      records: i.records,
      sources: i.sources,
      siteSince: i.siteSince.getTime(),
      lastReportAt: i.lastReportAt ? i.lastReportAt.getTime() : null,
      verification: i.verification,
      now: now.getTime(),
    });

  const differs = (stored: StoredVerdict | undefined, r: PolicyResult) =>
    !stored ||
    stored.verdict !== r.verdict ||
    // jsonb does not keep key order: compare the fields, not the serialised objects.
    stored.reasons.length !== r.reasons.length ||
    stored.reasons.some((x, i) => x.code !== r.reasons[i]!.code || x.severity !== r.reasons[i]!.severity || x.message !== r.reasons[i]!.message) ||
    (stored.newest_offsite_at?.getTime() ?? null) !== r.newestOffsiteAt ||
    stored.evidence !== r.evidence;

  /** Re-evaluates one site under its verdict row lock; records the transition and its alert once. */
  async function evaluateSiteIn(tx: Queryable, siteId: string): Promise<{ verdict: Verdict; changed: boolean }> {
    const txRepo = createBackupsRepository(tx);
    const stored = await txRepo.lockVerdict(siteId);
    const now = clock.now();
    const [inputs] = await txRepo.loadInputs([siteId], now);
    if (!inputs) throw notFound('Site');
    const r = evaluate(inputs, now);
    const changed = stored.verdict !== r.verdict;
    await txRepo.saveVerdict(siteId, { verdict: r.verdict, reasons: r.reasons, newestOffsiteAt: r.newestOffsiteAt === null ? null : new Date(r.newestOffsiteAt), evidence: r.evidence, now, changed });
    if (changed) {
      const eventId = randomUUID();
      await txRepo.insertEvent({ id: eventId, siteId, from: stored.verdict, to: r.verdict, reasons: r.reasons, at: now });
      // The first evaluation of a healthy (or not yet known) site is not news.
      if (stored.verdict !== null || r.verdict === 'failing' || r.verdict === 'warning') {
        const site = await tx.query<{ label: string; url: string }>('SELECT label, url FROM sites WHERE id = $1', [siteId]);
        await alerts.enqueue(tx, { eventId, site: { id: siteId, ...site.rows[0]! }, from: stored.verdict, to: r.verdict, reasons: r.reasons, at: now });
      }
    }
    return { verdict: r.verdict, changed };
  }

  const evaluateSite = (siteId: string) => db.transaction((tx) => evaluateSiteIn(tx, siteId));

  const verdictView = (v: StoredVerdict | undefined, now: Date) => {
    const newest = v?.newest_offsite_at ?? null;
    return {
      verdict: v?.verdict ?? ('unknown' as const),
      reasons: v?.reasons ?? [],
      newest_offsite_at: newest?.toISOString() ?? null,
      newest_offsite_age_h: newest ? Math.round(((now.getTime() - newest.getTime()) / HOUR) * 10) / 10 : null,
      evidence: v?.evidence ?? null,
      evaluated_at: v?.evaluated_at?.toISOString() ?? null,
      changed_at: v?.changed_at?.toISOString() ?? null,
    };
  };

  const requireSite = async (siteId: string) => {
    if (!(await repo.siteExists(siteId))) throw notFound('Site');
  };

  /**
   * Re-evaluates every site. The inputs are read in pages without locks; only sites whose outcome
   * moved are re-evaluated under their row lock (which decides the transition), so a quiet fleet
   * costs a few reads per 500 sites.
   */
  async function evaluateAll(): Promise<{ sites: number; updated: number; transitions: number }> {
    let after: string | null = null;
    let sites = 0;
    let updated = 0;
    let transitions = 0;
    for (;;) {
      const ids = await repo.siteIdsAfter(after, PAGE);
      if (ids.length === 0) break;
      after = ids[ids.length - 1]!;
      const now = clock.now();
      const [inputs, stored] = await Promise.all([repo.loadInputs(ids, now), repo.getVerdicts(ids)]);
      for (const i of inputs) {
        sites++;
        if (!differs(stored.get(i.siteId), evaluate(i, now))) continue;
        try {
          const r = await evaluateSite(i.siteId);
          updated++;
          if (r.changed) transitions++;
        } catch (err) {
          // A site deleted meanwhile: nothing to evaluate.
          if (!(err instanceof AppError && err.code === ErrorCode.NOT_FOUND)) throw err;
        }
      }
      if (ids.length < PAGE) break;
    }
    return { sites, updated, transitions };
  }

  async function getPolicy(siteId: string): Promise<PolicyView> {
    await requireSite(siteId);
    const overrides = await repo.getOverrides(siteId);
    const { policy, origin } = resolvePolicy(globalPolicy, overrides);
    const verdicts = await repo.getVerdicts([siteId]);
    return {
      site_id: siteId,
      effective: { max_offsite_age_h: policy.maxOffsiteAgeH, min_retention_days: policy.minRetentionDays, min_evidence: policy.minEvidence },
      origin,
      overrides,
      defaults: { max_offsite_age_h: globalPolicy.maxOffsiteAgeH, min_retention_days: globalPolicy.minRetentionDays, min_evidence: globalPolicy.minEvidence },
      verdict: verdictView(verdicts.get(siteId), clock.now()),
    };
  }

  return {
    evaluateSite,

    /**
     * Stores the backups section of a report the ingest accepted, then re-evaluates the site. Runs for
     * stored and re-sent (duplicate) reports alike: the write is idempotent, so a retry after a failure
     * here completes what the first attempt left undone.
     */
    async recordReport(siteId: string, report: StatusReport): Promise<void> {
      const section = report.backups;
      if (!section) return;
      await db.transaction(async (tx) => {
        await createBackupsRepository(tx).upsertFromReport(siteId, report.report_id, report.generated_at, clock.now(), section);
        await evaluateSiteIn(tx, siteId);
      });
    },

    evaluateAll,

    /**
     * The daily evaluation (so a site that stops reporting turns failing as time passes). Claims the UTC
     * day in job_runs first: with N hub processes ticking, exactly one runs it.
     */
    async runDaily(): Promise<{ ran: boolean; period: string; result?: { sites: number; updated: number; transitions: number } }> {
      const now = clock.now();
      const period = now.toISOString().slice(0, 10);
      // A claim whose process died without finishing is taken over after an hour.
      if (!(await claimJob(db, DAILY_JOB, period, now, HOUR))) return { ran: false, period };
      const result = await evaluateAll();
      await finishJob(db, DAILY_JOB, period, clock.now(), result);
      return { ran: true, period, result };
    },

    async siteBackups(siteId: string, q: { records_limit: number; events_limit: number }): Promise<SiteBackups> {
      await requireSite(siteId);
      const [records, events, verdicts, state, storage] = await Promise.all([
        repo.listRecords(siteId, q.records_limit),
        repo.listEvents(siteId, q.events_limit),
        repo.getVerdicts([siteId]),
        repo.getState(siteId),
        repo.getStorageSummary(siteId),
      ]);
      return {
        site_id: siteId,
        verdict: verdictView(verdicts.get(siteId), clock.now()),
        sources: state?.sources ?? null,
        last_backups_report_at: state?.received_at.toISOString() ?? null,
        records,
        events,
        offsite_verification: storage,
      };
    },

    async fleet(q: FleetQuery): Promise<Fleet> {
      const now = clock.now();
      const { rows, total } = await repo.fleet(q);
      return {
        total,
        items: rows.map((r) => {
          const v = verdictView(r.verdict === null ? undefined : { verdict: r.verdict, reasons: r.reasons, newest_offsite_at: r.newest_offsite_at, evidence: r.evidence, evaluated_at: r.evaluated_at, changed_at: null }, now);
          return { site_id: r.site_id, label: r.label, url: r.url, client_id: r.client_id, verdict: v.verdict, reasons: v.reasons, newest_offsite_at: v.newest_offsite_at, newest_offsite_age_h: v.newest_offsite_age_h, evidence: v.evidence, evaluated_at: v.evaluated_at };
        }),
      };
    },

    getPolicy,

    /** Fields left out keep their current override; null clears one. The verdict is re-evaluated at once. */
    async putPolicy(siteId: string, body: PutPolicy): Promise<PolicyView> {
      await requireSite(siteId);
      await db.transaction(async (tx) => {
        const r = createBackupsRepository(tx);
        const current = await r.getOverrides(siteId);
        const next: PolicyOverrides = {
          max_offsite_age_h: body.max_offsite_age_h === undefined ? current.max_offsite_age_h : body.max_offsite_age_h,
          min_retention_days: body.min_retention_days === undefined ? current.min_retention_days : body.min_retention_days,
          min_evidence: body.min_evidence === undefined ? current.min_evidence : body.min_evidence,
        };
        await r.putOverrides(siteId, next, clock.now());
        await evaluateSiteIn(tx, siteId);
      });
      return getPolicy(siteId);
    },

    async addManual(siteId: string, body: CreateManualBackup): Promise<SiteBackups['records'][number]> {
      await requireSite(siteId);
      const now = clock.now();
      const finished = new Date(body.finished_at);
      if (finished.getTime() > now.getTime() + 5 * 60_000) throw new AppError(ErrorCode.VALIDATION_FAILED, 'finished_at is in the future', [{ path: '/finished_at', message: 'must not be in the future' }]);
      if (body.started_at && new Date(body.started_at).getTime() > finished.getTime()) {
        throw new AppError(ErrorCode.VALIDATION_FAILED, 'started_at is after finished_at', [{ path: '/started_at', message: 'must not be after finished_at' }]);
      }
      const source = body.kind === 'host-snapshot' ? ('host' as const) : ('manual' as const);
      const id = body.id ?? randomUUID();
      const destinations = body.destinations ?? (body.offsite ? [] : [{ kind: 'local' as const }]);
      await db.transaction(async (tx) => {
        const inserted = await createBackupsRepository(tx).insertManual({
          siteId,
          source,
          id,
          startedAt: body.started_at ?? null,
          finishedAt: body.finished_at,
          ok: body.ok ?? true,
          sizeBytes: body.size_bytes ?? null,
          parts: body.parts ?? [],
          destinations,
          offsite: body.offsite,
          // Recorded by a person: the hub has no proof beyond their word unless they say otherwise.
          evidence: body.evidence ?? (body.offsite ? 'destination-configured' : 'none'),
          notes: body.notes ?? null,
          now,
        });
        if (!inserted) throw new AppError(ErrorCode.CONFLICT, `A ${body.kind} backup with id "${id}" is already recorded for this site`);
        await evaluateSiteIn(tx, siteId);
      });
      const records = await repo.listRecords(siteId, 1000);
      return records.find((r) => r.origin === 'hub' && r.source === source && r.id === id)!;
    },
  };
}
export type BackupsService = ReturnType<typeof createBackupsService>;
