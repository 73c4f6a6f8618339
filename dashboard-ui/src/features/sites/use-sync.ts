import { useCallback, useState } from 'react';
import type { Command } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { requestSync } from './sites-api';

/**
 * "Sync now" for any number of sites: tracks which ones have a request in flight and reports the
 * outcome as a notice. `onQueued` lets a screen refresh its command list.
 */
export function useSync(onQueued?: (siteId: string, command: Command) => void) {
  const notify = useNotify();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const sync = useCallback(
    async (siteId: string, siteLabel: string) => {
      setBusy((current) => new Set(current).add(siteId));
      try {
        const command = await requestSync(siteId);
        notify(`Sync requested for ${siteLabel}. The site sends a fresh report when it picks the request up.`);
        onQueued?.(siteId, command);
      } catch (error) {
        notify(`Sync for ${siteLabel} was not requested. ${errorMessage(error)}`);
      } finally {
        setBusy((current) => {
          const next = new Set(current);
          next.delete(siteId);
          return next;
        });
      }
    },
    [notify, onQueued],
  );

  return { sync, isSyncing: (siteId: string) => busy.has(siteId) };
}
