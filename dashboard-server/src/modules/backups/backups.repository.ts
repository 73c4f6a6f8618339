import { createHash } from 'node:crypto';
import type { BackupsSection } from '@retainer/protocol';
import type { Queryable } from '../../db/index.js';
import type { EvidenceLevel, MinEvidence, OffsiteVerification, PolicyRecord, PolicySourceStatus, Reason, Verdict } from './backup-policy.js';
import type { BackupRecordView, FleetQuery, VerdictEvent, Verification } from './backups.schemas.js';

/** Hub-recorded backups older than this no longer count, like the agent's 60-day history window. */
export const HISTORY_WINDOW_MS = 60 * 86_400_000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/*
 * Records and the source statuses of one report in one statement. A record already stored from a
 * newer report is left alone (a late older report cannot roll it back), and the site's state only
 * moves forward by generated_at. Idempotent: a re-sent report writes the same rows again.
 */
const UPSERT_REPORT_SQL = `
WITH prev AS (
  SELECT report_id, section_hash FROM backup_site_state WHERE site_id = $1
), st AS (
  INSERT INTO backup_site_state (site_id, report_id, section_hash, generated_at, received_at, sources)
  VALUES ($1, $2, $7, $3, $4, $5::jsonb)
  ON CONFLICT (site_id) DO UPDATE SET
    -- Same section as before: keep the report whose records are current (they need no rewrite).
    report_id = CASE WHEN backup_site_state.section_hash = EXCLUDED.section_hash THEN backup_site_state.report_id ELSE EXCLUDED.report_id END,
    section_hash = EXCLUDED.section_hash, generated_at = EXCLUDED.generated_at,
    received_at = EXCLUDED.received_at, sources = EXCLUDED.sources
  WHERE backup_site_state.generated_at <= EXCLUDED.generated_at
  RETURNING site_id
), rec AS (
  INSERT INTO backup_records (site_id, origin, source, backup_id, started_at, finished_at, ok, size_bytes, parts, destinations,
    offsite, evidence, notes, first_seen_at, seen_generated_at, seen_report_id)
  SELECT $1, 'agent', r.source, r.id, r.started_at, r.finished_at, r.ok, r.size_bytes, r.parts, r.destinations,
    r.offsite, r.evidence, r.notes, $4, $3, $2
  FROM jsonb_to_recordset($6::jsonb) AS r(source text, id text, started_at timestamptz, finished_at timestamptz, ok boolean,
    size_bytes bigint, parts jsonb, destinations jsonb, offsite boolean, evidence text, notes text)
  -- An unchanged section writes no record at all (and its jsonb is never parsed).
  WHERE NOT EXISTS (SELECT 1 FROM prev WHERE prev.section_hash = $7)
  ON CONFLICT (site_id, origin, source, backup_id) DO UPDATE SET started_at = EXCLUDED.started_at, finished_at = EXCLUDED.finished_at,
    ok = EXCLUDED.ok, size_bytes = EXCLUDED.size_bytes, parts = EXCLUDED.parts, destinations = EXCLUDED.destinations,
    offsite = EXCLUDED.offsite, evidence = EXCLUDED.evidence, notes = EXCLUDED.notes, seen_generated_at = EXCLUDED.seen_generated_at,
    seen_report_id = EXCLUDED.seen_report_id
  WHERE backup_records.seen_generated_at <= EXCLUDED.seen_generated_at
    -- The current records change only when the state moves on: a late, older report cannot take
    -- them over (their seen_generated_at may be older than the state, whose times kept moving).
    AND (EXISTS (SELECT 1 FROM st) OR backup_records.seen_report_id IS DISTINCT FROM (SELECT report_id FROM prev))
  RETURNING 1
)
SELECT (SELECT count(*) FROM st)::int AS state_moved, (SELECT count(*) FROM rec)::int AS records`;

export interface EvaluationInputs {
  siteId: string;
  siteSince: Date;
  lastReportAt: Date | null;
  sources: PolicySourceStatus[] | null;
  records: PolicyRecord[];
  overrides: PolicyOverrides;
  verification: OffsiteVerification | null;
}

export interface PolicyOverrides {
  max_offsite_age_h: number | null;
  min_retention_days: number | null;
  min_evidence: MinEvidence | null;
}
const NO_OVERRIDES: PolicyOverrides = { max_offsite_age_h: null, min_retention_days: null, min_evidence: null };

export interface StoredVerdict {
  verdict: Verdict | null;
  reasons: Reason[];
  newest_offsite_at: Date | null;
  evidence: EvidenceLevel | null;
  evaluated_at: Date | null;
  changed_at: Date | null;
}

