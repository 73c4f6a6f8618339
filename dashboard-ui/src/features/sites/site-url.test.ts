import { describe, expect, it } from 'vitest';
import { changedSiteFields, labelFromUrl, normalizeSiteUrl } from './site-url';

describe('normalizeSiteUrl', () => {
  it('adds https:// when no scheme is given and drops the trailing slash', () => {
    expect(normalizeSiteUrl(' example.com ')).toEqual({ ok: true, url: 'https://example.com' });
    expect(normalizeSiteUrl('https://example.com/')).toEqual({ ok: true, url: 'https://example.com' });
  });

  it('keeps http, ports and subfolder installs; drops query and fragment', () => {
    expect(normalizeSiteUrl('http://staging.example.com:8080/blog/?x=1#top')).toEqual({
      ok: true,
      url: 'http://staging.example.com:8080/blog',
    });
    expect(normalizeSiteUrl('http://localhost:8888')).toEqual({ ok: true, url: 'http://localhost:8888' });
  });

  it('refuses empty input, other schemes, credentials and bare words', () => {
    expect(normalizeSiteUrl('')).toMatchObject({ ok: false });
    expect(normalizeSiteUrl('ftp://example.com')).toMatchObject({ ok: false, message: expect.stringMatching(/https/) });
    expect(normalizeSiteUrl('https://user:pw@example.com')).toMatchObject({ ok: false });
    expect(normalizeSiteUrl('intranet')).toMatchObject({ ok: false });
    expect(normalizeSiteUrl('https://exa mple.com')).toMatchObject({ ok: false });
  });
});

describe('labelFromUrl', () => {
  it('uses the host without www and any subfolder', () => {
    expect(labelFromUrl('https://www.acme-bakery.com')).toBe('acme-bakery.com');
    expect(labelFromUrl('https://acme.com/shop/')).toBe('acme.com/shop');
    expect(labelFromUrl('not a url')).toBe('not a url');
  });
});

describe('changedSiteFields', () => {
  it('sends only what changed', () => {
    const before = { client_id: 'c1', url: 'https://a.example', label: 'A' };
    expect(changedSiteFields(before, { ...before, label: 'Shop' })).toEqual({ label: 'Shop' });
    expect(changedSiteFields(before, { ...before })).toEqual({});
    expect(changedSiteFields(before, { client_id: 'c2', url: 'https://b.example', label: 'A' })).toEqual({
      client_id: 'c2',
      url: 'https://b.example',
    });
  });
});
