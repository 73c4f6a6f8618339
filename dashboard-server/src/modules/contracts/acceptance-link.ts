import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring acceptance links: token = base64url(revision id as 16 bytes ‖ expiry as uint32 unix
 * seconds) + "." + base64url(HMAC-SHA256 of that first part). Binary keeps the token short enough for
 * a path segment (about 70 characters). Nothing secret is in the payload, nothing in it can be changed
 * without the key, and verification answers only valid / invalid / expired, so a guessed or edited link
 * learns nothing.
 */
const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

export function signAcceptanceToken(key: Buffer, revisionId: string, expiresAt: Date): string {
  const raw = Buffer.alloc(20);
  Buffer.from(revisionId.replace(/-/g, ''), 'hex').copy(raw, 0);
  raw.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 16);
  const payload = raw.toString('base64url');
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

export type TokenCheck = { ok: true; revisionId: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyAcceptanceToken(key: Buffer, token: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 200) return { ok: false, reason: 'invalid' };
  const expected = mac(key, parts[0]);
  const given = Buffer.from(parts[1], 'base64url');
  // The re-encoding check refuses non-canonical spellings of the same bytes.
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || given.toString('base64url') !== parts[1]) return { ok: false, reason: 'invalid' };
  const raw = Buffer.from(parts[0], 'base64url');
  if (raw.length !== 20) return { ok: false, reason: 'invalid' };
  const hex = raw.subarray(0, 16).toString('hex');
  const revisionId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const expiresAt = new Date(raw.readUInt32BE(16) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, revisionId, expiresAt };
}
