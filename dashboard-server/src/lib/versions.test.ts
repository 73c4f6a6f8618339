import { describe, expect, it } from 'vitest';
import { versionSortKey } from './versions.js';

describe('versionSortKey', () => {
  it('sorts versions numerically as text', () => {
    const versions = ['6.10.0', '6.8.1', '6.8', '10.0-beta1', '6.9.0'];
    const sorted = [...versions].sort((a, b) => versionSortKey(a)!.localeCompare(versionSortKey(b)!));
    expect(sorted).toEqual(['6.8', '6.8.1', '6.9.0', '6.10.0', '10.0-beta1']);
    expect(versionSortKey(null)).toBeNull();
    expect(versionSortKey('beta')).toBeNull();
  });
});
