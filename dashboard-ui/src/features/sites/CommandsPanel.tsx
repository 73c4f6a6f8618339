import { Button } from '@wordpress/components';
import { useEffect, useRef } from 'react';
import type { Command } from '../../app/api';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import {
  COMMAND_STATUS_LABEL,
  COMMAND_STATUS_TONE,
  commandPollDelay,
  describeCommandProgress,
  isCommandFinished,
} from './site-presentation';
import { listCommands } from './sites-api';

const COMMAND_LABEL: Record<string, string> = { sync: 'Sync' };

/**
 * "Sync now" and the site's recent commands. While a command is still on its way the list
 * refreshes every few seconds; when one finishes, `onCommandFinished` lets the page reload the
 * inventory the site just reported.
 */
export function CommandsPanel({
  siteId,
  canSync,
  syncing,
  onSync,
  refreshKey,
  onCommandFinished,
}: {
  siteId: string;
  canSync: boolean;
  syncing: boolean;
  onSync: () => void;
  /** Changes when a command was just queued, to show it at once. */
  refreshKey: number;
  onCommandFinished: () => void;
}) {
  const commands = useResource((signal) => listCommands(siteId, signal), [siteId, refreshKey]);
  const items = commands.data?.items ?? [];

  // Poll while something is in flight and the tab is visible: quickly at first, then slower.
  const { reload } = commands;
  const data = commands.data;
  const failed = commands.error;
  useEffect(() => {
    const delay = commandPollDelay(data?.items ?? [], Date.now());
    if (delay === null) return;
    let timer = 0;
    const tick = () => {
      if (document.visibilityState === 'visible') reload();
      else timer = window.setTimeout(tick, delay);
    };
    timer = window.setTimeout(tick, delay);
    return () => window.clearTimeout(timer);
    // `failed` is listed so that polling goes on after a failed refresh (the data stays the same).
  }, [data, failed, reload]);

  // Tell the page when a command that was in flight has finished.
  const inFlight = useRef<Set<string>>(new Set());
  const finishedRef = useRef(onCommandFinished);
  finishedRef.current = onCommandFinished;
  useEffect(() => {
    if (!data) return;
    const finishedNow = data.items.some((c) => inFlight.current.has(c.command_id) && isCommandFinished(c.status));
    inFlight.current = new Set(data.items.filter((c) => !isCommandFinished(c.status)).map((c) => c.command_id));
    if (finishedNow) finishedRef.current();
  }, [data]);

  return (
    <section className="retainer-panel" aria-labelledby="commands-title">
      <div className="retainer-panel__header">
        <h2 id="commands-title">Commands</h2>
        <Button
          variant="secondary"
          __next40pxDefaultSize
          onClick={onSync}
          disabled={!canSync || syncing}
          accessibleWhenDisabled
          isBusy={syncing}
          data-testid="sync-now"
        >
          Sync now
        </Button>
      </div>
      {!canSync ? <p className="retainer-muted">Only a connected site can receive commands.</p> : null}
      {commands.error && !commands.data ? (
        <ErrorState error={commands.error} onRetry={commands.reload} title="The commands could not be loaded." />
      ) : !commands.data ? (
        <LoadingState label="Loading commands…" />
      ) : items.length === 0 ? (
        <p className="retainer-muted">No commands sent to this site yet.</p>
      ) : (
        <CommandTable items={items} />
      )}
    </section>
  );
}

function CommandTable({ items }: { items: Command[] }) {
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table" data-testid="commands-table">
        <caption className="retainer-visually-hidden">Recent commands, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Command</th>
            <th scope="col">Status</th>
            <th scope="col">Requested</th>
            <th scope="col">Finished</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {items.map((command) => (
            <tr key={command.command_id}>
              <td>{COMMAND_LABEL[command.type] ?? command.type}</td>
              <td>
                <Badge tone={COMMAND_STATUS_TONE[command.status] ?? 'neutral'}>
                  {COMMAND_STATUS_LABEL[command.status] ?? command.status}
                </Badge>
              </td>
              <td>
                <RelativeTime value={command.created_at} />
              </td>
              <td>
                <RelativeTime value={command.finished_at} fallback="—" />
              </td>
              <td className="retainer-result">{describeCommandProgress(command)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
