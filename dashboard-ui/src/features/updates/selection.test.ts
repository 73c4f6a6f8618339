import { describe, expect, it } from 'vitest';
import { buildRunTargets, countPairs, itemState, toggleItem, togglePair } from './selection';
import type { FleetUpdateItem } from './updates-api';

const site = (id: string, held = false) => ({ site_id: id, site_label: id, client_id: 'c', client_name: 'C', from_version: '1.0', held, hold_reason: held ? 'waiting for 1.2' : null });
const demo: FleetUpdateItem = { type: 'plugin', id: 'demo/demo.php', name: 'Demo', from_versions: ['1.0'], to_version: '1.1', security: false, site_count: 3, held_count: 1, sites: [site('s1'), site('s2'), site('s3', true)] };
const theme: FleetUpdateItem = { type: 'theme', id: 'twentyfive', name: 'Twenty Five', from_versions: ['1.0'], to_version: '2.0', security: true, site_count: 1, held_count: 0, sites: [site('s1')] };

describe('update selection', () => {
  it('selects every site of an item except held ones', () => {
    const selection = toggleItem(new Set(), demo, true);
    expect(itemState(selection, demo)).toBe('all');
    expect(buildRunTargets(selection, [demo])).toEqual([
      { site_id: 's1', items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }] },
      { site_id: 's2', items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }] },
    ]);
  });

  it('groups several items per site and tracks partial selections', () => {
    let selection = toggleItem(new Set(), theme, true);
    selection = togglePair(selection, demo, 's1', true);
    expect(itemState(selection, demo)).toBe('some');
    const targets = buildRunTargets(selection, [demo, theme]);
    expect(targets).toEqual([{ site_id: 's1', items: [{ type: 'plugin', id: 'demo/demo.php', to_version: '1.1' }, { type: 'theme', id: 'twentyfive', to_version: '2.0' }] }]);
    expect(countPairs(targets)).toBe(2);
    selection = togglePair(selection, demo, 's1', false);
    expect(itemState(selection, demo)).toBe('none');
  });

  it('leaves out selected pairs that the current filters hide', () => {
    const selection = toggleItem(toggleItem(new Set(), demo, true), theme, true);
    expect(countPairs(buildRunTargets(selection, [theme]))).toBe(1);
    expect(toggleItem(selection, demo, false).size).toBe(1);
  });
});
