import { describe, expect, it } from 'vitest';
import { createReportLinks } from './report-link.js';

const ID = '0b6f3c1e-9a53-4c4e-8d0e-2f6a1c9b7d41';
const OTHER = '7d2a9e4b-1f0c-4b8a-9e3d-5c6f7a8b9c0d';
const now = new Date('2026-12-01T10:00:00Z');
const later = new Date('2027-03-01T00:00:00Z');

describe('report links', () => {
  const links = createReportLinks('a'.repeat(48));

  it('round-trips the report id until expiry', () => {
    const token = links.sign(ID, later);
    expect(links.verify(token, now)).toBe(ID);
    expect(links.verify(token, new Date(later.getTime() - 1000))).toBe(ID);
    expect(links.verify(token, later)).toBeNull();
  });

  it('refuses any changed byte, a swapped report id, a longer expiry or another key', () => {
    const token = links.sign(ID, later);
    const raw = Buffer.from(token, 'base64url');
    for (const i of [0, 15, 17, 19, 20, 51]) {
      const t = Buffer.from(raw);
      t[i]! ^= 1;
      expect(links.verify(t.toString('base64url'), now)).toBeNull();
    }
    const other = Buffer.from(links.sign(OTHER, later), 'base64url');
    // Another report's id with this token's signature.
    expect(links.verify(Buffer.concat([other.subarray(0, 16), raw.subarray(16)]).toString('base64url'), now)).toBeNull();
    expect(createReportLinks('b'.repeat(48)).verify(token, now)).toBeNull();
    expect(links.verify(`${token}A`, now)).toBeNull();
    expect(links.verify('', now)).toBeNull();
    expect(links.verify('../../etc/passwd', now)).toBeNull();
  });
});
