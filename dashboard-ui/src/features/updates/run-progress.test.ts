import { describe, expect, it } from 'vitest';
import { applyRunEvent, cancelSummary, canCancel, isRunFinished, progressPercent, withRun } from './run-progress';
import type { RunDetail } from './updates-api';

const RUN_ID = '00000000-0000-4000-8000-000000000001';
const SITE_A = '00000000-0000-4000-8000-00000000000a';
const SITE_B = '00000000-0000-4000-8000-00000000000b';

const item = (id: string, status: RunDetail['sites'][number]['items'][number]['status'] = 'queued') => ({
  type: 'plugin' as const, id, name: id, from_version: '1.0', to_version: '1.1', status, reason_code: null, reason: null, finished_at: null,
});

function snapshot(): RunDetail {
  return {
    run: {
      id: RUN_ID, status: 'running', created_at: '2026-01-01T00:00:00Z', started_at: '2026-01-01T00:00:01Z', finished_at: null, created_by: null, concurrency: 10, cancel_requested_at: null,
      counts: { sites: 2, items: 3, queued: 2, running: 0, updated: 0, failed: 0, rolled_back: 0, skipped_held: 1, cancelled: 0 },
    },
    sites: [
      { site_id: SITE_A, site_label: 'A', status: 'queued', command_id: null, items: [item('demo/demo.php'), item('fatal/fatal.php')] },
      { site_id: SITE_B, site_label: 'B', status: 'done', command_id: null, items: [item('demo/demo.php', 'skipped_held')] },
    ],
  };
}
const ev = (event: string, data: unknown, id = '1') => ({ event, data: JSON.stringify(data), id });

describe('applyRunEvent', () => {
  it('starts from the snapshot and ignores changes that arrive before it', () => {
    expect(applyRunEvent(null, ev('item', { site_id: SITE_A, ...item('demo/demo.php', 'updated') }))).toBeNull();
    expect(applyRunEvent(null, ev('snapshot', snapshot()))).toEqual(snapshot());
  });

  it('applies site and item changes and recounts the items', () => {
    let state = applyRunEvent(null, ev('snapshot', snapshot()));
    state = applyRunEvent(state, ev('site', { site_id: SITE_A, site_label: 'A', status: 'running', command_id: '00000000-0000-4000-8000-0000000000cc' }));
    state = applyRunEvent(state, ev('item', { site_id: SITE_A, ...item('demo/demo.php', 'updated'), finished_at: '2026-01-01T00:01:00Z' }));
    state = applyRunEvent(state, ev('item', { site_id: SITE_A, ...item('fatal/fatal.php', 'rolled_back'), reason_code: 'SITE_BROKEN', reason: 'HTTP 500 after update' }));
    expect(state!.sites[0]!.status).toBe('running');
    expect(state!.sites[0]!.command_id).toBe('00000000-0000-4000-8000-0000000000cc');
    expect(state!.sites[0]!.items.map((i) => i.status)).toEqual(['updated', 'rolled_back']);
    expect(state!.sites[0]!.items[1]!.reason_code).toBe('SITE_BROKEN');
    // the other site is untouched
    expect(state!.sites[1]).toEqual(snapshot().sites[1]);
    expect(state!.run.counts).toMatchObject({ items: 3, queued: 0, updated: 1, rolled_back: 1, skipped_held: 1, sites: 2 });
    expect(progressPercent(state!.run)).toBe(100);
  });

  it('takes the final run from done, and ignores unknown events and broken JSON', () => {
    let state = applyRunEvent(null, ev('snapshot', snapshot()));
    const before = state;
    state = applyRunEvent(state, { event: 'item', data: '{not json', id: '2' });
    state = applyRunEvent(state, ev('mystery', { x: 1 }));
    expect(state).toBe(before);
    const finished = { ...snapshot().run, status: 'done', finished_at: '2026-01-01T00:02:00Z' };
    state = applyRunEvent(state, ev('done', { run: finished }));
    expect(state!.run.status).toBe('done');
    expect(isRunFinished(state!.run)).toBe(true);
  });

  it('adds a site or item the snapshot did not list', () => {
    let state = applyRunEvent(null, ev('snapshot', { ...snapshot(), sites: [] }));
    state = applyRunEvent(state, ev('site', { site_id: SITE_A, site_label: 'A', status: 'dispatched', command_id: null }));
    state = applyRunEvent(state, ev('item', { site_id: SITE_A, ...item('new/new.php', 'running') }));
    expect(state!.sites).toHaveLength(1);
    expect(state!.sites[0]!.items.map((i) => i.id)).toEqual(['new/new.php']);
    expect(progressPercent(state!.run)).toBe(0);
  });
});

