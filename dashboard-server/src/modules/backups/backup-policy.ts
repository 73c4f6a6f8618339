/**
 * The backup policy rules, as one pure function: no database, no clock, no I/O. The service loads the
 * inputs, this decides. Kept allocation-light because the daily job runs it for every site.
 */

export const EVIDENCE_LEVELS = ['listed-at-destination', 'uploaded-per-log', 'destination-configured', 'none'] as const;
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type MinEvidence = Exclude<EvidenceLevel, 'none'>;
/** Higher = stronger proof that the backup really sits offsite. */
const EVIDENCE_RANK: Record<EvidenceLevel, number> = { 'listed-at-destination': 3, 'uploaded-per-log': 2, 'destination-configured': 1, none: 0 };
const EVIDENCE_TEXT: Record<EvidenceLevel, string> = {
  'listed-at-destination': 'listed at destination',
  'uploaded-per-log': 'uploaded per plugin log',
  'destination-configured': 'destination configured',
  none: 'none',
};

export type Verdict = 'ok' | 'warning' | 'failing' | 'unknown';
export type Severity = Exclude<Verdict, 'ok'>;

export interface BackupPolicy {
  /** The newest offsite backup must be younger than this. */
  maxOffsiteAgeH: number;
  /** Once the site is older than this, the oldest offsite backup still kept must be at least this old. */
  minRetentionDays: number;
  minEvidence: MinEvidence;
}

/** What the rules read of a backup (a subset of the stored record). */
export interface PolicyRecord {
  source: string;
  ok: boolean;
  offsite: boolean;
  evidence: EvidenceLevel;
  /** finished_at, else started_at, in ms since epoch; null when the plugin recorded neither. */
  at: number | null;
  sizeBytes: number | null;
}

export interface PolicySourceStatus {
  source: string;
  detected: boolean;
  status: 'ok' | 'unknown';
  reason: string | null;
}

/** The hub's own look at the offsite destination (S3 listing), when there is one. */
export interface OffsiteVerification {
  status: 'ok' | 'mismatch' | 'error';
  reason: string | null;
}

export interface PolicyInput {
  policy: BackupPolicy;
  /** The current records: what the latest backups report lists, plus records the freelancer added. */
  records: readonly PolicyRecord[];
  /** Null when no report with a backups section ever arrived. */
  sources: readonly PolicySourceStatus[] | null;
  /** When the site came under management (enrolled), ms. */
  siteSince: number;
  /** Last report of any kind, ms; null when the site never reported. */
  lastReportAt: number | null;
  verification?: OffsiteVerification | null;
  now: number;
}

export interface Reason {
  code: string;
  severity: Severity;
  message: string;
}

