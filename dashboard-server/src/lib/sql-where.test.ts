import { describe, expect, it } from 'vitest';
import { whereBuilder } from './sql-where.js';

describe('whereBuilder', () => {
  it('numbers parameters in order, repeats a value used twice, and keeps raw conditions', () => {
    const w = whereBuilder().add('a = ?', 1).raw('b > 0').add('(c ILIKE ? OR d ILIKE ?)', '%x%');
    expect(w.sql()).toBe('WHERE a = $1 AND b > 0 AND (c ILIKE $2 OR d ILIKE $2)');
    expect(w.params).toEqual([1, '%x%']);
  });

  it('is empty without conditions', () => {
    const w = whereBuilder();
    expect(w.sql()).toBe('');
    expect(w.params).toEqual([]);
  });
});
