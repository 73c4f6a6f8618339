import type { KeyObject } from 'node:crypto';
import {
  HEADER_NONCE,
  HEADER_SIGNATURE,
  HEADER_SITE,
  HEADER_TIMESTAMP,
  NONCE_PATTERN,
  TIMESTAMP_PATTERN,
  canonicalString,
  publicKeyFromRaw,
  timestampInWindow,
  verifyCanonical,
} from '@retainer/protocol';
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode } from '../../lib/errors.js';
import type { SiteAuthRow, SitesRepository } from '../sites/sites.repository.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the request's Ed25519 signature verified against the site's enrolled key. */
    agent?: { siteId: string; nonce: string; publicKey: string };
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies a signed agent request before its body is validated or anything is stored. The nonce is
 * checked for reuse by the handler, in the same statement that stores the request's effects, so a
 * request refused for any reason leaves no trace.
 */
export function createSignatureVerifier(deps: {
  sites: Pick<SitesRepository, 'findForAuth'>;
  clock: Clock;
  allowRequest: (siteId: string) => boolean;
  /** How many sites' keys and status are kept in memory (0 disables the cache). */
  cacheSize?: number;
}) {
  /*
   * Sites' keys and status are kept in memory (least recently used out) to save a database round trip
   * and a key parse per request. Staleness is harmless by design: a refusal is always re-checked
   * against the database before it is answered, and the handler's write statement re-checks status and
   * key itself, so revocation and re-enrollment take effect immediately.
   */
  const capacity = deps.cacheSize ?? 100_000;
  const rows = new Map<string, SiteAuthRow>();
  const load = async (siteId: string, allowCached: boolean): Promise<{ row: SiteAuthRow | undefined; cached: boolean }> => {
    const hit = allowCached ? rows.get(siteId) : undefined;
    if (hit) {
      rows.delete(siteId);
      rows.set(siteId, hit); // most recently used last
      return { row: hit, cached: true };
    }
    const row = await deps.sites.findForAuth(siteId);
    rows.delete(siteId);
    if (row && capacity > 0) {
      if (rows.size >= capacity) rows.delete(rows.keys().next().value!);
      rows.set(siteId, row);
    }
    return { row, cached: false };
  };
  // Building a KeyObject from DER costs more than the verify itself; keep them per public key.
  const keys = new Map<string, KeyObject>();
  const keyFor = (b64: string) => {
    let k = keys.get(b64);
    if (!k) {
      k = publicKeyFromRaw(b64);
      if (keys.size >= 20_000) keys.delete(keys.keys().next().value!);
      keys.set(b64, k);
    }
    return k;
  };

  async function verifySignedRequest(request: FastifyRequest): Promise<void> {
    const h = request.headers;
    const siteId = h[HEADER_SITE];
    const timestamp = h[HEADER_TIMESTAMP];
    const nonce = h[HEADER_NONCE];
    const signature = h[HEADER_SIGNATURE];
    if (typeof siteId !== 'string' || typeof timestamp !== 'string' || typeof nonce !== 'string' || typeof signature !== 'string') {
      throw new AppError(ErrorCode.SIGNATURE_MISSING, 'Signed request headers missing: X-Retainer-Site, X-Retainer-Timestamp, X-Retainer-Nonce, X-Retainer-Signature');
    }
    if (!UUID.test(siteId)) throw new AppError(ErrorCode.SITE_UNKNOWN, 'X-Retainer-Site is not a site id');
    if (!TIMESTAMP_PATTERN.test(timestamp)) throw new AppError(ErrorCode.TIMESTAMP_OUT_OF_WINDOW, 'X-Retainer-Timestamp must be unix seconds');
    if (!NONCE_PATTERN.test(nonce)) throw new AppError(ErrorCode.SIGNATURE_INVALID, 'X-Retainer-Nonce must be at least 16 random bytes in lowercase hex');

    const now = deps.clock.now().getTime();
    if (!timestampInWindow(Number(timestamp), now)) {
      throw new AppError(ErrorCode.TIMESTAMP_OUT_OF_WINDOW, 'X-Retainer-Timestamp is more than 300 s away from the hub clock; check the site clock', {
        hub_time: Math.floor(now / 1000),
      });
    }
    const canonical = canonicalString({ method: request.method, path: request.url, timestamp, nonce, body: request.rawBody ?? Buffer.alloc(0) });
    const check = (site: SiteAuthRow | undefined): AppError | SiteAuthRow => {
      const refused = siteRefusal(site);
      if (refused) return refused;
      if (!verifyCanonical(canonical, signature, keyFor(site!.public_key!))) return signatureRefusal();
      return site!;
    };
    const id = siteId.toLowerCase();
    const first = await load(id, true);
    let outcome = check(first.row);
    if (outcome instanceof AppError && first.cached) outcome = check((await load(id, false)).row);
    if (outcome instanceof AppError) throw outcome;
    if (!deps.allowRequest(outcome.id)) throw new AppError(ErrorCode.RATE_LIMITED, 'Too many requests from this site; slow down');
    request.agent = { siteId: outcome.id, nonce, publicKey: outcome.public_key! };
  }

  /**
   * The precise refusal for a request whose write found the site revoked, deleted or re-keyed after
   * the (cached) check: reloads the site and drops the stale entry.
   */
  async function refusalAfterWrite(siteId: string): Promise<AppError> {
    const { row } = await load(siteId, false);
    // Still connected with a key: then the key is no longer the one that signed.
    return siteRefusal(row) ?? signatureRefusal();
  }

  return Object.assign(verifySignedRequest, { refusalAfterWrite });
}

/** Why a site cannot sign requests at all (unknown, revoked, never enrolled); undefined when it can. */
function siteRefusal(site: SiteAuthRow | undefined): AppError | undefined {
  if (!site) return new AppError(ErrorCode.SITE_UNKNOWN, 'No site with this id');
  if (site.status === 'revoked') return new AppError(ErrorCode.SITE_REVOKED, 'This site was disconnected from the hub; enroll it again');
  if (!site.public_key) return new AppError(ErrorCode.SITE_UNKNOWN, 'This site has not enrolled yet');
  return undefined;
}

const signatureRefusal = () => new AppError(ErrorCode.SIGNATURE_INVALID, 'Signature does not verify with the key this site enrolled');

export type SignatureVerifier = ReturnType<typeof createSignatureVerifier>;
