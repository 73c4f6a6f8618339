import { describe, expect, it } from 'vitest';
import { describeAge, evaluateBackupPolicy, type BackupPolicy, type PolicyInput, type PolicyRecord } from './backup-policy.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-30T12:00:00Z');
const POLICY: BackupPolicy = { maxOffsiteAgeH: 720, minRetentionDays: 30, minEvidence: 'destination-configured' };
const UPDRAFT_OK = [{ source: 'updraftplus', detected: true, status: 'ok' as const, reason: null }];

const rec = (daysAgo: number, over: Partial<PolicyRecord> = {}): PolicyRecord => ({ source: 'updraftplus', ok: true, offsite: true, evidence: 'uploaded-per-log', at: NOW - daysAgo * DAY, sizeBytes: 1000, ...over });
/** Daily backups from `from` days ago to `to` days ago. */
const daily = (from: number, to: number, over: Partial<PolicyRecord> = {}) => Array.from({ length: from - to + 1 }, (_, i) => rec(from - i, over));
const input = (over: Partial<PolicyInput> = {}): PolicyInput => ({ policy: POLICY, records: daily(29, 0), sources: UPDRAFT_OK, siteSince: NOW - 365 * DAY, lastReportAt: NOW - 3_600_000, now: NOW, ...over });
const messages = (i: PolicyInput) => evaluateBackupPolicy(i).reasons.map((r) => r.message);

