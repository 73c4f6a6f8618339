import { describe, expect, it } from 'vitest';
import { offsetOf, pageInfo, pageToCorrect } from './paging';

describe('pageInfo', () => {
  it('describes the rows shown', () => {
    expect(pageInfo(1234, 1, 25, 25)).toEqual({ from: 1, to: 25, pageCount: 50, hasPrevious: false, hasNext: true });
    expect(pageInfo(1234, 50, 25, 9)).toEqual({ from: 1226, to: 1234, pageCount: 50, hasPrevious: true, hasNext: false });
  });

  it('handles an empty list', () => {
    expect(pageInfo(0, 1, 25, 0)).toEqual({ from: 0, to: 0, pageCount: 1, hasPrevious: false, hasNext: false });
  });
});

describe('pageToCorrect', () => {
  it('moves back to the last page when the list shrank', () => {
    expect(pageToCorrect(30, 5, 25)).toBe(2);
    expect(pageToCorrect(0, 3, 25)).toBe(1);
  });

  it('leaves valid pages alone', () => {
    expect(pageToCorrect(30, 2, 25)).toBeNull();
    expect(pageToCorrect(0, 1, 25)).toBeNull();
  });
});

describe('offsetOf', () => {
  it('turns 1-based pages into offsets and treats nonsense as page 1', () => {
    expect(offsetOf(1, 25)).toBe(0);
    expect(offsetOf(3, 50)).toBe(100);
    expect(offsetOf(0, 25)).toBe(0);
  });
});
