/** The "record an advisory" form: what the freelancer types, checked before it reaches the hub. */
import type { AdvisoryInput } from './advisories-api';

export interface AdvisoryDraft {
  type: 'plugin' | 'theme' | 'core';
  slug: string;
  fixedIn: string;
  affectedFrom: string;
  severity: 'low' | 'medium' | 'high' | 'critical';
  title: string;
  referenceUrl: string;
}

export const EMPTY_ADVISORY: AdvisoryDraft = { type: 'plugin', slug: '', fixedIn: '', affectedFrom: '', severity: 'high', title: '', referenceUrl: '' };

const VERSION = /^[0-9]+(\.[0-9]+){0,4}([-+~._]?[0-9A-Za-z]+)*$/;
const SLUG = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * The slug from what people paste: a wordpress.org URL, a plugin basename ("akismet/akismet.php") or
 * the slug itself, in any case.
 */
export function normaliseSlug(input: string): string {
  let s = input.trim().toLowerCase();
  const url = /wordpress\.org\/(?:plugins|themes)\/([^/?#]+)/.exec(s);
  if (url) s = url[1]!;
  if (s.includes('/')) s = s.split('/')[0]!;
  return s.replace(/\.php$/, '');
}

export type AdvisoryErrors = Partial<Record<'slug' | 'fixedIn' | 'affectedFrom' | 'title' | 'referenceUrl', string>>;

export function parseAdvisory(d: AdvisoryDraft): { errors: AdvisoryErrors } | { body: AdvisoryInput } {
  const errors: AdvisoryErrors = {};
  const slug = d.type === 'core' ? 'wordpress' : normaliseSlug(d.slug);
  if (!SLUG.test(slug) || slug.length > 200) errors.slug = 'Give the slug as on wordpress.org, e.g. “contact-form-7”.';
  const fixedIn = d.fixedIn.trim();
  if (!VERSION.test(fixedIn)) errors.fixedIn = 'The first version with the fix, e.g. 5.9.5.';
  const affectedFrom = d.affectedFrom.trim();
  if (affectedFrom && !VERSION.test(affectedFrom)) errors.affectedFrom = 'A version such as 5.0, or empty for every earlier version.';
  const title = d.title.trim();
  if (title.length < 3 || title.length > 300) errors.title = 'Say what the issue is in 3 to 300 characters.';
  const referenceUrl = d.referenceUrl.trim();
  if (referenceUrl && !/^https?:\/\/[^\s]+$/.test(referenceUrl)) errors.referenceUrl = 'A web address starting with https://, or empty.';
  if (Object.keys(errors).length) return { errors };
  return {
    body: {
      type: d.type,
      slug,
      fixed_in: fixedIn,
      severity: d.severity,
      title,
      ...(affectedFrom ? { affected_from: affectedFrom } : {}),
      ...(referenceUrl ? { reference_url: referenceUrl } : {}),
    },
  };
}
