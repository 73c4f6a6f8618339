import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';
import { isAbortError } from '../app/api';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  /** True while a request is in flight (also during a reload that keeps the old data on screen). */
  loading: boolean;
  reload: () => void;
  /** Replace the data locally, e.g. after a mutation answered with the new object. */
  setData: (data: T) => void;
}

/**
 * Loads something when `deps` change and cancels the previous request, so a fast typist or a
 * quick page flip never shows an older answer over a newer one. The old data stays visible while
 * the next page loads, which keeps tables from jumping.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted || isAbortError(reason)) return;
        setError(reason);
        setLoading(false);
      },
    );
    return () => controller.abort();
    // `load` changes on every render; callers list what it depends on in `deps`.
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
