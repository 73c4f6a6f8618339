import { useState } from 'react';
import { useNotify } from '../app/notices';

/**
 * The state behind "click → confirm dialog → do it": which item is being confirmed, whether the
 * action runs, and why it failed. `action` returns the confirmation to announce; `onDone` runs after
 * a success (typically reloading the list). The dialog closes either way; a failure stays to be shown.
 */
export function useConfirmedAction<T>(action: (target: T) => Promise<string>, onDone: () => void) {
  const notify = useNotify();
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function confirm() {
    if (target === null) return;
    setBusy(true);
    setFailure(null);
    try {
      notify(await action(target));
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setTarget(null);
    }
  }

  return { target, ask: (t: T) => setTarget(t), cancel: () => setTarget(null), confirm: () => void confirm(), busy, failure };
}
