/**
 * The live state of an update run, rebuilt from the progress stream: a `snapshot` replaces
 * everything, `site` and `item` events change one job or one item, `done` carries the final run.
 * Pure, so the whole sequence is unit-tested without a hub.
 */
import type { RunDetail, RunItem, RunSite, UpdateRun } from './updates-api';
import type { SseEvent } from './sse';

export type SiteChange = Pick<RunSite, 'site_id' | 'site_label' | 'status' | 'command_id'>;
export type ItemChange = RunItem & { site_id: string };

export function applyRunEvent(state: RunDetail | null, event: SseEvent): RunDetail | null {
  let payload: unknown;
  try {
    payload = JSON.parse(event.data);
  } catch {
    return state;
  }
  if (event.event === 'snapshot') return payload as RunDetail;
  if (!state) return state;
  if (event.event === 'site') return applySite(state, payload as SiteChange);
  if (event.event === 'item') return applyItem(state, payload as ItemChange);
  if (event.event === 'done') {
    const run = (payload as { run?: UpdateRun }).run;
    return run ? { ...state, run } : state;
  }
  return state;
}

function applySite(state: RunDetail, change: SiteChange): RunDetail {
  const known = state.sites.some((s) => s.site_id === change.site_id);
  const sites = known
    ? state.sites.map((s) => (s.site_id === change.site_id ? { ...s, ...change } : s))
    : [...state.sites, { ...change, items: [] }];
  return { ...state, sites };
}

function applyItem(state: RunDetail, change: ItemChange): RunDetail {
  const { site_id, ...item } = change;
  const sites = state.sites.map((s) => {
    if (s.site_id !== site_id) return s;
    const exists = s.items.some((i) => i.type === item.type && i.id === item.id);
    const items = exists ? s.items.map((i) => (i.type === item.type && i.id === item.id ? { ...i, ...item } : i)) : [...s.items, item];
    return { ...s, items };
  });
  const next = { ...state, sites };
  return { ...next, run: { ...next.run, counts: { ...next.run.counts, ...countItems(sites) } } };
}

/** Item counts by status, recomputed locally so the summary moves with each item event. */
export function countItems(sites: RunSite[]): Pick<UpdateRun['counts'], 'items' | 'queued' | 'running' | 'updated' | 'failed' | 'rolled_back' | 'skipped_held'> {
  const counts = { items: 0, queued: 0, running: 0, updated: 0, failed: 0, rolled_back: 0, skipped_held: 0 };
  for (const site of sites) {
    for (const item of site.items) {
      counts.items += 1;
      counts[item.status] += 1;
    }
  }
  return counts;
}

/** Share of items that reached an end state, 0–100. */
export function progressPercent(run: UpdateRun): number {
  const { items, updated, failed, rolled_back, skipped_held } = run.counts;
  if (items === 0) return run.status === 'done' ? 100 : 0;
  return Math.round(((updated + failed + rolled_back + skipped_held) / items) * 100);
}

export function isRunFinished(run: UpdateRun): boolean {
  return run.status === 'done' || run.status === 'cancelled';
}
