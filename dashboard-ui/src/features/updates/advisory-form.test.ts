import { describe, expect, it } from 'vitest';
import { EMPTY_ADVISORY, normaliseSlug, parseAdvisory } from './advisory-form';

describe('normaliseSlug', () => {
  it('accepts a wordpress.org address, a plugin basename or the slug', () => {
    expect(normaliseSlug('https://wordpress.org/plugins/contact-form-7/')).toBe('contact-form-7');
    expect(normaliseSlug(' Akismet/akismet.php ')).toBe('akismet');
    expect(normaliseSlug('hello.php')).toBe('hello');
    expect(normaliseSlug('twentytwentyfive')).toBe('twentytwentyfive');
  });
});

describe('parseAdvisory', () => {
  it('builds the request body, leaving empty optional fields out', () => {
    const r = parseAdvisory({ ...EMPTY_ADVISORY, slug: 'https://wordpress.org/plugins/akismet/', fixedIn: ' 5.3.2 ', title: ' Stored XSS ' });
    expect(r).toEqual({ body: { type: 'plugin', slug: 'akismet', fixed_in: '5.3.2', severity: 'high', title: 'Stored XSS' } });
    const full = parseAdvisory({ ...EMPTY_ADVISORY, slug: 'akismet', fixedIn: '5.3.2', affectedFrom: '5.0', title: 'Stored XSS', referenceUrl: 'https://example.org/a' });
    expect(full).toMatchObject({ body: { affected_from: '5.0', reference_url: 'https://example.org/a' } });
  });
  it('uses the core slug for core whatever was typed', () => {
    expect(parseAdvisory({ ...EMPTY_ADVISORY, type: 'core', slug: '', fixedIn: '6.8.2', title: 'XSS in editor' })).toMatchObject({ body: { type: 'core', slug: 'wordpress' } });
  });
  it('names every field that is wrong', () => {
    const r = parseAdvisory({ ...EMPTY_ADVISORY, slug: '  ', fixedIn: 'latest', affectedFrom: 'old', title: 'x', referenceUrl: 'javascript:alert(1)' });
    expect('errors' in r && Object.keys(r.errors).sort()).toEqual(['affectedFrom', 'fixedIn', 'referenceUrl', 'slug', 'title']);
  });
});
