/**
 * What the freelancer ticked in the update center: a set of (item, site) pairs. Turned into the
 * run request's per-site targets, each item pinned to the version that was on screen.
 */
import type { FleetUpdateItem, RunInput } from './updates-api';

export type Selection = ReadonlySet<string>;

export const itemKey = (item: Pick<FleetUpdateItem, 'type' | 'id'>): string => `${item.type}\u0000${item.id}`;
export const pairKey = (item: Pick<FleetUpdateItem, 'type' | 'id'>, siteId: string): string => `${itemKey(item)}\u0000${siteId}`;

/** Sites of an item that a run would touch (held sites are listed but skipped by the hub). */
export function selectableSites(item: FleetUpdateItem): string[] {
  return item.sites.filter((s) => !s.held).map((s) => s.site_id);
}

export function toggleItem(selection: Selection, item: FleetUpdateItem, on: boolean): Set<string> {
  const next = new Set(selection);
  for (const siteId of selectableSites(item)) {
    if (on) next.add(pairKey(item, siteId));
    else next.delete(pairKey(item, siteId));
  }
  return next;
}

export function togglePair(selection: Selection, item: FleetUpdateItem, siteId: string, on: boolean): Set<string> {
  const next = new Set(selection);
  if (on) next.add(pairKey(item, siteId));
  else next.delete(pairKey(item, siteId));
  return next;
}

/** 'all' | 'some' | 'none' of an item's selectable sites are selected (for the tri-state box). */
export function itemState(selection: Selection, item: FleetUpdateItem): 'all' | 'some' | 'none' {
  const sites = selectableSites(item);
  const chosen = sites.filter((id) => selection.has(pairKey(item, id))).length;
  if (chosen === 0) return 'none';
  return chosen === sites.length ? 'all' : 'some';
}

/** The run request for the selected pairs still visible in `items` (filters may hide some). */
export function buildRunTargets(selection: Selection, items: FleetUpdateItem[]): RunInput['targets'] {
  const bySite = new Map<string, RunInput['targets'][number]['items']>();
  for (const item of items) {
    for (const site of item.sites) {
      if (!selection.has(pairKey(item, site.site_id))) continue;
      const list = bySite.get(site.site_id) ?? [];
      list.push({ type: item.type, id: item.id, to_version: item.to_version });
      bySite.set(site.site_id, list);
    }
  }
  return [...bySite.entries()].map(([site_id, list]) => ({ site_id, items: list }));
}

export function countPairs(targets: RunInput['targets']): number {
  return targets.reduce((n, t) => n + t.items.length, 0);
}
