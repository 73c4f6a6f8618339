import { SelectControl } from '@wordpress/components';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { listQueryToApi, listQueryToSearch, parseListQuery, type ListQuery } from '../../lib/list-query';
import { formatCount } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { listUptimeFleet, type MonitorStatus, type UptimeFleetItem } from './uptime-api';
import { formatPct } from './uptime-chart';
import { INCIDENT_KIND_LABEL, MONITOR_STATUS_LABEL, MONITOR_STATUS_TONE } from './uptime-presentation';

const STATUSES: readonly MonitorStatus[] = ['down', 'degraded', 'up', 'unknown'];
const PAGE_SIZE = 50;

/** Every site's monitor: down sites first, uptime over 24 h and 30 days, the last incident. */
export function UptimeOverviewPage() {
  const { search } = useLocation();
  const query = parseListQuery(search, STATUSES);
  const apiKey = JSON.stringify(query);
  const fleet = useResource((signal) => listUptimeFleet(listQueryToApi(query, PAGE_SIZE, 'status'), signal), [apiKey]);
  const setQuery = (next: ListQuery<MonitorStatus>) => navigate(paths.uptime(listQueryToSearch(next)));
  const data = fleet.data;

  return (
    <>
      <PageHeader title="Uptime">
        <p className="retainer-page-header__meta">The hub checks every connected site from outside, the way a visitor would.</p>
      </PageHeader>
      {data ? (
        <ul className="retainer-counts" aria-label="Sites by status">
          <li><Badge tone="error">{`${formatCount(data.counts.down)} down`}</Badge></li>
          <li><Badge tone="warning">{`${formatCount(data.counts.degraded)} slow`}</Badge></li>
          <li><Badge tone="success">{`${formatCount(data.counts.up)} up`}</Badge></li>
          <li><Badge tone="neutral">{`${formatCount(data.counts.unknown)} not checked yet`}</Badge></li>
          <li><Badge tone="neutral">{`${formatCount(data.counts.paused)} paused`}</Badge></li>
        </ul>
      ) : null}
      <section className="retainer-filters retainer-filters--single" aria-label="Filter monitors">
        <SelectControl
          label="Status"
          value={query.status}
          __next40pxDefaultSize
          options={[{ value: '', label: 'All statuses' }, ...STATUSES.map((s) => ({ value: s, label: MONITOR_STATUS_LABEL[s] }))]}
          onChange={(value: string) => setQuery({ status: value as MonitorStatus | '', page: 1 })}
        />
      </section>
      {fleet.error && !data ? (
        <ErrorState error={fleet.error} onRetry={fleet.reload} title="The uptime overview could not be loaded." />
      ) : !data ? (
        <LoadingState label="Loading uptime…" />
      ) : data.items.length === 0 ? (
        <EmptyState title={query.status ? 'No sites with this status' : 'No monitored sites yet'}>
          <p>{query.status ? 'Choose another status to see more sites.' : 'Each site gets a monitor as soon as it is added; the first checks follow within minutes.'}</p>
        </EmptyState>
      ) : (
        <>
          <UptimeTable items={data.items} busy={fleet.loading} />
          <Pagination total={data.total} page={query.page} pageSize={PAGE_SIZE} rowsOnPage={data.items.length} noun="sites" onPage={(page) => setQuery({ ...query, page })} busy={fleet.loading} />
        </>
      )}
    </>
  );
}

function UptimeTable({ items, busy }: { items: UptimeFleetItem[]; busy: boolean }) {
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table" data-testid="uptime-table" aria-busy={busy}>
        <caption className="retainer-visually-hidden">Uptime of every site, down sites first</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Status</th>
            <th scope="col" className="retainer-num">24 hours</th>
            <th scope="col" className="retainer-num">30 days</th>
            <th scope="col" className="retainer-num retainer-col-optional">Response</th>
            <th scope="col">Last check</th>
            <th scope="col">Last incident</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const incident = item.open_incident ?? item.last_incident;
            return (
              <tr key={item.site_id} data-testid="uptime-row">
                <td>
                  <Link to={paths.site(item.site_id)}>{item.label || item.url}</Link>
                  <span className="retainer-fleet-table__url">{item.url}</span>
                </td>
                <td>
                  <Badge tone={item.paused ? 'neutral' : MONITOR_STATUS_TONE[item.status]}>
                    {item.paused ? 'Paused' : item.in_maintenance ? `${MONITOR_STATUS_LABEL[item.status]} (maintenance)` : MONITOR_STATUS_LABEL[item.status]}
                  </Badge>
                </td>
                <td className="retainer-num">{formatPct(item.uptime_24h)}</td>
                <td className="retainer-num">{formatPct(item.uptime_30d)}</td>
                <td className="retainer-num retainer-col-optional">{item.response_ms === null ? '—' : `${item.response_ms} ms`}</td>
                <td>
                  <RelativeTime value={item.last_check_at} />
                </td>
                <td>
                  {incident ? (
                    <>
                      {INCIDENT_KIND_LABEL[incident.kind] ?? incident.kind}
                      {item.open_incident ? <strong> — ongoing</strong> : <> — <RelativeTime value={incident.started_at} /></>}
                    </>
                  ) : (
                    <span className="retainer-muted">None</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
