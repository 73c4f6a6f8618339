import { describe, expect, it, vi } from 'vitest';
import { createTokenStore } from './token-store';

describe('createTokenStore', () => {
  it('reads, writes and clears the token, notifying listeners on change only', () => {
    const data = new Map<string, string>([['retainer.token', 'a']]);
    const store = createTokenStore({
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);

    expect(store.get()).toBe('a');
    store.set('b');
    expect(data.get('retainer.token')).toBe('b');
    store.clear();
    store.clear();
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    store.set('c');
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps working in memory when storage throws', () => {
    const store = createTokenStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    });
    expect(store.get()).toBeNull();
    store.set('t');
    expect(store.get()).toBe('t');
  });
});