describe('evaluateBackupPolicy', () => {
  it('daily offsite backups kept 30 days: ok, with the newest offsite time and evidence', () => {
    const r = evaluateBackupPolicy(input());
    expect(r).toMatchObject({ verdict: 'ok', reasons: [], newestOffsiteAt: NOW, evidence: 'uploaded-per-log' });
  });

  it('newest offsite backup 29 days old is ok, 31 days old is failing', () => {
    const siteSince = NOW - 10 * DAY; // young site: the retention rule does not apply yet
    expect(evaluateBackupPolicy(input({ siteSince, records: [rec(29)] })).verdict).toBe('ok');
    const r = evaluateBackupPolicy(input({ siteSince, records: [rec(31)] }));
    expect(r.verdict).toBe('failing');
    expect(r.reasons).toEqual([{ code: 'offsite-too-old', severity: 'failing', message: 'newest offsite backup is 31 days old (limit 30 days)' }]);
  });

  it('a stricter per-site limit (36 h) is stated in hours', () => {
    expect(messages(input({ policy: { ...POLICY, maxOffsiteAgeH: 36 }, records: daily(29, 2) }))).toEqual(['newest offsite backup is 2 days old (limit 36 hours)']);
  });

  it('retention: the oldest offsite backup still kept must be ~30 days old once the site is older than that', () => {
    expect(messages(input({ records: daily(12, 0) }))).toEqual(['the oldest offsite backup still kept is 12 days old (retention 30 days)']);
    // One day of grace for daily rotation.
    expect(evaluateBackupPolicy(input({ records: daily(29, 0) })).verdict).toBe('ok');
    // A site under management for less than the window is not held to it.
    expect(evaluateBackupPolicy(input({ records: daily(12, 0), siteSince: NOW - 20 * DAY })).verdict).toBe('ok');
    expect(evaluateBackupPolicy(input({ records: daily(12, 0), policy: { ...POLICY, minRetentionDays: 0 } })).verdict).toBe('ok');
  });

  it('local-only backups are failing', () => {
    expect(evaluateBackupPolicy(input({ records: daily(29, 0, { offsite: false, evidence: 'none' }) })).reasons).toEqual([
      { code: 'local-only', severity: 'failing', message: 'backups are stored only on the same server' },
    ]);
  });

  it('no backup plugin detected / no data yet / nothing readable', () => {
    expect(evaluateBackupPolicy(input({ records: [], sources: [{ source: 'updraftplus', detected: false, status: 'ok', reason: null }] }))).toMatchObject({
      verdict: 'failing',
      reasons: [{ code: 'no-backup-plugin', message: 'no backup plugin detected' }],
    });
    expect(evaluateBackupPolicy(input({ records: [], sources: null, lastReportAt: null })).verdict).toBe('unknown');
    const unreadable = evaluateBackupPolicy(input({ records: [], sources: [{ source: 'updraftplus', detected: true, status: 'unknown', reason: 'updraft_backup_history is not an array' }] }));
    expect(unreadable.verdict).toBe('warning');
    expect(unreadable.reasons.map((r) => r.message)).toEqual(['UpdraftPlus data could not be read: updraft_backup_history is not an array', 'no backup could be read from the backup plugin']);
  });

  it('an unreadable second plugin is a warning next to good backups', () => {
    const r = evaluateBackupPolicy(input({ sources: [...UPDRAFT_OK, { source: 'backwpup', detected: true, status: 'unknown', reason: 'log header missing' }] }));
    expect(r.verdict).toBe('warning');
    expect(r.reasons.map((x) => x.message)).toEqual(['BackWPup data could not be read: log header missing']);
  });

  it('evidence below the policy minimum is failing', () => {
    const r = evaluateBackupPolicy(input({ records: daily(29, 0, { evidence: 'destination-configured' }), policy: { ...POLICY, minEvidence: 'uploaded-per-log' } }));
    expect(r.verdict).toBe('failing');
    expect(r.reasons.map((x) => x.message)).toEqual(["evidence for offsite is only 'destination configured' (policy requires 'uploaded per plugin log')"]);
    expect(evaluateBackupPolicy(input({ records: daily(29, 0, { evidence: 'destination-configured' }) })).verdict).toBe('ok');
  });

  it('a silent site is a warning, and failing once silent longer than the offsite limit', () => {
    expect(evaluateBackupPolicy(input({ lastReportAt: NOW - 3 * DAY }))).toMatchObject({ verdict: 'warning', reasons: [{ message: 'the site has not reported for 3 days' }] });
    const long = evaluateBackupPolicy(input({ lastReportAt: NOW - 31 * DAY, records: daily(60, 31) }));
    expect(long.verdict).toBe('failing');
    expect(long.reasons.map((x) => x.code)).toEqual(['site-silent', 'offsite-too-old']);
  });

  it('the latest backup failing is a warning; failed backups never count as offsite', () => {
    const r = evaluateBackupPolicy(input({ records: [rec(0, { ok: false }), ...daily(29, 1)] }));
    expect(r).toMatchObject({ verdict: 'warning', newestOffsiteAt: NOW - DAY });
    expect(evaluateBackupPolicy(input({ records: [rec(0, { ok: false })] })).reasons[1]?.code).toBe('no-successful-offsite');
  });

  it('a verification mismatch is failing, a listing error a warning', () => {
    expect(evaluateBackupPolicy(input({ verification: { status: 'mismatch', reason: 'no backup file found at s3://b/p' } }))).toMatchObject({ verdict: 'failing', reasons: [{ message: 'no backup file found at s3://b/p' }] });
    expect(evaluateBackupPolicy(input({ verification: { status: 'error', reason: 'AccessDenied' } })).verdict).toBe('warning');
    expect(evaluateBackupPolicy(input({ verification: { status: 'ok', reason: null } })).verdict).toBe('ok');
  });

  it('records without any time are ignored', () => {
    expect(evaluateBackupPolicy(input({ records: [rec(0, { at: null })] })).reasons[0]?.code).toBe('no-successful-offsite');
  });
});

describe('describeAge', () => {
  it('uses hours under two days, whole days above', () => {
    expect(describeAge(36 * 3_600_000)).toBe('36 hours');
    expect(describeAge(3_600_000)).toBe('1 hour');
    expect(describeAge(30.9 * DAY)).toBe('30 days');
  });
});
