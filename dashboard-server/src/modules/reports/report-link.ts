import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/*
 * Links to a report's web copy: /r/<token>, token = base64url(report id (16 bytes) ‖ expiry (u32
 * seconds) ‖ HMAC-SHA256 of both). The key is derived from the hub's JWT secret with HKDF under its
 * own label, so a link can never be used as a session and nothing about it is stored. Verification
 * gives one answer for every failure (bad encoding, tampering, expiry): no oracle.
 */

const ID_LEN = 16;
const EXP_LEN = 4;
const MAC_LEN = 32;

export interface ReportLinks {
  sign(reportId: string, expiresAt: Date): string;
  /** The report id the token names, or null when it is malformed, forged or expired. */
  verify(token: string, now: Date): string | null;
}

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const bytesUuid = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

export function createReportLinks(hubSecret: string): ReportLinks {
  const key = Buffer.from(hkdfSync('sha256', hubSecret, 'retainer', 'report-web-links/v1', 32));
  const mac = (payload: Buffer) => createHmac('sha256', key).update(payload).digest();
  return {
    sign(reportId, expiresAt) {
      const payload = Buffer.alloc(ID_LEN + EXP_LEN);
      uuidBytes(reportId).copy(payload, 0);
      payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), ID_LEN);
      return Buffer.concat([payload, mac(payload)]).toString('base64url');
    },
    verify(token, now) {
      if (!/^[A-Za-z0-9_-]{70}$/.test(token)) return null;
      const raw = Buffer.from(token, 'base64url');
      if (raw.length !== ID_LEN + EXP_LEN + MAC_LEN) return null;
      const payload = raw.subarray(0, ID_LEN + EXP_LEN);
      if (!timingSafeEqual(raw.subarray(ID_LEN + EXP_LEN), mac(payload))) return null;
      if (payload.readUInt32BE(ID_LEN) * 1000 <= now.getTime()) return null;
      return bytesUuid(payload.subarray(0, ID_LEN));
    },
  };
}