describe('cancelling a run', () => {
  const cancelledAt = '2026-01-01T00:00:30Z';

  it('offers cancel only while the run is open and no cancel is pending', () => {
    const run = snapshot().run;
    expect(canCancel(run)).toBe(true);
    expect(canCancel({ ...run, status: 'queued' })).toBe(true);
    expect(canCancel({ ...run, cancel_requested_at: cancelledAt })).toBe(false);
    expect(canCancel({ ...run, status: 'done' })).toBe(false);
    expect(canCancel({ ...run, status: 'cancelled', cancel_requested_at: cancelledAt })).toBe(false);
  });

  it('says which sites stop and which finish first', () => {
    const sites = snapshot().sites;
    expect(cancelSummary(sites)).toBe('1 site not started yet will not be updated.');
    const out = [{ ...sites[0]!, status: 'running' as const }, { ...sites[0]!, site_id: SITE_B, status: 'dispatched' as const }, { ...sites[1]!, status: 'queued' as const }];
    expect(cancelSummary(out)).toBe('1 site not started yet will not be updated. 2 sites already updating will finish first: an update cannot be stopped safely halfway.');
    expect(cancelSummary([{ ...sites[0]!, status: 'running' as const }])).toMatch(/^Every site has been sent its updates already\. 1 site already updating/);
  });

  it('takes a pending cancel from the stream’s run event and keeps the item counts it built', () => {
    let state = applyRunEvent(null, ev('snapshot', snapshot()));
    state = applyRunEvent(state, ev('run', { run: { ...snapshot().run, cancel_requested_at: cancelledAt, counts: { ...snapshot().run.counts, queued: 99 } } }));
    expect(state!.run.cancel_requested_at).toBe(cancelledAt);
    expect(canCancel(state!.run)).toBe(false);
    expect(state!.run.counts.queued).toBe(2);
    expect(applyRunEvent(state, ev('run', {}))).toBe(state);
  });

  it('counts cancelled items as finished, shows the cancel answer, and lets the stream finish the run', () => {
    let state = applyRunEvent(null, ev('snapshot', snapshot()));
    const pending = { ...state!.run, cancel_requested_at: cancelledAt, counts: { ...state!.run.counts, queued: 0, cancelled: 2 } };
    state = withRun(state, pending);
    expect(state!.run.cancel_requested_at).toBe(cancelledAt);
    expect(canCancel(state!.run)).toBe(false);
    state = applyRunEvent(state, ev('site', { site_id: SITE_A, site_label: 'A', status: 'cancelled', command_id: null }));
    state = applyRunEvent(state, ev('item', { site_id: SITE_A, ...item('demo/demo.php', 'cancelled'), reason_code: 'CANCELLED' }));
    state = applyRunEvent(state, ev('item', { site_id: SITE_A, ...item('fatal/fatal.php', 'cancelled'), reason_code: 'CANCELLED' }));
    expect(state!.run.counts).toMatchObject({ items: 3, queued: 0, cancelled: 2, skipped_held: 1 });
    expect(state!.run.cancel_requested_at).toBe(cancelledAt);
    expect(progressPercent(state!.run)).toBe(100);
    const ended = { ...state!.run, status: 'cancelled' as const, finished_at: '2026-01-01T00:01:00Z' };
    state = applyRunEvent(state, ev('done', { run: ended }));
    expect(isRunFinished(state!.run)).toBe(true);
    // A late cancel answer does not reopen a run the stream already ended, nor touch another run.
    expect(withRun(state, pending)).toBe(state);
    expect(withRun(state, { ...pending, id: '00000000-0000-4000-8000-000000000002' })).toBe(state);
    expect(withRun(null, pending)).toBeNull();
  });
});
