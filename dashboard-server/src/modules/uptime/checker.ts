import type { TLSSocket } from 'node:tls';
import { Agent, buildConnector, request } from 'undici';

export type ErrorClass = 'dns' | 'connect' | 'tls' | 'timeout' | 'status' | 'keyword' | 'redirect' | 'other';

export interface CheckTarget {
  url: string;
  timeoutMs: number;
  acceptedStatusCodes: readonly string[];
  keyword: string | null;
  keywordMode: 'contains' | 'not_contains';
  followRedirects: boolean;
  maxRedirects: number;
  checkTls: boolean;
}

export interface CheckOutcome {
  ok: boolean;
  httpStatus: number | null;
  responseMs: number | null;
  tlsExpiresAt: Date | null;
  errorClass: ErrorClass | null;
  error: string | null;
}

export interface Checker {
  check(target: CheckTarget): Promise<CheckOutcome>;
  close(): Promise<void>;
}

/** Bodies are read only when a keyword is set, and only this far: a keyword is expected near the top. */
const KEYWORD_BODY_LIMIT = 1024 * 1024;

/** "200-299" or "301" → a predicate; the API validated the shape, so anything else matches nothing. */
export function statusAccepted(status: number, accepted: readonly string[]): boolean {
  return accepted.some((spec) => {
    const [lo, hi] = spec.split('-').map(Number);
    if (lo === undefined || Number.isNaN(lo)) return false;
    return hi === undefined ? status === lo : status >= lo && status <= hi;
  });
}

const TLS_CODES = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_INVALID_CERT)/;

/** Maps a network error (undici wraps the socket error in `cause`) to the error classes we report. */
export function classifyError(err: unknown): ErrorClass {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const { code, name } = e as { code?: string; name?: string };
    if (name === 'TimeoutError' || name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'ETIMEDOUT') return 'timeout';
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NODATA') return 'dns';
    if (code && TLS_CODES.test(code)) return 'tls';
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EPIPE' || code === 'UND_ERR_SOCKET' || code === 'UND_ERR_CLOSED') return 'connect';
    e = (e as { cause?: unknown }).cause;
  }
  return 'other';
}

const message = (err: unknown): string => {
  const e = err as { message?: string; cause?: { message?: string; code?: string }; code?: string };
  const parts = [e?.code ?? e?.cause?.code, e?.cause?.message ?? e?.message].filter(Boolean);
  return (parts.join(': ') || String(err)).slice(0, 500);
};

/**
 * The HTTP checker: one keep-alive undici Agent for verified TLS and one for monitors that opted out of
 * certificate checks. Certificate expiry is read from the TLS socket when a connection is made and kept
 * per origin, because with keep-alive a request does not tell which socket served it.
 */
export function createChecker(opts: { tls?: { ca?: string | string[] }; maxConnectionsPerOrigin?: number } = {}): Checker {
  const certExpiry = new Map<string, Date>();
  const makeAgent = (verify: boolean) => {
    const connector = buildConnector({ rejectUnauthorized: verify, ...(opts.tls?.ca ? { ca: opts.tls.ca } : {}) });
    return new Agent({
      keepAliveTimeout: 10_000,
      keepAliveMaxTimeout: 60_000,
      ...(opts.maxConnectionsPerOrigin ? { connections: opts.maxConnectionsPerOrigin } : {}),
      connect: (options, callback) =>
        connector(options, (err, socket) => {
          if (!err && socket && options.protocol === 'https:') {
            const cert = (socket as TLSSocket).getPeerCertificate?.();
            if (cert?.valid_to) certExpiry.set(`${options.hostname}:${options.port}`, new Date(cert.valid_to));
          }
          // undici's callback type is a union of (err, null) | (null, socket); keep each branch as it came.
          if (err) callback(err, null);
          else callback(null, socket!);
        }),
    });
  };
  const verified = makeAgent(true);
  const unverified = makeAgent(false);

  return {
    async check(t) {
      const started = performance.now();
      const signal = AbortSignal.timeout(t.timeoutMs);
      const dispatcher = t.checkTls ? verified : unverified;
      let tlsExpiresAt: Date | null = null;
      const fail = (errorClass: ErrorClass, error: string, httpStatus: number | null = null): CheckOutcome => ({
        ok: false,
        httpStatus,
        responseMs: httpStatus === null ? null : Math.round(performance.now() - started),
        tlsExpiresAt,
        errorClass,
        error,
      });
      try {
        let url = new URL(t.url);
        const visited = new Set<string>([url.href]);
        for (let hop = 0; ; hop++) {
          const res = await request(url, {
            method: 'GET',
            dispatcher,
            signal,
            headersTimeout: t.timeoutMs,
            bodyTimeout: t.timeoutMs,
            headers: { 'user-agent': 'RetainerHub-Uptime/1', accept: 'text/html,*/*;q=0.8' },
          });
          if (url.protocol === 'https:' && t.checkTls) {
            tlsExpiresAt = certExpiry.get(`${url.hostname}:${url.port || '443'}`) ?? null;
          }
          const location = res.headers.location;
          if (t.followRedirects && res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') {
            await res.body.dump();
            if (hop >= t.maxRedirects) return fail('redirect', `more than ${t.maxRedirects} redirects`, res.statusCode);
            const next = new URL(location, url);
            if (visited.has(next.href)) return fail('redirect', `redirect loop at ${next.href}`, res.statusCode);
            if (next.protocol !== 'http:' && next.protocol !== 'https:') return fail('redirect', `redirect to ${next.protocol}`, res.statusCode);
            visited.add(next.href);
            url = next;
            continue;
          }
          const responseMs = Math.round(performance.now() - started);
          if (!statusAccepted(res.statusCode, t.acceptedStatusCodes)) {
            await res.body.dump();
            return { ...fail('status', `HTTP ${res.statusCode}`, res.statusCode), responseMs };
          }
          if (t.keyword) {
            let body = '';
            for await (const chunk of res.body) {
              body += chunk.toString();
              if (body.length >= KEYWORD_BODY_LIMIT) break;
            }
            if (!res.body.destroyed) res.body.destroy();
            const found = body.includes(t.keyword);
            if (found !== (t.keywordMode === 'contains')) {
              return { ...fail('keyword', t.keywordMode === 'contains' ? `keyword "${t.keyword}" not found` : `forbidden keyword "${t.keyword}" found`, res.statusCode), responseMs };
            }
          } else {
            await res.body.dump();
          }
          return { ok: true, httpStatus: res.statusCode, responseMs, tlsExpiresAt, errorClass: null, error: null };
        }
      } catch (err) {
        return fail(signal.aborted ? 'timeout' : classifyError(err), signal.aborted ? `no answer within ${t.timeoutMs} ms` : message(err));
      }
    },
    /** Aborts requests still in flight (they resolve as failures) and closes every connection. */
    async close() {
      await Promise.all([verified.destroy(), unverified.destroy()]);
    },
  };
}
