import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signAcceptanceToken, verifyAcceptanceToken } from './acceptance-link.js';

describe('contract acceptance tokens', () => {
  const key = randomBytes(32);
  const id = randomUUID();
  const now = new Date('2027-01-01T00:00:00Z');
  const exp = new Date('2027-01-15T00:00:00Z');

  it('round-trips the revision id and expiry, and fits a path segment', () => {
    const t = signAcceptanceToken(key, id, exp);
    expect(t.length).toBeLessThan(100);
    expect(t).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyAcceptanceToken(key, t, now)).toEqual({ ok: true, revisionId: id, expiresAt: exp });
  });

  it('expires at the second it says, not before', () => {
    const t = signAcceptanceToken(key, id, exp);
    expect(verifyAcceptanceToken(key, t, new Date(exp.getTime() - 1)).ok).toBe(true);
    expect(verifyAcceptanceToken(key, t, exp)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses another key, any edited character and malformed tokens as plain invalid', () => {
    const t = signAcceptanceToken(key, id, exp);
    expect(verifyAcceptanceToken(randomBytes(32), t, now)).toEqual({ ok: false, reason: 'invalid' });
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '.') continue;
      const edited = t.slice(0, i) + (t[i] === 'A' ? 'B' : 'A') + t.slice(i + 1);
      expect(verifyAcceptanceToken(key, edited, now).ok, `position ${i}`).toBe(false);
    }
    // A later expiry with the old signature is an edit like any other.
    const longer = signAcceptanceToken(key, id, new Date('2030-01-01T00:00:00Z')).split('.')[0];
    expect(verifyAcceptanceToken(key, `${longer}.${t.split('.')[1]}`, now)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of ['', '.', 'abc', 'a.b.c', `${t}.`, `.${t}`, `${t.split('.')[0]}.`]) expect(verifyAcceptanceToken(key, bad, now)).toEqual({ ok: false, reason: 'invalid' });
  });
});
