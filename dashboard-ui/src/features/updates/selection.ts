/**
 * What the freelancer ticked in the update center. The list comes without its site lists (a large
 * fleet has tens of thousands of (item, site) pairs), so a ticked item is kept as "the whole item,
 * minus the sites unticked in it" and the hub finds its sites when the run starts, under the same
 * filters. Sites ticked one by one in an opened item are kept as pairs.
 */
import type { FleetFilter, FleetUpdateItem, RunInput } from './updates-api';

type ItemRef = Pick<FleetUpdateItem, 'type' | 'id' | 'to_version'>;

export interface Selection {
  /** Whole items: item key → the sites unticked in it. */
  readonly whole: ReadonlyMap<string, ReadonlySet<string>>;
  /** Items with some sites ticked one by one: item key → those sites. */
  readonly pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

export const EMPTY_SELECTION: Selection = { whole: new Map(), pairs: new Map() };

/** One row of the list: an item at one target version (the same plugin can be offered at two). */
export const itemKey = (item: ItemRef): string => `${item.type}\u0000${item.id}\u0000${item.to_version}`;

/** Sites a run would touch (held sites are listed but never selected). */
export const selectableCount = (item: FleetUpdateItem): number => item.site_count - item.held_count;

function without<V>(map: ReadonlyMap<string, V>, key: string): Map<string, V> {
  const next = new Map(map);
  next.delete(key);
  return next;
}

export function toggleItem(selection: Selection, item: FleetUpdateItem, on: boolean): Selection {
  const key = itemKey(item);
  const whole = without(selection.whole, key);
  if (on && selectableCount(item) > 0) whole.set(key, new Set());
  return { whole, pairs: without(selection.pairs, key) };
}

export function togglePair(selection: Selection, item: FleetUpdateItem, siteId: string, on: boolean): Selection {
  const key = itemKey(item);
  const except = selection.whole.get(key);
  if (except) {
    const next = new Set(except);
    if (on) next.delete(siteId);
    else next.add(siteId);
    // Every site unticked: the item is no longer selected at all.
    if (next.size >= selectableCount(item)) return { ...selection, whole: without(selection.whole, key) };
    return { ...selection, whole: new Map(selection.whole).set(key, next) };
  }
  const picked = new Set(selection.pairs.get(key));
  if (on) picked.add(siteId);
  else picked.delete(siteId);
  // Every site ticked one by one is the whole item (and stays so if the list changes underneath).
  if (picked.size >= selectableCount(item)) return toggleItem(selection, item, true);
  const pairs = picked.size === 0 ? without(selection.pairs, key) : new Map(selection.pairs).set(key, picked);
  return { ...selection, pairs };
}

export function isPairSelected(selection: Selection, item: ItemRef, siteId: string): boolean {
  const key = itemKey(item);
  const except = selection.whole.get(key);
  return except ? !except.has(siteId) : (selection.pairs.get(key)?.has(siteId) ?? false);
}

/** 'all' | 'some' | 'none' of an item's selectable sites are selected (for the tri-state box). */
export function itemState(selection: Selection, item: FleetUpdateItem): 'all' | 'some' | 'none' {
  const key = itemKey(item);
  const except = selection.whole.get(key);
  if (except) return except.size === 0 ? 'all' : 'some';
  return selection.pairs.has(key) ? 'some' : 'none';
}

/** How many (item, site) updates the selection stands for, among the items listed. */
export function countUpdates(selection: Selection, items: FleetUpdateItem[]): number {
  let n = 0;
  for (const item of items) {
    const key = itemKey(item);
    const except = selection.whole.get(key);
    if (except) n += Math.max(0, selectableCount(item) - except.size);
    else n += selection.pairs.get(key)?.size ?? 0;
  }
  return n;
}

/** The run request: whole items for the hub to expand under `filter`, and the single pairs per site. */
export function buildRunInput(selection: Selection, items: FleetUpdateItem[], filter: FleetFilter): Omit<RunInput, 'concurrency'> {
  const whole: NonNullable<RunInput['items']> = [];
  const bySite = new Map<string, NonNullable<RunInput['targets']>[number]['items']>();
  for (const item of items) {
    const key = itemKey(item);
    const except = selection.whole.get(key);
    if (except) {
      whole.push({ type: item.type, id: item.id, to_version: item.to_version, ...(except.size > 0 ? { except_site_ids: [...except] } : {}) });
      continue;
    }
    for (const siteId of selection.pairs.get(key) ?? []) {
      const list = bySite.get(siteId) ?? [];
      list.push({ type: item.type, id: item.id, to_version: item.to_version });
      bySite.set(siteId, list);
    }
  }
  const targets = [...bySite.entries()].map(([site_id, list]) => ({ site_id, items: list }));
  return {
    ...(whole.length > 0 ? { items: whole, filter } : {}),
    ...(targets.length > 0 ? { targets } : {}),
  };
}
