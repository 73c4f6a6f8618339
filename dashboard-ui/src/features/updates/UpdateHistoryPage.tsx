import './updates.css';
import { Button, SelectControl, TextControl } from '@wordpress/components';
import { useState } from 'react';
import { Link, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { explainReason, ITEM_TYPE_LABELS, versionChange } from './update-presentation';
import { listUpdateEvents, type HistoryEvent, type HistoryQuery } from './updates-api';

const OUTCOMES: Record<HistoryEvent['outcome'], { label: string; tone: 'success' | 'warning' | 'error' | 'neutral' }> = {
  updated: { label: 'Updated', tone: 'success' },
  rolled_back: { label: 'Rolled back', tone: 'warning' },
  failed: { label: 'Failed', tone: 'error' },
  skipped: { label: 'Skipped', tone: 'neutral' },
};

/**
 * Every update applied (or refused) on the fleet, newest first. `?site_id=` narrows it to one site:
 * that is the address the site screen links to.
 */
export function UpdateHistoryPage() {
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const siteId = params.get('site_id') ?? '';
  const [month, setMonth] = useState(params.get('month') ?? '');
  const [outcome, setOutcome] = useState(params.get('outcome') ?? '');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : '';
  const query: HistoryQuery = { limit: 100, ...(siteId ? { site_id: siteId } : {}), ...(validMonth ? { month: validMonth } : {}), ...(outcome ? { outcome: outcome as HistoryEvent['outcome'] } : {}), ...(cursor ? { cursor } : {}) };
  const events = useResource((signal) => listUpdateEvents(query, signal), [siteId, validMonth, outcome, cursor]);
  const data = events.data;
  const siteLabel = siteId ? data?.events[0]?.site_label : undefined;

  let body;
  if (events.error && !data) body = <ErrorState error={events.error} onRetry={events.reload} title="The update history could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading update history…" />;
  else if (data.events.length === 0) body = <EmptyState title="No updates recorded for this view" />;
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="update-history-table" aria-busy={events.loading}>
          <caption className="retainer-visually-hidden">Update history</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              {siteId ? null : <th scope="col">Site</th>}
              <th scope="col">Item</th>
              <th scope="col">Version</th>
              <th scope="col">Outcome</th>
              <th scope="col" className="retainer-col-optional">Details</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((e) => (
              <tr key={e.event_id}>
                <td>
                  <RelativeTime value={e.finished_at} />
                </td>
                {siteId ? null : (
                  <td>
                    <Link to={paths.updateHistory(e.site_id)}>{e.site_label}</Link>
                  </td>
                )}
                <td>
                  <strong>{e.item_name}</strong> <span className="retainer-muted">{ITEM_TYPE_LABELS[e.item_type]}</span> {e.security ? <Badge tone="error">Security</Badge> : null}
                </td>
                <td className="retainer-nowrap">{versionChange(e.from_version, e.to_version)}</td>
                <td>
                  <Badge tone={OUTCOMES[e.outcome].tone}>{OUTCOMES[e.outcome].label}</Badge>
                </td>
                <td className="retainer-col-optional">
                  {explainReason(e.reason_code, e.reason) ?? ''} {e.run_id ? <Link to={paths.updateRun(e.run_id)}>Run</Link> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader title={siteId ? `Update history${siteLabel ? ` of ${siteLabel}` : ''}` : 'Update history'} actions={<Link to={paths.updates()}>Update center</Link>}>
        {siteId ? (
          <p className="retainer-page-header__meta">
            <Link to={paths.site(siteId)}>Back to the site</Link> · <Link to={paths.updateHistory()}>Whole fleet</Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="retainer-filters">
        <TextControl label="Month (YYYY-MM)" value={month} placeholder="2026-05" onChange={(v) => { setMonth(v); setCursors([]); }} />
        <SelectControl
          label="Outcome"
          value={outcome}
          options={[{ value: '', label: 'Any outcome' }, ...Object.entries(OUTCOMES).map(([value, o]) => ({ value, label: o.label }))]}
          onChange={(v) => {
            setOutcome(v);
            setCursors([]);
          }}
          __next40pxDefaultSize
        />
      </div>
      {body}
      <div className="retainer-button-row">
        <Button variant="secondary" __next40pxDefaultSize disabled={cursors.length === 0} accessibleWhenDisabled onClick={() => setCursors((c) => c.slice(0, -1))}>
          Newer
        </Button>
        <Button variant="secondary" __next40pxDefaultSize disabled={!data?.next_cursor} accessibleWhenDisabled onClick={() => data?.next_cursor && setCursors((c) => [...c, data.next_cursor!])}>
          Older
        </Button>
      </div>
    </>
  );
}
