import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../app/api';
import { applyRunEvent, isRunFinished, withRun } from './run-progress';
import { getRun, readRunStream, type RunDetail, type UpdateRun } from './updates-api';

export interface RunProgress {
  detail: RunDetail | null;
  error: unknown;
  /** True while the stream is open (live updates arriving). */
  live: boolean;
  /** Shows a run state learnt outside the stream (the answer to a cancel). */
  showRun: (run: UpdateRun) => void;
}

const RETRY_MS = 2000;
const MAX_RETRIES = 5;

/**
 * Follows a run: the stream's snapshot first, then each change. A dropped connection resumes from
 * the last event id; after repeated failures the run is loaded once with a plain GET so the screen
 * still shows where it got to.
 */
export function useRunProgress(runId: string): RunProgress {
  const [detail, setDetail] = useState<RunDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  // Shared by the stream and showRun, so a cancel's answer and later events build on each other.
  const currentRef = useRef<RunDetail | null>(null);
  const showRun = useCallback((run: UpdateRun) => {
    currentRef.current = withRun(currentRef.current, run);
    if (currentRef.current) setDetail(currentRef.current);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    let lastId: string | null = null;
    currentRef.current = null;
    let cancelled = false;

    async function follow() {
      for (let attempt = 0; attempt <= MAX_RETRIES && !cancelled; attempt++) {
        try {
          setLive(true);
          lastId = await readRunStream(
            runId,
            (event) => {
              currentRef.current = applyRunEvent(currentRef.current, event);
              if (currentRef.current) setDetail(currentRef.current);
              setError(null);
            },
            { signal: controller.signal, lastEventId: lastId },
          );
          if (currentRef.current && isRunFinished(currentRef.current.run)) break;
        } catch (caught) {
          if (cancelled || isAbortError(caught)) return;
          // 4xx (unknown run, signed out) will not get better by retrying
          if (typeof caught === 'object' && caught && 'status' in caught && (caught as { status: number }).status >= 400 && (caught as { status: number }).status < 500) {
            setError(caught);
            break;
          }
          setError(caught);
        }
        setLive(false);
        if (currentRef.current && isRunFinished(currentRef.current.run)) break;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
      setLive(false);
      if (!cancelled && (!currentRef.current || !isRunFinished(currentRef.current.run))) {
        try {
          const fresh = await getRun(runId, controller.signal);
          currentRef.current = fresh;
          setDetail(fresh);
        } catch (caught) {
          if (!isAbortError(caught)) setError(caught);
        }
      }
    }
    void follow();
    return () => {
      cancelled = true;
      controller.abort();
    };
  }, [runId]);

  return { detail, error, live, showRun };
}
