import { describe, expect, it } from 'vitest';
import { csvCell } from './csv.js';

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('Smith, Jones & Co')).toBe('"Smith, Jones & Co"');
    expect(csvCell('The "Best" Bakery')).toBe('"The ""Best"" Bakery"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('12.50')).toBe('12.50');
  });
});
