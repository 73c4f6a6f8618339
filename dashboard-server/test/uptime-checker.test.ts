import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker, type CheckTarget, type Checker } from '../src/modules/uptime/checker.js';
import { startTargets } from './helpers/uptime-fixtures.js';

let targets: Awaited<ReturnType<typeof startTargets>>;
let checker: Checker;
const target = (url: string, over: Partial<CheckTarget> = {}): CheckTarget => ({
  url,
  timeoutMs: 5000,
  acceptedStatusCodes: ['200-399'],
  keyword: null,
  keywordMode: 'contains',
  followRedirects: true,
  maxRedirects: 5,
  checkTls: true,
  ...over,
});

beforeAll(async () => {
  targets = await startTargets();
  checker = createChecker({ tls: { ca: targets.ca } });
});
afterAll(async () => {
  await checker.close();
  await targets.close();
});

describe('uptime checker against local servers', () => {
  it('up: 200 with the keyword present, response time measured', async () => {
    const r = await checker.check(target(`${targets.http}/ok`, { keyword: 'Welcome to Retainer' }));
    expect(r).toMatchObject({ ok: true, httpStatus: 200, errorClass: null, error: null, tlsExpiresAt: null });
    expect(r.responseMs).toBeGreaterThanOrEqual(0);
  });

  it('down: connection refused on a closed port is a connect error', async () => {
    const r = await checker.check(target(`${targets.closed}/`));
    expect(r).toMatchObject({ ok: false, httpStatus: null, errorClass: 'connect' });
    expect(r.error).toMatch(/ECONNREFUSED/);
  });

  it('500 is a status error unless 500 is accepted', async () => {
    expect(await checker.check(target(`${targets.http}/500`))).toMatchObject({ ok: false, httpStatus: 500, errorClass: 'status', error: 'HTTP 500' });
    expect(await checker.check(target(`${targets.http}/500`, { acceptedStatusCodes: ['200-299', '500'] }))).toMatchObject({ ok: true, httpStatus: 500 });
  });

  it('slow: no answer within the timeout is a timeout', async () => {
    const t0 = performance.now();
    const r = await checker.check(target(`${targets.http}/slow`, { timeoutMs: 300 }));
    expect(r).toMatchObject({ ok: false, errorClass: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(1400); // well before the server answers (1.5 s)
  });

  it('keyword missing, and a forbidden keyword present, are keyword errors', async () => {
    expect(await checker.check(target(`${targets.http}/no-keyword`, { keyword: 'Welcome to Retainer' }))).toMatchObject({ ok: false, httpStatus: 200, errorClass: 'keyword' });
    expect(await checker.check(target(`${targets.http}/no-keyword`, { keyword: 'Error establishing', keywordMode: 'not_contains' }))).toMatchObject({ ok: false, errorClass: 'keyword' });
    expect(await checker.check(target(`${targets.http}/ok`, { keyword: 'Error establishing', keywordMode: 'not_contains' }))).toMatchObject({ ok: true });
  });

  it('a redirect loop is a redirect error; a bounded chain is followed; not following keeps the 3xx', async () => {
    expect(await checker.check(target(`${targets.http}/loop`))).toMatchObject({ ok: false, errorClass: 'redirect' });
    expect(await checker.check(target(`${targets.http}/loop`, { maxRedirects: 1 }))).toMatchObject({ ok: false, errorClass: 'redirect', error: 'more than 1 redirects' });
    expect(await checker.check(target(`${targets.http}/redirect-ok`, { keyword: 'Welcome' }))).toMatchObject({ ok: true, httpStatus: 200 });
    expect(await checker.check(target(`${targets.http}/redirect-ok`, { followRedirects: false }))).toMatchObject({ ok: true, httpStatus: 301 });
    expect(await checker.check(target(`${targets.http}/redirect-ok`, { followRedirects: false, acceptedStatusCodes: ['200'] }))).toMatchObject({ ok: false, errorClass: 'status' });
  });

  it('TLS: reads the expiry of a certificate that expires in 5 days', async () => {
    const r = await checker.check(target(`${targets.httpsSoon}/ok`));
    expect(r).toMatchObject({ ok: true, httpStatus: 200 });
    expect(Math.abs(r.tlsExpiresAt!.getTime() - targets.soonExpiry.getTime())).toBeLessThan(120_000);
    const later = await checker.check(target(`${targets.httpsLater}/ok`));
    expect(later.tlsExpiresAt!.getTime() - Date.now()).toBeGreaterThan(300 * 86_400_000);
  });

  it('TLS: an untrusted certificate is a tls error, unless certificate checks are off', async () => {
    expect(await checker.check(target(`${targets.httpsUntrusted}/ok`))).toMatchObject({ ok: false, errorClass: 'tls' });
    expect(await checker.check(target(`${targets.httpsUntrusted}/ok`, { checkTls: false }))).toMatchObject({ ok: true, tlsExpiresAt: null });
  });

  it('DNS: an unresolvable name is a dns error', async () => {
    const r = await checker.check(target('http://no-such-host.invalid/'));
    expect(r).toMatchObject({ ok: false, errorClass: 'dns' });
  });
});
