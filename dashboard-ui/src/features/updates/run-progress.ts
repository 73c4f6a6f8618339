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
  if (event.event === 'run') {
    // The run changed itself (started, cancel asked); item counts stay the ones the events built.
    const run = (payload as { run?: UpdateRun }).run;
    return run ? { ...state, run: { ...run, counts: { ...run.counts, ...countItems(state.sites) } } } : state;
  }
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
export function countItems(sites: RunSite[]): Omit<UpdateRun['counts'], 'sites'> {
  const counts = { items: 0, queued: 0, running: 0, updated: 0, failed: 0, rolled_back: 0, skipped_held: 0, cancelled: 0 };
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
  const { items, updated, failed, rolled_back, skipped_held, cancelled } = run.counts;
  if (items === 0) return isRunFinished(run) ? 100 : 0;
  return Math.round(((updated + failed + rolled_back + skipped_held + cancelled) / items) * 100);
}

export function isRunFinished(run: UpdateRun): boolean {
  return run.status === 'done' || run.status === 'cancelled';
}

/** A run can be cancelled while it is open and nobody asked yet (asking again would change nothing). */
export function canCancel(run: UpdateRun): boolean {
  return !isRunFinished(run) && run.cancel_requested_at === null;
}

/** What cancelling does now, in words for the confirm dialog: which sites stop, which finish first. */
export function cancelSummary(sites: RunSite[]): string {
  const waiting = sites.filter((s) => s.status === 'queued').length;
  const out = sites.filter((s) => s.status === 'dispatched' || s.status === 'running').length;
  const siteWord = (n: number) => `${n} ${n === 1 ? 'site' : 'sites'}`;
  const parts = [waiting > 0 ? `${siteWord(waiting)} not started yet will not be updated.` : 'Every site has been sent its updates already.'];
  if (out > 0) parts.push(`${siteWord(out)} already updating will finish first: an update cannot be stopped safely halfway.`);
  return parts.join(' ');
}

/**
 * Takes the run the cancel request answered with. The stream only sends the run itself with `done`,
 * so without this the page would not know a cancel is pending; a run the stream already ended wins.
 */
export function withRun(state: RunDetail | null, run: UpdateRun): RunDetail | null {
  if (!state || state.run.id !== run.id || isRunFinished(state.run)) return state;
  return { ...state, run };
}
