import { describe, expect, it } from 'vitest';
import { isPlausibleEmail, newPasswordProblem } from './validation';

describe('isPlausibleEmail', () => {
  it('accepts ordinary addresses, trimming spaces around them', () => {
    expect(isPlausibleEmail('ana@example.com')).toBe(true);
    expect(isPlausibleEmail(' ana.b+retainer@studio.co.uk ')).toBe(true);
  });

  it('rejects obvious mistakes', () => {
    expect(isPlausibleEmail('')).toBe(false);
    expect(isPlausibleEmail('ana')).toBe(false);
    expect(isPlausibleEmail('ana@example')).toBe(false);
    expect(isPlausibleEmail('ana @example.com')).toBe(false);
  });
});

describe('newPasswordProblem', () => {
  it('asks for 10 characters and a matching confirmation', () => {
    expect(newPasswordProblem({ password: 'short', confirm: 'short' })).toMatch(/at least 10/);
    expect(newPasswordProblem({ password: '0123456789', confirm: '012345678' })).toMatch(/not the same/);
    expect(newPasswordProblem({ password: '0123456789', confirm: '0123456789' })).toBeNull();
  });
});
