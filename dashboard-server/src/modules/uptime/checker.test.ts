import { describe, expect, it } from 'vitest';
import { classifyError, statusAccepted } from './checker.js';

describe('statusAccepted', () => {
  it('matches single codes and inclusive ranges', () => {
    expect(statusAccepted(200, ['200-399'])).toBe(true);
    expect(statusAccepted(399, ['200-399'])).toBe(true);
    expect(statusAccepted(400, ['200-399'])).toBe(false);
    expect(statusAccepted(401, ['200-299', '401'])).toBe(true);
    expect(statusAccepted(402, ['200-299', '401'])).toBe(false);
  });
});

describe('classifyError', () => {
  const wrapped = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('x'), { code }) });
  it('looks through undici wrappers to the socket error', () => {
    expect(classifyError(wrapped('ECONNREFUSED'))).toBe('connect');
    expect(classifyError(wrapped('ENOTFOUND'))).toBe('dns');
    expect(classifyError(wrapped('CERT_HAS_EXPIRED'))).toBe('tls');
    expect(classifyError(wrapped('DEPTH_ZERO_SELF_SIGNED_CERT'))).toBe('tls');
    expect(classifyError(wrapped('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
    expect(classifyError(wrapped('UND_ERR_CONNECT_TIMEOUT'))).toBe('timeout');
    expect(classifyError(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('timeout');
    expect(classifyError(new Error('something else'))).toBe('other');
  });
});
