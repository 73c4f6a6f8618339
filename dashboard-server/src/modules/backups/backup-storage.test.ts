import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareListing } from './backup-storage.service.js';
import { open, seal } from './secret-box.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-30T12:00:00Z');
const obj = (key: string, agoMs: number, size: number) => ({ Key: key, LastModified: new Date(NOW - agoMs), Size: size });
const claim = (agoMs: number, size: number | null) => ({ source: 'updraftplus', started_at: new Date(NOW - agoMs - 300_000), finished_at: new Date(NOW - agoMs), size_bytes: size === null ? null : String(size) });
const WHERE = 's3://b/p/';

describe('compareListing', () => {
  it('fresh files adding up to the claimed size → ok', () => {
    expect(compareListing([obj('p/db.gz', 3_600_000, 4000), obj('p/uploads.zip', 3_500_000, 6_000_000), obj('p/old.zip', 5 * DAY, 9)], claim(3_600_000, 6_004_000), WHERE, 30 * DAY, NOW)).toEqual({ status: 'ok', reason: null });
  });
  it('empty, folder markers only, stale, older than the claim, wrong size → mismatch with the reason', () => {
    expect(compareListing([], claim(0, 1), WHERE, 30 * DAY, NOW).reason).toBe('no backup file found at s3://b/p/');
    expect(compareListing([obj('p/', 0, 0)], claim(0, 1), WHERE, 30 * DAY, NOW).status).toBe('mismatch');
    expect(compareListing([obj('p/db.gz', 31 * DAY, 1)], claim(0, 1), WHERE, 30 * DAY, NOW).reason).toBe('newest file at s3://b/p/ is 31 days old');
    expect(compareListing([obj('p/db.gz', 3 * DAY, 1)], claim(3_600_000, 1), WHERE, 30 * DAY, NOW).reason).toBe('newest file at s3://b/p/ is 3 days old, but the plugin reports a backup 1 hour old');
    expect(compareListing([obj('p/db.gz', 0, 1000)], claim(0, 734_003_200), WHERE, 30 * DAY, NOW).reason).toBe('files of the newest backup at s3://b/p/ total 1000 bytes, the plugin reports 734003200 bytes');
  });
  it('no claim or no claimed size: only presence and age are checked; small size differences are tolerated', () => {
    expect(compareListing([obj('p/db.gz', DAY, 5)], undefined, WHERE, 30 * DAY, NOW).status).toBe('ok');
    expect(compareListing([obj('p/db.gz', 0, 5)], claim(0, null), WHERE, 30 * DAY, NOW).status).toBe('ok');
    expect(compareListing([obj('p/db.gz', 0, 10_100_000)], claim(0, 10_000_000), WHERE, 30 * DAY, NOW).status).toBe('ok');
  });
});

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);
  it('round-trips, never contains the plaintext, and differs every time', () => {
    const a = seal(key, 'wJalrXUtnFEMI/K7MDENG', 'site-1');
    expect(a).not.toContain('wJalrXUtnFEMI');
    expect(a).not.toBe(seal(key, 'wJalrXUtnFEMI/K7MDENG', 'site-1'));
    expect(open(key, a, 'site-1')).toBe('wJalrXUtnFEMI/K7MDENG');
  });
  it('refuses another key, another site, or a tampered ciphertext', () => {
    const a = seal(key, 'secret', 'site-1');
    expect(() => open(randomBytes(32), a, 'site-1')).toThrow();
    expect(() => open(key, a, 'site-2')).toThrow();
    const parts = a.split('.');
    parts[3] = Buffer.from('tampered').toString('base64');
    expect(() => open(key, parts.join('.'), 'site-1')).toThrow();
    expect(() => seal(randomBytes(16), 'x', 'site-1')).toThrow('32 bytes');
  });
});
