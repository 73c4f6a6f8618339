import { describe, expect, it } from 'vitest';
import { createWindowLimiter } from './window-limiter.js';

describe('window limiter', () => {
  it('allows max hits per key per window and resets with the next window', () => {
    let t = 0;
    const l = createWindowLimiter({ max: 2, windowMs: 1000, now: () => t });
    expect([l.hit('a'), l.hit('a'), l.hit('a'), l.hit('b')]).toEqual([true, true, false, true]);
    t = 999;
    expect(l.hit('a')).toBe(false);
    t = 1000;
    expect(l.hit('a')).toBe(true);
  });
});
