import { describe, expect, it } from 'vitest';
import { changedFields, localeLabel, localeOptions, validateClient } from './client-form';

describe('validateClient', () => {
  it('trims and accepts a complete client', () => {
    expect(validateClient({ name: ' Acme Bakery ', contact_email: ' ana@acme.test ', locale: 'fr' })).toEqual({
      value: { name: 'Acme Bakery', contact_email: 'ana@acme.test', locale: 'fr' },
      errors: {},
    });
  });

  it('explains each missing or wrong field', () => {
    const { errors } = validateClient({ name: '  ', contact_email: 'ana', locale: '' });
    expect(Object.keys(errors).sort()).toEqual(['contact_email', 'locale', 'name']);
    expect(validateClient({ name: 'x'.repeat(201), contact_email: 'a@b.co', locale: 'en' }).errors.name).toMatch(/200/);
  });
});

describe('locales', () => {
  it('keeps an unusual saved locale selectable', () => {
    expect(localeOptions('en').some((o) => o.value === 'pt_BR')).toBe(false);
    expect(localeOptions('pt_BR').at(-1)).toEqual({ value: 'pt_BR', label: 'pt_BR' });
  });

  it('names known codes and echoes unknown ones', () => {
    expect(localeLabel('it')).toBe('Italian');
    expect(localeLabel('sv')).toBe('sv');
  });
});

describe('changedFields', () => {
  it('sends only what changed', () => {
    const before = { name: 'Acme', contact_email: 'a@acme.test', locale: 'en' };
    expect(changedFields(before, { ...before, locale: 'it' })).toEqual({ locale: 'it' });
    expect(changedFields(before, before)).toEqual({});
  });
});
