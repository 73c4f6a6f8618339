import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api';
import { describeConnection, testFailed, testSucceeded, validateRecipient } from './email-settings';
import type { EmailSettings } from './settings-api';

const base: EmailSettings = { configured: true, host: 'mail.example.net', port: 587, secure: false, authenticated: true, from: 'me@example.net', senders: [] };

describe('describeConnection', () => {
  it('says how the hub connects, and plainly when it does not send email', () => {
    expect(describeConnection(base)).toBe('mail.example.net, port 587, STARTTLS when the server offers it, with a login');
    expect(describeConnection({ ...base, port: 465, secure: true, authenticated: false })).toBe('mail.example.net, port 465, TLS from the start, without a login');
    expect(describeConnection({ ...base, configured: false, host: null, port: null, secure: null, authenticated: false, from: null })).toBe('Not set up: the hub sends no email.');
  });
});

describe('validateRecipient', () => {
  it('accepts an empty field (send to me) and an address, refuses anything else', () => {
    expect(validateRecipient('')).toBeNull();
    expect(validateRecipient('  ')).toBeNull();
    expect(validateRecipient(' me@example.net ')).toBeNull();
    expect(validateRecipient('me@example')).toMatch(/email address/);
    expect(validateRecipient('not an address')).toMatch(/email address/);
  });
});

describe('test email outcome', () => {
  it('reports the recipient, the sender and the server reply on success', () => {
    expect(testSucceeded({ delivered: true, to: 'me@example.net', from: 'hub@example.net', response: '250 OK: queued as 42' })).toEqual({
      ok: true,
      text: 'Test email sent to me@example.net from hub@example.net. The server answered “250 OK: queued as 42”. Check that it arrived (and not in spam).',
    });
  });

  it("shows the SMTP server's reason and where to fix it", () => {
    const outcome = testFailed(new ApiError(502, 'SMTP_FAILED', 'The test email was not sent: Invalid login: 535 Authentication failed'));
    expect(outcome).toEqual({ ok: false, text: 'The test email was not sent: Invalid login: 535 Authentication failed. Check SMTP_URL (host, port, login) in the hub’s environment.' });
  });

  it('explains a missing SMTP_URL, the rate limit and other failures', () => {
    expect(testFailed(new ApiError(409, 'SMTP_NOT_CONFIGURED', 'x')).text).toMatch(/Set SMTP_URL/);
    expect(testFailed(new ApiError(429, 'RATE_LIMITED', 'x')).text).toMatch(/Too many test emails/);
    expect(testFailed(new ApiError(0, 'NETWORK_ERROR', 'x'))).toEqual({ ok: false, text: expect.stringMatching(/Could not reach the hub/) });
  });
});
