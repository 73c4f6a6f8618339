import { describe, expect, it } from 'vitest';
import { applyRunEvent, isRunFinished, progressPercent } from './run-progress';
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
      id: RUN_ID, status: 'running', created_at: '2026-01-01T00:00:00Z', started_at: '2026-01-01T00:00:01Z', finished_at: null, created_by: null, concurrency: 10,
      counts: { sites: 2, items: 3, queued: 2, running: 0, updated: 0, failed: 0, rolled_back: 0, skipped_held: 1 },
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
