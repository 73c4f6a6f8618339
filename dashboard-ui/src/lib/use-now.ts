import { useSyncExternalStore } from 'react';

/**
 * One shared clock per interval: every "3 min ago" on screen reads the same `now` and a page of 100
 * rows runs one timer and one batched re-render every 30 s, not one of each per cell.
 */
interface Clock {
  now: number;
  listeners: Set<() => void>;
  timer: number | undefined;
}

const clocks = new Map<number, Clock>();

function clockFor(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set(), timer: undefined };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribe(intervalMs: number, listener: () => void): () => void {
  const clock = clockFor(intervalMs);
  clock.listeners.add(listener);
  if (clock.timer === undefined) {
    clock.timer = window.setInterval(() => {
      clock.now = Date.now();
      for (const notify of clock.listeners) notify();
    }, intervalMs);
  }
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0 && clock.timer !== undefined) {
      window.clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

/** The current time, refreshed every `intervalMs`, so "3 min ago" labels keep up on their own. */
export function useNow(intervalMs = 30_000): number {
  return useSyncExternalStore(subscriberFor(intervalMs), () => snapshot(intervalMs));
}

// A stable subscribe function per interval, so React does not resubscribe on every render.
const subscribers = new Map<number, (listener: () => void) => () => void>();
function subscriberFor(intervalMs: number) {
  let fn = subscribers.get(intervalMs);
  if (!fn) {
    fn = (listener) => subscribe(intervalMs, listener);
    subscribers.set(intervalMs, fn);
  }
  return fn;
}

/** Stable between ticks (as useSyncExternalStore requires); a clock nobody watched catches up. */
function snapshot(intervalMs: number): number {
  const clock = clockFor(intervalMs);
  if (clock.timer === undefined && Date.now() - clock.now >= intervalMs) clock.now = Date.now();
  return clock.now;
}
