import { describe, expect, it } from 'vitest';
import { buildRunInput, countUpdates, EMPTY_SELECTION, isPairSelected, itemKey, itemState, toggleItem, togglePair } from './selection';
import type { FleetUpdateItem } from './updates-api';

// As the list sends them: counts only, no site lists.
const demo: FleetUpdateItem = { type: 'plugin', id: 'demo/demo.php', name: 'Demo', from_versions: ['1.0'], to_version: '1.1', security: false, site_count: 3, held_count: 1 };
const theme: FleetUpdateItem = { type: 'theme', id: 'twentyfive', name: 'Twenty Five', from_versions: ['1.0'], to_version: '2.0', security: true, site_count: 1, held_count: 0 };
const demoNext: FleetUpdateItem = { ...demo, to_version: '1.2', site_count: 1, held_count: 0 };
const allHeld: FleetUpdateItem = { ...theme, id: 'held-theme', held_count: 1 };

describe('update selection', () => {
  it('keeps a ticked item whole: the hub finds its sites under the same filters', () => {
    const selection = toggleItem(EMPTY_SELECTION, demo, true);
    expect(itemState(selection, demo)).toBe('all');
    expect(countUpdates(selection, [demo])).toBe(2); // three sites, one held
    expect(buildRunInput(selection, [demo], { client_id: 'c1' })).toEqual({ items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }], filter: { client_id: 'c1' } });
    expect(itemState(toggleItem(selection, demo, false), demo)).toBe('none');
  });

  it('unticking sites of a whole item sends them as exceptions; unticking every site deselects it', () => {
    let selection = toggleItem(EMPTY_SELECTION, demo, true);
    selection = togglePair(selection, demo, 's2', false);
    expect(itemState(selection, demo)).toBe('some');
    expect(isPairSelected(selection, demo, 's1')).toBe(true);
    expect(isPairSelected(selection, demo, 's2')).toBe(false);
    expect(countUpdates(selection, [demo])).toBe(1);
    expect(buildRunInput(selection, [demo], {})).toEqual({ items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1', except_site_ids: ['s2'] }], filter: {} });
    selection = togglePair(selection, demo, 's1', false);
    expect(itemState(selection, demo)).toBe('none');
    expect(buildRunInput(selection, [demo], {})).toEqual({});
  });

  it('sends sites ticked one by one as per-site targets, several items per site; ticking all of them makes the item whole', () => {
    let selection = togglePair(EMPTY_SELECTION, demo, 's1', true);
    selection = togglePair(selection, theme, 's1', true); // theme's only site: whole at once
    expect(itemState(selection, demo)).toBe('some');
    expect(itemState(selection, theme)).toBe('all');
    selection = toggleItem(selection, theme, false);
    selection = togglePair(selection, demoNext, 's9', true);
    expect(buildRunInput(selection, [demo, demoNext], {})).toEqual({
      items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.2' }],
      filter: {},
      targets: [{ site_id: 's1', items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }] }],
    });
    selection = togglePair(EMPTY_SELECTION, demo, 's1', true);
    expect(buildRunInput(togglePair(selection, theme, 's1', false), [demo, theme], {})).toEqual({ targets: [{ site_id: 's1', items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }] }] });
    selection = togglePair(selection, demo, 's2', true);
    expect(itemState(selection, demo)).toBe('all');
    expect(buildRunInput(selection, [demo], {})).toEqual({ items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }], filter: {} });
    expect(itemState(togglePair(selection, demo, 's2', false), demo)).toBe('some');
  });

  it('tells one item offered at two versions apart, and never selects an item whose every site is held', () => {
    expect(itemKey(demo)).not.toBe(itemKey(demoNext));
    const selection = toggleItem(toggleItem(EMPTY_SELECTION, demo, true), allHeld, true);
    expect(itemState(selection, demoNext)).toBe('none');
    expect(itemState(selection, allHeld)).toBe('none');
    expect(countUpdates(selection, [demo, demoNext, allHeld])).toBe(2);
  });

  it('counts and sends only items still listed', () => {
    const selection = toggleItem(toggleItem(EMPTY_SELECTION, demo, true), theme, true);
    expect(countUpdates(selection, [theme])).toBe(1);
    expect(buildRunInput(selection, [theme], {}).items).toEqual([{ type: 'theme', id: 'twentyfive', to_version: '2.0' }]);
  });
});
