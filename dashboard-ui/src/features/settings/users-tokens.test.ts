import { describe, expect, it } from 'vitest';
import { inviteTokenFromHash, parseTokenForm, removalBlocker, roleChangeFor, tokenExpiryLabel } from './users-tokens';

describe('tokenExpiryLabel', () => {
  it('says Expired, Never, or the date', () => {
    expect(tokenExpiryLabel({ expired: true, expires_at: '2026-01-01T00:00:00.000Z' })).toBe('Expired');
    expect(tokenExpiryLabel({ expired: false, expires_at: null })).toBe('Never');
    expect(tokenExpiryLabel({ expired: false, expires_at: '2027-03-04T10:00:00.000Z' })).toBe('2027-03-04');
  });
});

describe('parseTokenForm', () => {
  it('trims the name and leaves the expiry out when empty', () => {
    expect(parseTokenForm('  CI  ', '')).toEqual({ body: { name: 'CI' } });
    expect(parseTokenForm('CI', '30')).toEqual({ body: { name: 'CI', expires_in_days: 30 } });
  });
  it('refuses an empty name and an expiry outside 1–365 whole days', () => {
    expect(parseTokenForm('   ', '')).toHaveProperty('problem');
    expect(parseTokenForm('x'.repeat(101), '')).toHaveProperty('problem');
    for (const d of ['0', '366', '1.5', 'abc', '-3']) expect(parseTokenForm('CI', d), d).toHaveProperty('problem');
  });
});

describe('removalBlocker', () => {
  it('blocks yourself and the last owner, allows a technician', () => {
    expect(removalBlocker({ id: 'a', role: 'owner' }, { id: 'a' }, 2)).toMatch(/yourself/);
    expect(removalBlocker({ id: 'b', role: 'owner' }, { id: 'a' }, 1)).toMatch(/at least one owner/);
    expect(removalBlocker({ id: 'b', role: 'owner' }, { id: 'a' }, 2)).toBeNull();
    expect(removalBlocker({ id: 'c', role: 'technician' }, { id: 'a' }, 1)).toBeNull();
  });
});

describe('roleChangeFor', () => {
  const me = { id: 'me' };
  it('offers the other role to joined users other than yourself', () => {
    expect(roleChangeFor({ id: 't', email: 't@x.example', role: 'technician', status: 'active' }, me)).toMatchObject({ to: 'owner', action: 'Make owner' });
    expect(roleChangeFor({ id: 'o', email: 'o@x.example', role: 'owner', status: 'active' }, me)).toMatchObject({ to: 'technician', action: 'Make technician' });
  });
  it('offers nothing for yourself or for someone who has not joined', () => {
    expect(roleChangeFor({ id: 'me', email: 'me@x.example', role: 'owner', status: 'active' }, me)).toBeNull();
    expect(roleChangeFor({ id: 'i', email: 'i@x.example', role: 'technician', status: 'invited' }, me)).toBeNull();
  });
});

describe('inviteTokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(inviteTokenFromHash('#token=abc_DEF-123')).toBe('abc_DEF-123');
    expect(inviteTokenFromHash('')).toBe('');
    expect(inviteTokenFromHash('#other=1')).toBe('');
  });
});