export interface ManualRecordInput {
  siteId: string;
  source: 'host' | 'manual';
  id: string;
  startedAt: string | null;
  finishedAt: string;
  ok: boolean;
  sizeBytes: number | null;
  parts: string[];
  destinations: unknown[];
  offsite: boolean;
  evidence: EvidenceLevel;
  notes: string | null;
  now: Date;
}

interface RecordRow {
  origin: 'agent' | 'hub';
  source: string;
  backup_id: string;
  started_at: Date | null;
  finished_at: Date | null;
  ok: boolean;
  size_bytes: string | null;
  parts: string[];
  destinations: BackupRecordView['destinations'];
  offsite: boolean;
  evidence: EvidenceLevel;
  notes: string | null;
  first_seen_at: Date;
  current: boolean;
}

export function createBackupsRepository(db: Queryable) {
  return {
    /** Stores the backups section of a report; see UPSERT_REPORT_SQL. */
    async upsertFromReport(siteId: string, reportId: string, generatedAt: string, receivedAt: Date, section: BackupsSection): Promise<void> {
      // A plugin listing the same backup twice would make the upsert touch one row twice: keep the first (newest first).
      const seen = new Set<string>();
      const records = section.records.filter((r) => {
        const k = `${r.source}\u0000${r.id}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      const recordsJson = JSON.stringify(records.map((r) => ({ ...r, notes: r.notes ?? null })));
      const sourcesJson = JSON.stringify(section.sources);
      const sectionHash = createHash('sha256').update(sourcesJson).update('\n').update(recordsJson).digest('hex');
      await db.query(UPSERT_REPORT_SQL, [siteId, reportId, generatedAt, receivedAt, sourcesJson, recordsJson, sectionHash], {
        name: 'backups.upsert_report.v2',
      });
    },

    /** False when a hub-recorded backup with this id exists already. */
    async insertManual(m: ManualRecordInput): Promise<boolean> {
      const r = await db.query(
        `INSERT INTO backup_records (site_id, origin, source, backup_id, started_at, finished_at, ok, size_bytes, parts, destinations, offsite, evidence, notes, first_seen_at, seen_generated_at)
         VALUES ($1, 'hub', $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11, $12, $13, $13)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [m.siteId, m.source, m.id, m.startedAt, m.finishedAt, m.ok, m.sizeBytes, JSON.stringify(m.parts), JSON.stringify(m.destinations), m.offsite, m.evidence, m.notes, m.now],
      );
      return r.rowCount === 1;
    },

    async siteExists(siteId: string): Promise<boolean> {
      return (await db.query('SELECT 1 FROM sites WHERE id = $1', [siteId])).rowCount === 1;
    },

    /** Everything the policy reads for these sites (missing sites are left out). */
    async loadInputs(siteIds: readonly string[], now: Date): Promise<EvaluationInputs[]> {
      // One after the other: this also runs on a transaction's single connection. Times come back as
      // epoch milliseconds (float8): parsing 30,000 timestamps per page into Dates is measurable.
      const sites = await db.query<{ id: string; since: Date; last_report_at: Date | null; sources: PolicySourceStatus[] | null }>(
        `SELECT s.id, COALESCE(s.enrolled_at, s.created_at) AS since, s.last_report_at, st.sources
         FROM sites s LEFT JOIN backup_site_state st ON st.site_id = s.id WHERE s.id = ANY($1::uuid[])`,
        [siteIds],
      );
      const records = await db.query<{ site_id: string; source: string; ok: boolean; offsite: boolean; evidence: EvidenceLevel; at: number | null; size_bytes: number | null }>(
        `SELECT r.site_id, r.source, r.ok, r.offsite, r.evidence, (extract(epoch FROM COALESCE(r.finished_at, r.started_at)) * 1000)::float8 AS at, r.size_bytes::float8 AS size_bytes
         FROM backup_records r LEFT JOIN backup_site_state st ON st.site_id = r.site_id
         WHERE r.site_id = ANY($1::uuid[])
           AND ((r.origin = 'agent' AND r.seen_report_id = st.report_id)
             OR (r.origin = 'hub' AND COALESCE(r.finished_at, r.started_at) >= $2))`,
        [siteIds, new Date(now.getTime() - HISTORY_WINDOW_MS)],
      );
      const overrides = await db.query<PolicyOverrides & { site_id: string }>('SELECT site_id, max_offsite_age_h, min_retention_days, min_evidence FROM backup_policies WHERE site_id = ANY($1::uuid[])', [siteIds]);
      const storage = await db.query<{ site_id: string; verification: OffsiteVerification | null }>('SELECT site_id, verification FROM backup_storage WHERE site_id = ANY($1::uuid[])', [siteIds]);
      const recs = new Map<string, PolicyRecord[]>();
      for (const r of records.rows) {
        let list = recs.get(r.site_id);
        if (!list) recs.set(r.site_id, (list = []));
        list.push({ source: r.source, ok: r.ok, offsite: r.offsite, evidence: r.evidence, at: r.at, sizeBytes: r.size_bytes });
      }
      const ov = new Map(overrides.rows.map((o) => [o.site_id, o]));
      const ver = new Map(storage.rows.map((s) => [s.site_id, s.verification]));
      return sites.rows.map((s) => {
        const o = ov.get(s.id);
        return {
          siteId: s.id,
          siteSince: s.since,
          lastReportAt: s.last_report_at,
          sources: s.sources,
          records: recs.get(s.id) ?? [],
          overrides: o ? { max_offsite_age_h: o.max_offsite_age_h, min_retention_days: o.min_retention_days, min_evidence: o.min_evidence } : NO_OVERRIDES,
          verification: ver.get(s.id) ?? null,
        };
      });
    },

    async getOverrides(siteId: string): Promise<PolicyOverrides> {
      const r = await db.query<PolicyOverrides>('SELECT max_offsite_age_h, min_retention_days, min_evidence FROM backup_policies WHERE site_id = $1', [siteId]);
      return r.rows[0] ?? NO_OVERRIDES;
    },

    async putOverrides(siteId: string, o: PolicyOverrides, now: Date): Promise<void> {
      await db.query(
        `INSERT INTO backup_policies (site_id, max_offsite_age_h, min_retention_days, min_evidence, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id) DO UPDATE SET max_offsite_age_h = EXCLUDED.max_offsite_age_h, min_retention_days = EXCLUDED.min_retention_days,
           min_evidence = EXCLUDED.min_evidence, updated_at = EXCLUDED.updated_at`,
        [siteId, o.max_offsite_age_h, o.min_retention_days, o.min_evidence, now],
      );
    },

    /** Locks the site's verdict row (creating it) so one evaluation at a time decides a transition. */
    async lockVerdict(siteId: string): Promise<StoredVerdict> {
      await db.query('INSERT INTO backup_verdicts (site_id) VALUES ($1) ON CONFLICT DO NOTHING', [siteId]);
      const r = await db.query<StoredVerdict>('SELECT verdict, reasons, newest_offsite_at, evidence, evaluated_at, changed_at FROM backup_verdicts WHERE site_id = $1 FOR UPDATE', [siteId]);
      return r.rows[0]!;
    },

    async getVerdicts(siteIds: readonly string[]): Promise<Map<string, StoredVerdict>> {
      const r = await db.query<StoredVerdict & { site_id: string }>(
        'SELECT site_id, verdict, reasons, newest_offsite_at, evidence, evaluated_at, changed_at FROM backup_verdicts WHERE site_id = ANY($1::uuid[])',
        [siteIds],
      );
      return new Map(r.rows.map((v) => [v.site_id, v]));
    },

    async saveVerdict(siteId: string, v: { verdict: Verdict; reasons: Reason[]; newestOffsiteAt: Date | null; evidence: EvidenceLevel | null; now: Date; changed: boolean }): Promise<void> {
      await db.query(
        `UPDATE backup_verdicts SET verdict = $2, reasons = $3::jsonb, newest_offsite_at = $4, evidence = $5, evaluated_at = $6,
           changed_at = CASE WHEN $7 THEN $6 ELSE changed_at END WHERE site_id = $1`,
        [siteId, v.verdict, JSON.stringify(v.reasons), v.newestOffsiteAt, v.evidence, v.now, v.changed],
      );
    },

    async insertEvent(e: { id: string; siteId: string; from: Verdict | null; to: Verdict; reasons: Reason[]; at: Date }): Promise<void> {
      await db.query('INSERT INTO backup_verdict_events (id, site_id, from_verdict, to_verdict, reasons, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)', [
        e.id,
        e.siteId,
        e.from,
        e.to,
        JSON.stringify(e.reasons),
        e.at,
      ]);
    },

    async listEvents(siteId: string, limit: number): Promise<VerdictEvent[]> {
      const r = await db.query<{ id: string; from_verdict: Verdict | null; to_verdict: Verdict; reasons: Reason[]; at: Date }>(
        'SELECT id, from_verdict, to_verdict, reasons, at FROM backup_verdict_events WHERE site_id = $1 ORDER BY at DESC, id LIMIT $2',
        [siteId, limit],
      );
      return r.rows.map((e) => ({ id: e.id, from: e.from_verdict, to: e.to_verdict, reasons: e.reasons, at: e.at.toISOString() }));
    },

    async listRecords(siteId: string, limit: number): Promise<BackupRecordView[]> {
      const r = await db.query<RecordRow>(
        `SELECT r.origin, r.source, r.backup_id, r.started_at, r.finished_at, r.ok, r.size_bytes, r.parts, r.destinations, r.offsite, r.evidence, r.notes, r.first_seen_at,
           (r.origin = 'hub' OR r.seen_report_id = st.report_id) AS current
         FROM backup_records r LEFT JOIN backup_site_state st ON st.site_id = r.site_id
         WHERE r.site_id = $1 ORDER BY COALESCE(r.finished_at, r.started_at) DESC NULLS LAST, r.source, r.backup_id LIMIT $2`,
        [siteId, limit],
      );
      return r.rows.map((x) => ({
        origin: x.origin,
        source: x.source,
        id: x.backup_id,
        started_at: iso(x.started_at),
        finished_at: iso(x.finished_at),
        ok: x.ok,
        size_bytes: x.size_bytes === null ? null : Number(x.size_bytes),
        parts: x.parts,
        destinations: x.destinations,
        offsite: x.offsite,
        evidence: x.evidence,
        notes: x.notes,
        current: x.current,
        first_seen_at: x.first_seen_at.toISOString(),
      }));
    },

    async getState(siteId: string): Promise<{ sources: PolicySourceStatus[]; received_at: Date } | undefined> {
      const r = await db.query<{ sources: PolicySourceStatus[]; received_at: Date }>('SELECT sources, received_at FROM backup_site_state WHERE site_id = $1', [siteId]);
      return r.rows[0];
    },

    async getStorageSummary(siteId: string) {
      const r = await db.query<{ endpoint: string | null; bucket: string; prefix: string; last_verified_at: Date | null; verification: Verification | null }>(
        'SELECT endpoint, bucket, prefix, last_verified_at, verification FROM backup_storage WHERE site_id = $1',
        [siteId],
      );
      const s = r.rows[0];
      return s ? { endpoint: s.endpoint, bucket: s.bucket, prefix: s.prefix, last_verified_at: iso(s.last_verified_at), result: s.verification } : null;
    },

    async fleet(q: FleetQuery) {
      const r = await db.query<{ site_id: string; label: string; url: string; client_id: string; verdict: Verdict; reasons: Reason[]; newest_offsite_at: Date | null; evidence: EvidenceLevel | null; evaluated_at: Date | null; total: number }>(
        `SELECT s.id AS site_id, s.label, s.url, s.client_id, COALESCE(v.verdict, 'unknown') AS verdict, COALESCE(v.reasons, '[]'::jsonb) AS reasons,
           v.newest_offsite_at, v.evidence, v.evaluated_at, count(*) OVER ()::int AS total
         FROM sites s LEFT JOIN backup_verdicts v ON v.site_id = s.id
         WHERE s.status <> 'revoked' AND ($1::text IS NULL OR COALESCE(v.verdict, 'unknown') = $1)
         ORDER BY CASE COALESCE(v.verdict, 'unknown') WHEN 'failing' THEN 0 WHEN 'warning' THEN 1 WHEN 'unknown' THEN 2 ELSE 3 END, lower(s.label), s.id
         LIMIT $2 OFFSET $3`,
        [q.verdict ?? null, q.limit, q.offset],
      );
      let total = r.rows[0]?.total;
      if (total === undefined) {
        const c = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM sites s LEFT JOIN backup_verdicts v ON v.site_id = s.id WHERE s.status <> 'revoked' AND ($1::text IS NULL OR COALESCE(v.verdict, 'unknown') = $1)`,
          [q.verdict ?? null],
        );
        total = c.rows[0]!.n;
      }
      return { rows: r.rows, total };
    },

    /** Sites the daily job evaluates: every site not revoked, in id order, one page at a time. */
    async siteIdsAfter(after: string | null, limit: number): Promise<string[]> {
      const r = await db.query<{ id: string }>(`SELECT id FROM sites WHERE status <> 'revoked' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`, [after, limit]);
      return r.rows.map((x) => x.id);
    },
  };
}
export type BackupsRepository = ReturnType<typeof createBackupsRepository>;
