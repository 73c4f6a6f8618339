import { Button } from '@wordpress/components';
import type { SiteSummary } from '../../app/api';
import { Link, navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { RelativeTime } from '../../components/RelativeTime';
import { SiteStatusBadge } from '../sites/SiteStatusBadge';
import { canSync, describeUpdates } from '../sites/site-presentation';
import type { FleetQuery, SortKey } from './fleet-query';

const SORT_LABEL: Record<SortKey, string> = {
  label: 'label',
  url: 'address',
  client: 'client',
  last_report_at: 'last report',
  wp_version: 'WordPress version',
  updates_pending: 'pending updates',
};

function SortButton({
  query,
  sortKey,
  children,
  onSort,
}: {
  query: FleetQuery;
  sortKey: SortKey;
  children: string;
  onSort: (key: SortKey) => void;
}) {
  const active = query.sort === sortKey;
  const arrow = active ? (query.order === 'asc' ? '▲' : '▼') : '';
  return (
    <button
      type="button"
      className={`retainer-sort${active ? ' is-active' : ''}`}
      onClick={() => onSort(sortKey)}
      // The accessible name starts with the visible column title (WCAG 2.5.3, "label in name"); the
      // header cell's aria-sort tells the current order.
      aria-label={`${children}: sort by ${SORT_LABEL[sortKey]}${active ? (query.order === 'asc' ? ', now ascending' : ', now descending') : ''}`}
    >
      {children}
      <span aria-hidden="true" className="retainer-sort__arrow">
        {arrow}
      </span>
    </button>
  );
}

function ariaSort(query: FleetQuery, keys: SortKey[]): 'ascending' | 'descending' | undefined {
  if (!keys.includes(query.sort)) return undefined;
  return query.order === 'asc' ? 'ascending' : 'descending';
}

function Version({ value }: { value: string | null }) {
  return value ? <>{value}</> : <span className="retainer-muted" aria-label="Not reported yet">—</span>;
}

export function FleetTable({
  sites,
  query,
  busy,
  onSort,
  onSync,
  isSyncing,
}: {
  sites: SiteSummary[];
  query: FleetQuery;
  busy: boolean;
  onSort: (key: SortKey) => void;
  onSync: (site: SiteSummary) => void;
  isSyncing: (siteId: string) => boolean;
}) {
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table retainer-fleet-table" data-testid="fleet-table" aria-busy={busy}>
        <caption className="retainer-visually-hidden">
          Sites, sorted by {SORT_LABEL[query.sort]} {query.order === 'asc' ? 'ascending' : 'descending'}. Select a
          site to see its details.
        </caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={ariaSort(query, ['label', 'url'])}>
              <SortButton query={query} sortKey="label" onSort={onSort}>
                Site
              </SortButton>
              <span className="retainer-sort__separator" aria-hidden="true">
                /
              </span>
              <SortButton query={query} sortKey="url" onSort={onSort}>
                Address
              </SortButton>
            </th>
            <th scope="col" aria-sort={ariaSort(query, ['client'])}>
              <SortButton query={query} sortKey="client" onSort={onSort}>
                Client
              </SortButton>
            </th>
            <th scope="col">Status</th>
            <th scope="col" aria-sort={ariaSort(query, ['wp_version'])}>
              <SortButton query={query} sortKey="wp_version" onSort={onSort}>
                WordPress
              </SortButton>
            </th>
            <th scope="col" className="retainer-col-optional">
              PHP
            </th>
            <th scope="col" className="retainer-col-optional">
              Agent
            </th>
            <th scope="col" aria-sort={ariaSort(query, ['last_report_at'])}>
              <SortButton query={query} sortKey="last_report_at" onSort={onSort}>
                Last report
              </SortButton>
            </th>
            <th scope="col" aria-sort={ariaSort(query, ['updates_pending'])} className="retainer-num">
              <SortButton query={query} sortKey="updates_pending" onSort={onSort}>
                Updates
              </SortButton>
            </th>
            <th scope="col">
              <span className="retainer-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sites.map((site) => {
            const updates = describeUpdates(site.updates);
            const syncable = canSync(site.status);
            return (
              <tr
                key={site.id}
                data-testid="fleet-row"
                data-site-id={site.id}
                className="retainer-row-link"
                onClick={(event) => {
                  // Clicks on the link and the buttons do their own thing; text selection is not a click.
                  if ((event.target as HTMLElement).closest('a, button')) return;
                  if (window.getSelection()?.toString()) return;
                  navigate(paths.site(site.id));
                }}
              >
                <td>
                  <Link to={paths.site(site.id)} className="retainer-fleet-table__label">
                    {site.label || site.url}
                  </Link>
                  <span className="retainer-fleet-table__url" title={site.url}>
                    {site.url}
                  </span>
                </td>
                <td>{site.client_name}</td>
                <td>
                  <SiteStatusBadge status={site.status} />
                </td>
                <td>
                  <Version value={site.wp_version} />
                </td>
                <td className="retainer-col-optional">
                  <Version value={site.php_version} />
                </td>
                <td className="retainer-col-optional">
                  <Version value={site.agent_version} />
                </td>
                <td>
                  <RelativeTime value={site.last_report_at} />
                </td>
                <td className="retainer-num">
                  {site.updates.total > 0 ? (
                    <span className="retainer-updates-count" title={updates}>
                      {site.updates.total}
                      <span className="retainer-visually-hidden"> pending: {updates}</span>
                    </span>
                  ) : site.last_report_at ? (
                    <span className="retainer-muted">0</span>
                  ) : (
                    <span className="retainer-muted" aria-label="Not reported yet">
                      —
                    </span>
                  )}
                </td>
                <td className="retainer-actions-cell">
                  <Button
                    variant="secondary"
                    size="compact"
                    onClick={() => onSync(site)}
                    disabled={!syncable || isSyncing(site.id)}
                    accessibleWhenDisabled
                    isBusy={isSyncing(site.id)}
                    data-testid="sync-now"
                    aria-label={`Sync now: ${site.label || site.url}`}
                    title={syncable ? 'Ask the site to send a fresh report now' : 'Only connected sites can sync'}
                  >
                    Sync now
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
