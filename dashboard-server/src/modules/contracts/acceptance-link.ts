import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed, expiring acceptance links: token = base64url("<revision id>.<expiry unix s>") + "." + base64url(HMAC-SHA256).
 * Nothing secret is in the payload, nothing in it can be changed without the key, and verification
 * answers only valid / invalid / expired, so a guessed or edited link learns nothing.
 */
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export function signAcceptanceToken(key: Buffer, revisionId: string, expiresAt: Date): string {
  const payload = b64(`${revisionId}.${Math.floor(expiresAt.getTime() / 1000)}`);
  return `${payload}.${b64(createHmac('sha256', key).update(payload).digest())}`;
}

export type TokenCheck = { ok: true; revisionId: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function verifyAcceptanceToken(key: Buffer, token: string, now: Date): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1] || token.length > 512) return { ok: false, reason: 'invalid' };
  const expected = createHmac('sha256', key).update(parts[0]).digest();
  const given = Buffer.from(parts[1], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected) || b64(given) !== parts[1]) return { ok: false, reason: 'invalid' };
  const [revisionId, exp] = Buffer.from(parts[0], 'base64url').toString('utf8').split('.');
  if (!revisionId || !UUID.test(revisionId) || !exp || !/^\d{1,12}$/.test(exp)) return { ok: false, reason: 'invalid' };
  const expiresAt = new Date(Number(exp) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, revisionId, expiresAt };
}
