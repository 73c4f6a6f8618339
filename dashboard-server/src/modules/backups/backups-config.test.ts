import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config.js';
import { resolvePolicy } from './backups.service.js';

describe('backup settings', () => {
  it('default to 30 days / 30 days / destination configured, with no secret key', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ backupMaxOffsiteAgeH: 720, backupMinRetentionDays: 30, backupMinEvidence: 'destination-configured', backupJobsEnabled: true, secretKey: undefined });
  });
  it('read overrides and decode the 32-byte secret key', () => {
    const key = randomBytes(32);
    const c = parseConfig({ BACKUP_MAX_OFFSITE_AGE_H: '36', BACKUP_MIN_RETENTION_DAYS: '14', BACKUP_MIN_EVIDENCE: 'uploaded-per-log', BACKUP_JOBS_ENABLED: 'false', RETAINER_SECRET_KEY: key.toString('base64') });
    expect(c).toMatchObject({ backupMaxOffsiteAgeH: 36, backupMinRetentionDays: 14, backupMinEvidence: 'uploaded-per-log', backupJobsEnabled: false });
    expect(c.secretKey?.equals(key)).toBe(true);
  });
  it('refuse a key that is not 32 bytes of base64, and impossible policy values', () => {
    expect(() => parseConfig({ RETAINER_SECRET_KEY: randomBytes(16).toString('base64') })).toThrow(ConfigError);
    expect(() => parseConfig({ RETAINER_SECRET_KEY: 'not base64 at all, but forty-four chars long!' })).toThrow(/RETAINER_SECRET_KEY/);
    expect(() => parseConfig({ BACKUP_MIN_RETENTION_DAYS: '90' })).toThrow(/BACKUP_MIN_RETENTION_DAYS/);
    expect(() => parseConfig({ BACKUP_MIN_EVIDENCE: 'none' })).toThrow(/BACKUP_MIN_EVIDENCE/);
  });
});

describe('resolvePolicy', () => {
  const global = { maxOffsiteAgeH: 720, minRetentionDays: 30, minEvidence: 'destination-configured' as const };
  const none = { max_offsite_age_h: null, min_retention_days: null, min_evidence: null };
  it('takes each field from the site, else the plan, else the global default', () => {
    expect(resolvePolicy(global, none)).toEqual({ policy: global, origin: { max_offsite_age_h: 'global', min_retention_days: 'global', min_evidence: 'global' } });
    expect(resolvePolicy(global, { ...none, max_offsite_age_h: 36 }, { max_offsite_age_h: 48, min_retention_days: 14 })).toEqual({
      policy: { maxOffsiteAgeH: 36, minRetentionDays: 14, minEvidence: 'destination-configured' },
      origin: { max_offsite_age_h: 'site', min_retention_days: 'plan', min_evidence: 'global' },
    });
    // 0 is a real override (no retention rule), not "unset".
    expect(resolvePolicy(global, { ...none, min_retention_days: 0 }).policy.minRetentionDays).toBe(0);
  });
});
