import './updates.css';
import { Button } from '@wordpress/components';
import { useState } from 'react';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { runStatusView } from './update-presentation';
import { listRuns } from './updates-api';

const PAGE = 50;

/** Every update run, newest first, with its outcome counts. */
export function UpdateRunsPage() {
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const runs = useResource((signal) => listRuns({ limit: PAGE, ...(cursor ? { cursor } : {}) }, signal), [cursor]);
  const data = runs.data;

  let body;
  if (runs.error && !data) body = <ErrorState error={runs.error} onRetry={runs.reload} title="The runs could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading runs…" />;
  else if (data.runs.length === 0)
    body = (
      <EmptyState title="No update runs yet">
        <p>
          Pick updates in the <Link to={paths.updates()}>update center</Link> and start a run.
        </p>
      </EmptyState>
    );
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="runs-table" aria-busy={runs.loading}>
          <caption className="retainer-visually-hidden">Update runs</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col" className="retainer-num">Sites</th>
              <th scope="col" className="retainer-num">Updated</th>
              <th scope="col" className="retainer-num">Rolled back</th>
              <th scope="col" className="retainer-num">Failed</th>
              <th scope="col" className="retainer-num retainer-col-optional">Held</th>
            </tr>
          </thead>
          <tbody>
            {data.runs.map((run) => (
              <tr key={run.id}>
                <td>
                  <Link to={paths.updateRun(run.id)}>
                    <RelativeTime value={run.started_at ?? run.created_at} />
                  </Link>
                </td>
                <td>
                  <Badge tone={runStatusView(run).tone}>{runStatusView(run).label}</Badge>
                </td>
                <td className="retainer-num">{run.counts.sites}</td>
                <td className="retainer-num">{run.counts.updated}</td>
                <td className="retainer-num">{run.counts.rolled_back}</td>
                <td className="retainer-num">{run.counts.failed}</td>
                <td className="retainer-num retainer-col-optional">{run.counts.skipped_held}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader title="Update runs" actions={<Link to={paths.updates()}>Update center</Link>} />
      {body}
      <div className="retainer-button-row">
        <Button variant="secondary" __next40pxDefaultSize disabled={cursors.length === 0} accessibleWhenDisabled onClick={() => setCursors((c) => c.slice(0, -1))}>
          Newer runs
        </Button>
        <Button variant="secondary" __next40pxDefaultSize disabled={!data?.next_cursor} accessibleWhenDisabled onClick={() => data?.next_cursor && setCursors((c) => [...c, data.next_cursor!])}>
          Older runs
        </Button>
      </div>
    </>
  );
}
