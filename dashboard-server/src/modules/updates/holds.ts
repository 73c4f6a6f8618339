import { versionSortKey } from '../../lib/versions.js';
import type { Hold } from './updates.schemas.js';

/**
 * The hold that keeps `toVersion` of an item off a site, if any. A site's own hold wins over a global
 * one (its reason is the more specific). A hold with below_version only holds versions from that one
 * on; an unknown target version is held too, since nobody can tell it is below the limit.
 */
export function holdFor(holds: readonly Hold[], siteId: string, type: string, itemId: string, toVersion: string | null): Hold | undefined {
  const applies = (h: Hold) => h.type === type && h.item_id === itemId && reaches(h, toVersion);
  return holds.find((h) => h.site_id === siteId && applies(h)) ?? holds.find((h) => h.site_id === null && applies(h));
}

function reaches(h: Hold, toVersion: string | null): boolean {
  if (!h.below_version) return true;
  const target = versionSortKey(toVersion);
  const limit = versionSortKey(h.below_version);
  if (!target || !limit) return true;
  return target >= limit;
}
