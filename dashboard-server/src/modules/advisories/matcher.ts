/*
 * Which updates fix which advisories. Pure, so the update center, the history and the monthly report
 * all answer the same way. An update from → to fixes an advisory of its item when `from` is affected
 * (from ≥ affected_from, or no lower bound, and from < fixed_in) and `to` ≥ fixed_in. An unknown or
 * unreadable version never matches: a badge nobody can justify is worse than none.
 */

export interface AdvisoryRule {
  id: string;
  type: 'core' | 'plugin' | 'theme';
  slug: string;
  fixed_in: string;
  affected_from: string | null;
  severity: 'low' | 'medium' | 'high' | 'critical';
  title: string;
}

/** The wordpress.org slug of an item as the protocol names it (plugin basename, theme stylesheet, `wordpress`). */
export function slugOf(type: string, itemId: string): string | null {
  if (type === 'core') return 'wordpress';
  if (type === 'theme') return itemId.toLowerCase();
  if (type === 'plugin') {
    const slash = itemId.indexOf('/');
    return (slash > 0 ? itemId.slice(0, slash) : itemId.replace(/\.php$/i, '')).toLowerCase();
  }
  return null;
}

const PRE_RELEASE = /^[-._~]?(dev|alpha|a|beta|b|rc|pre|preview)/i;

/**
 * Compares two WordPress-style versions: numeric parts first ("5.3" = "5.3.0" < "5.3.2" < "5.10"),
 * then a pre-release suffix (-dev, -alpha, -beta, -RC) sorts before the release and any other suffix
 * (e.g. "-patch1") after it. Null when either side does not start with a number.
 */
export function compareVersions(a: string, b: string): number | null {
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return null;
  for (let i = 0; i < Math.max(pa.nums.length, pb.nums.length); i++) {
    const d = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return Math.sign(pa.rank - pb.rank);
}

function parse(v: string): { nums: number[]; rank: number } | null {
  const m = /^\s*v?([0-9]+(?:\.[0-9]+)*)(.*)$/i.exec(v);
  if (!m) return null;
  const suffix = m[2]!.trim();
  // -1: pre-release, 0: release, 1: post-release suffix.
  const rank = suffix === '' ? 0 : PRE_RELEASE.test(suffix) ? -1 : 1;
  return { nums: m[1]!.split('.').map((n) => Number(n)), rank };
}

/** Whether `version` is within the advisory's affected range. */
export function isAffected(rule: Pick<AdvisoryRule, 'fixed_in' | 'affected_from'>, version: string | null): boolean {
  if (!version) return false;
  const below = compareVersions(version, rule.fixed_in);
  if (below === null || below >= 0) return false;
  if (!rule.affected_from) return true;
  const from = compareVersions(version, rule.affected_from);
  return from !== null && from >= 0;
}

export interface AdvisoryMatcher {
  /** The advisories the update from → to of this item fixes (empty: not a known security update). */
  fixes(type: string, itemId: string, from: string | null, to: string | null): AdvisoryRule[];
}

export function createAdvisoryMatcher(rules: readonly AdvisoryRule[]): AdvisoryMatcher {
  const byItem = new Map<string, AdvisoryRule[]>();
  for (const r of rules) {
    const key = `${r.type}:${r.slug}`;
    byItem.set(key, [...(byItem.get(key) ?? []), r]);
  }
  return {
    fixes(type, itemId, from, to) {
      const slug = slugOf(type, itemId);
      const candidates = slug ? byItem.get(`${type}:${slug}`) : undefined;
      if (!candidates || !to) return [];
      return candidates.filter((r) => {
        const reaches = compareVersions(to, r.fixed_in);
        return reaches !== null && reaches >= 0 && isAffected(r, from);
      });
    },
  };
}