export interface PolicyResult {
  verdict: Verdict;
  reasons: Reason[];
  newestOffsiteAt: number | null;
  /** Strongest evidence among the offsite backups young enough to count (else the newest offsite one's). */
  evidence: EvidenceLevel | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A site is "silent" once its last report is this old: the hub can no longer see new backups. */
export const SILENT_AFTER_MS = 2 * DAY;
/** Backups rotate daily: the oldest kept copy of a 30-day retention is 29–30 days old. */
const RETENTION_GRACE_MS = DAY;

const SOURCE_NAMES: Record<string, string> = { updraftplus: 'UpdraftPlus', backwpup: 'BackWPup', wpvivid: 'WPvivid', manual: 'Manual backup', host: 'Host snapshot' };
export const sourceName = (s: string) => SOURCE_NAMES[s] ?? s;

/** "31 days", "36 hours", "1 day": whole units, rounded down (a backup 30.9 days old is "30 days old"). */
export function describeAge(ms: number): string {
  if (ms < 2 * DAY) {
    const h = Math.max(0, Math.floor(ms / HOUR));
    return `${h} hour${h === 1 ? '' : 's'}`;
  }
  const d = Math.floor(ms / DAY);
  return `${d} day${d === 1 ? '' : 's'}`;
}
const describeLimit = (h: number) => (h % 24 === 0 && h >= 48 ? `${h / 24} days` : `${h} hours`);

const SEVERITY_RANK: Record<Severity, number> = { failing: 3, warning: 2, unknown: 1 };

export function evaluateBackupPolicy(input: PolicyInput): PolicyResult {
  const { policy, records, sources, now } = input;
  const reasons: Reason[] = [];
  const add = (code: string, severity: Severity, message: string) => reasons.push({ code, severity, message });
  const maxAgeMs = policy.maxOffsiteAgeH * HOUR;

  // One pass over the records.
  let newestOffsite: number | null = null;
  let newestOffsiteEvidence: EvidenceLevel | null = null;
  let oldestOffsite: number | null = null;
  let newestAny: PolicyRecord | null = null;
  let okLocalOnly = 0;
  let evidenceRank = -1;
  for (const r of records) {
    if (r.at === null) continue;
    if (newestAny === null || (newestAny.at as number) < r.at) newestAny = r;
    if (!r.ok) continue;
    if (!r.offsite) {
      okLocalOnly++;
      continue;
    }
    if (newestOffsite === null || r.at > newestOffsite) {
      newestOffsite = r.at;
      newestOffsiteEvidence = r.evidence;
    }
    if (oldestOffsite === null || r.at < oldestOffsite) oldestOffsite = r.at;
    if (now - r.at <= maxAgeMs && EVIDENCE_RANK[r.evidence] > evidenceRank) evidenceRank = EVIDENCE_RANK[r.evidence];
  }
  // Strongest proof among the backups young enough to count; when none is, the newest one's.
  const evidence = evidenceRank < 0 ? newestOffsiteEvidence : (EVIDENCE_LEVELS.find((e) => EVIDENCE_RANK[e] === evidenceRank) ?? null);

  // What the agent could (not) read.
  const detected = sources ? sources.filter((s) => s.detected) : [];
  for (const s of detected) {
    if (s.status === 'unknown') add('source-unreadable', 'warning', `${sourceName(s.source)} data could not be read: ${s.reason ?? 'no reason given'}`);
  }

  if (input.lastReportAt !== null && now - input.lastReportAt >= SILENT_AFTER_MS) {
    const silentMs = now - input.lastReportAt;
    // Silent for longer than a backup may be old: nothing the site says can still be trusted.
    add('site-silent', silentMs > maxAgeMs ? 'failing' : 'warning', `the site has not reported for ${describeAge(silentMs)}`);
  }

  if (records.length === 0) {
    if (sources === null) add('no-backup-data', 'unknown', 'no backup information has been reported yet');
    else if (detected.length === 0) add('no-backup-plugin', 'failing', 'no backup plugin detected');
    else if (detected.every((s) => s.status === 'unknown')) add('no-readable-backups', 'unknown', 'no backup could be read from the backup plugin');
    else add('no-backups', 'failing', 'the backup plugin has no backup in its recent history');
    return finish(reasons, newestOffsite, evidence);
  }

  if (newestAny && !newestAny.ok) add('latest-backup-failed', 'warning', `the latest ${sourceName(newestAny.source)} backup failed`);

  if (newestOffsite === null) {
    if (okLocalOnly > 0) add('local-only', 'failing', 'backups are stored only on the same server');
    else add('no-successful-offsite', 'failing', 'no successful offsite backup in the recent history');
    return finish(reasons, newestOffsite, evidence);
  }

  const age = now - newestOffsite;
  if (age > maxAgeMs) {
    add('offsite-too-old', 'failing', `newest offsite backup is ${describeAge(age)} old (limit ${describeLimit(policy.maxOffsiteAgeH)})`);
  }

  if (evidence !== null && EVIDENCE_RANK[evidence] < EVIDENCE_RANK[policy.minEvidence]) {
    add('weak-evidence', 'failing', `evidence for offsite is only '${EVIDENCE_TEXT[evidence]}' (policy requires '${EVIDENCE_TEXT[policy.minEvidence]}')`);
  }

  const retentionMs = policy.minRetentionDays * DAY;
  if (retentionMs > 0 && now - input.siteSince >= retentionMs && oldestOffsite !== null) {
    const oldestAge = now - oldestOffsite;
    if (oldestAge < retentionMs - RETENTION_GRACE_MS) {
      add('retention-too-short', 'failing', `the oldest offsite backup still kept is ${describeAge(oldestAge)} old (retention ${policy.minRetentionDays} days)`);
    }
  }

  const v = input.verification;
  if (v && v.status !== 'ok') {
    add(v.status === 'mismatch' ? 'offsite-verification-mismatch' : 'offsite-verification-error', v.status === 'mismatch' ? 'failing' : 'warning', v.reason ?? 'offsite verification failed');
  }

  return finish(reasons, newestOffsite, evidence);
}

function finish(reasons: Reason[], newestOffsiteAt: number | null, evidence: EvidenceLevel | null): PolicyResult {
  let verdict: Verdict = 'ok';
  let rank = 0;
  for (const r of reasons) {
    if (SEVERITY_RANK[r.severity] > rank) {
      rank = SEVERITY_RANK[r.severity];
      verdict = r.severity;
    }
  }
  return { verdict, reasons, newestOffsiteAt, evidence };
}
