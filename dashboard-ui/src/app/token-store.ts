/**
 * Where the sign-in token lives: localStorage under one key, with listeners so the session
 * provider re-renders when the API client drops a rejected token.
 */
export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
  /** Take a value written by another tab (the browser's `storage` event). */
  sync(token: string | null): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export const TOKEN_STORAGE_KEY = 'retainer.token';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function createTokenStore(storage: KeyValueStorage | null, key = TOKEN_STORAGE_KEY): TokenStore {
  // Storage can be missing or throw (private mode, blocked cookies); keep a copy in memory so the
  // session still works for this tab.
  let memory: string | null = safely(() => storage?.getItem(key) ?? null, null);
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  return {
    get: () => memory,
    set(token) {
      memory = token;
      safely(() => storage?.setItem(key, token), undefined);
      notify();
    },
    clear() {
      if (memory === null) return;
      memory = null;
      safely(() => storage?.removeItem(key), undefined);
      notify();
    },
    sync(token) {
      if (token === memory) return;
      memory = token;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export const tokenStore: TokenStore = createTokenStore(browserStorage());

// Signing in or out in one tab does the same in the others.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === TOKEN_STORAGE_KEY || event.key === null) tokenStore.sync(event.newValue);
  });
}
