import { describe, expect, it } from 'vitest';
import { describeSmtpUrl, safeSmtpError } from './mail-settings.service.js';

describe('describeSmtpUrl', () => {
  it('reads host, port and TLS mode the way nodemailer does', () => {
    expect(describeSmtpUrl(undefined)).toEqual({ configured: false, host: null, port: null, secure: null, authenticated: false });
    expect(describeSmtpUrl('smtp://mail.example.net')).toEqual({ configured: true, host: 'mail.example.net', port: 587, secure: false, authenticated: false });
    expect(describeSmtpUrl('smtps://u:p@mail.example.net')).toEqual({ configured: true, host: 'mail.example.net', port: 465, secure: true, authenticated: true });
    expect(describeSmtpUrl('smtp://mail.example.net:2525/?secure=true')).toMatchObject({ port: 2525, secure: true });
    expect(describeSmtpUrl('smtp://[::1]:25')).toMatchObject({ host: '::1', port: 25 });
  });
});

describe('safeSmtpError', () => {
  const url = `smtp://${encodeURIComponent('bob@example.net')}:${encodeURIComponent('s3cret/pw')}@mail.example.net:587`;
  it('hides the URL and every form of the credentials', () => {
    const auth = Buffer.from('\0bob@example.net\0s3cret/pw').toString('base64');
    const msg = safeSmtpError(new Error(`Invalid login: 535 bob@example.net / s3cret%2Fpw (${auth}) via ${url}`), url);
    expect(msg).toBe('Invalid login: 535 •••• / •••• (••••) via ••••');
  });
  it('keeps a plain reason as it is, on one line and bounded', () => {
    expect(safeSmtpError(new Error('connect ECONNREFUSED\n 10.0.0.1:587'), url)).toBe('connect ECONNREFUSED 10.0.0.1:587');
    expect(safeSmtpError(new Error('x'.repeat(1000)), url)).toHaveLength(300);
    expect(safeSmtpError(new Error(''), url)).toBe('no reason given');
  });
});
