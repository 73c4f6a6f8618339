/**
 * A fixed-window counter per key, in process memory. Used for the per-site agent limit, which is
 * checked only after a signature verified (so nobody can exhaust a site's budget by spoofing its id).
 * With several hub processes each keeps its own window: the effective limit is N × max, which is fine
 * for a flood guard.
 */
export function createWindowLimiter(opts: { max: number; windowMs: number; now: () => number }) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts one hit; false when the key is over its budget for the current window. */
    hit(key: string): boolean {
      const now = opts.now();
      let w = windows.get(key);
      if (!w || now - w.start >= opts.windowMs) {
        w = { start: now, count: 0 };
        windows.set(key, w);
        if (windows.size > 50_000) {
          for (const [k, v] of windows) if (now - v.start >= opts.windowMs) windows.delete(k);
        }
      }
      w.count++;
      return w.count <= opts.max;
    },
  };
}
