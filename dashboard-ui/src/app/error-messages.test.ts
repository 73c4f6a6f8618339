import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { errorMessage, isRetryable } from './error-messages';

describe('errorMessage', () => {
  it('maps known codes to plain-English text, ignoring the server wording', () => {
    const error = new ApiError(401, 'INVALID_CREDENTIALS', 'invalid credentials');
    expect(errorMessage(error)).toBe('That email and password do not match an account on this hub.');
  });

  it('explains network failures', () => {
    expect(errorMessage(new ApiError(0, 'NETWORK_ERROR', 'x'))).toMatch(/Could not reach the hub/);
  });

  it('lets a screen override the text for a code', () => {
    const error = new ApiError(409, 'CONFLICT', 'client has sites');
    expect(errorMessage(error, { CONFLICT: 'Move or remove this client’s sites first.' })).toBe(
      'Move or remove this client’s sites first.',
    );
  });

  it('shows the server message for validation errors and conflicts', () => {
    expect(errorMessage(new ApiError(400, 'VALIDATION_FAILED', 'body/url must be a URL'))).toBe(
      'Please check the form: body/url must be a URL.',
    );
    expect(errorMessage(new ApiError(409, 'CONFLICT', 'A site with this URL already exists.'))).toBe(
      'This cannot be done right now: A site with this URL already exists.',
    );
  });

  it('explains email failures: no server configured, or the server’s own answer', () => {
    expect(errorMessage(new ApiError(409, 'SMTP_NOT_CONFIGURED', 'x'))).toMatch(/no email server.*SMTP_URL/);
    expect(errorMessage(new ApiError(502, 'SMTP_FAILED', 'The report was not sent: 535 Authentication failed'))).toBe(
      'The email server did not take the message: The report was not sent: 535 Authentication failed.',
    );
  });

  it('falls back to the server message for codes it does not know', () => {
    expect(errorMessage(new ApiError(400, 'SOMETHING_NEW', 'Something new happened'))).toBe(
      'Something new happened.',
    );
    expect(errorMessage(new ApiError(400, 'SOMETHING_NEW', '  '))).toBe('No details were given.');
  });

  it('handles plain errors and non-errors', () => {
    expect(errorMessage(new Error('boom'))).toBe('Something went wrong: boom.');
    expect(errorMessage('weird')).toBe('Something went wrong. Please try again.');
  });
});

describe('isRetryable', () => {
  it('retries network, rate-limit and server errors but not client mistakes', () => {
    expect(isRetryable(new ApiError(0, 'NETWORK_ERROR', ''))).toBe(true);
    expect(isRetryable(new ApiError(429, 'RATE_LIMITED', ''))).toBe(true);
    expect(isRetryable(new ApiError(503, 'SERVICE_UNAVAILABLE', ''))).toBe(true);
    expect(isRetryable(new ApiError(404, 'NOT_FOUND', ''))).toBe(false);
    expect(isRetryable(new ApiError(400, 'VALIDATION_FAILED', ''))).toBe(false);
  });
});
