import { describe, expect, it } from 'vitest';
import { formatAgeHours, formatBytes } from './backup-presentation';

describe('formatBytes', () => {
  it('uses binary units with one decimal for small values', () => {
    expect([formatBytes(0), formatBytes(900), formatBytes(1536), formatBytes(10 * 1024 * 1024), formatBytes(3.25 * 1024 ** 3)]).toEqual([
      '0 B',
      '900 B',
      '1.5 KB',
      '10 MB',
      '3.3 GB',
    ]);
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(null)).toBe('—');
  });
});

describe('formatAgeHours', () => {
  it('reads in hours for two days, then in days', () => {
    expect([formatAgeHours(0.2), formatAgeHours(5.9), formatAgeHours(47), formatAgeHours(49), formatAgeHours(24 * 31), formatAgeHours(null)]).toEqual([
      'under 1 h',
      '5 h',
      '47 h',
      '2 days',
      '31 days',
      '—',
    ]);
  });
});
