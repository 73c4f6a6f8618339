import type { SiteInput } from '../../app/api';

/**
 * Cleaning up what a freelancer types as a site address before it goes to the hub:
 * "example.com" becomes "https://example.com", anything that is not http(s) is refused.
 */
export type SiteUrlResult = { ok: true; url: string } | { ok: false; message: string };

export function normalizeSiteUrl(input: string): SiteUrlResult {
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the site’s address, for example https://example.com.' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, message: 'This does not look like a web address.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The address must start with https:// or http://.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Leave the user name and password out of the address.' };
  }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, message: 'Include the full domain, for example example.com.' };
  }
  url.hash = '';
  url.search = '';
  // WordPress in a subfolder keeps its path; a bare trailing slash is dropped.
  const text = url.toString();
  return { ok: true, url: text.endsWith('/') ? text.slice(0, -1) : text };
}

/** A readable default label from an address: "https://www.acme-bakery.com/shop" → "acme-bakery.com/shop". */
export function labelFromUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/$/, '');
    return `${host}${path}`;
  } catch {
    return url.trim();
  }
}

/** Only the fields that changed, so an edit never rewrites an address the user did not touch. */
export function changedSiteFields(before: SiteInput, after: SiteInput): Partial<SiteInput> {
  const patch: Partial<SiteInput> = {};
  if (before.client_id !== after.client_id) patch.client_id = after.client_id;
  if (before.url !== after.url) patch.url = after.url;
  if (before.label !== after.label) patch.label = after.label;
  return patch;
}
