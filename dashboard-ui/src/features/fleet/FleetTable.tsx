import { DataViews, type Action, type Field, type View } from '@wordpress/dataviews';
import { memo, useMemo, type ReactNode } from 'react';
import type { SiteSummary } from '../../app/api';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { RelativeTime } from '../../components/RelativeTime';
import { SiteStatusBadge } from '../sites/SiteStatusBadge';
import { SITE_STATUS_LABEL, canSync, describeUpdates } from '../sites/site-presentation';
import { Badge } from '../../components/StatusBadge';
import { BACKUP_STATE_LABEL, BACKUP_STATE_TONE, UPTIME_STATE_LABEL, UPTIME_STATE_TONE } from './fleet-health';
import { BACKUP_STATES, PAGE_SIZES, SITE_STATUSES, UPTIME_STATES } from './fleet-query';
import { HAS_UPDATES } from './fleet-view';

function Version({ value }: { value: string | null }) {
  return value ? <>{value}</> : <span className="retainer-muted" aria-label="Not reported yet">—</span>;
}

function UpdatesCell({ site }: { site: SiteSummary }): ReactNode {
  if (site.updates.total > 0) {
    const updates = describeUpdates(site.updates);
    return (
      <span className="retainer-updates-count" title={updates}>
        {site.updates.total}
        <span className="retainer-visually-hidden"> pending: {updates}</span>
      </span>
    );
  }
  if (site.last_report_at) return <span className="retainer-muted">0</span>;
  return (
    <span className="retainer-muted" aria-label="Not reported yet">
      —
    </span>
  );
}

/**
 * Field definitions for DataViews. Sorting and filtering happen on the hub, so the fields only
 * say which columns can be sorted or filtered and how a cell looks; `getValue` is what DataViews
 * shows in its filter and column menus.
 */
const FIELDS: Field<SiteSummary>[] = [
  {
    id: 'label',
    label: 'Site',
    enableHiding: false,
    enableGlobalSearch: true,
    getValue: ({ item }) => item.label || item.url,
    render: ({ item }) => <span className="retainer-fleet-table__label">{item.label || item.url}</span>,
  },
  {
    id: 'url',
    label: 'Address',
    enableHiding: false,
    enableGlobalSearch: true,
    getValue: ({ item }) => item.url,
    render: ({ item }) => (
      <span className="retainer-fleet-table__url" title={item.url}>
        {item.url}
      </span>
    ),
  },
  { id: 'client', label: 'Client', getValue: ({ item }) => item.client_name },
  {
    id: 'status',
    label: 'Status',
    elements: SITE_STATUSES.map((status) => ({ value: status, label: SITE_STATUS_LABEL[status] })),
    filterBy: { operators: ['is'], isPrimary: true },
    enableSorting: false,
    getValue: ({ item }) => item.status,
    render: ({ item }) => <SiteStatusBadge status={item.status} />,
  },
  {
    id: 'uptime',
    label: 'Uptime',
    elements: UPTIME_STATES.map((state) => ({ value: state, label: UPTIME_STATE_LABEL[state] })),
    filterBy: { operators: ['is'] },
    enableSorting: false,
    getValue: ({ item }) => item.health.uptime,
    render: ({ item }) => (
      <span className="retainer-badges">
        <Badge tone={UPTIME_STATE_TONE[item.health.uptime]}>{UPTIME_STATE_LABEL[item.health.uptime]}</Badge>
        {item.health.agent_silent ? <Badge tone="warning" title="The agent stopped reporting">Agent silent</Badge> : null}
      </span>
    ),
  },
  {
    id: 'backup',
    label: 'Backup',
    elements: BACKUP_STATES.map((state) => ({ value: state, label: BACKUP_STATE_LABEL[state] })),
    filterBy: { operators: ['is'] },
    enableSorting: false,
    getValue: ({ item }) => item.health.backup,
    render: ({ item }) => <Badge tone={BACKUP_STATE_TONE[item.health.backup]}>{BACKUP_STATE_LABEL[item.health.backup]}</Badge>,
  },
  { id: 'wp_version', label: 'WordPress', getValue: ({ item }) => item.wp_version ?? '', render: ({ item }) => <Version value={item.wp_version} /> },
  { id: 'php_version', label: 'PHP', enableSorting: false, getValue: ({ item }) => item.php_version ?? '', render: ({ item }) => <Version value={item.php_version} /> },
  { id: 'agent_version', label: 'Agent', enableSorting: false, getValue: ({ item }) => item.agent_version ?? '', render: ({ item }) => <Version value={item.agent_version} /> },
  {
    id: 'last_report_at',
    label: 'Last report',
    getValue: ({ item }) => item.last_report_at ?? '',
    render: ({ item }) => <RelativeTime value={item.last_report_at} />,
  },
  {
    id: 'updates_pending',
    label: 'Updates',
    elements: [{ value: HAS_UPDATES, label: 'Has pending updates' }],
    filterBy: { operators: ['is'], isPrimary: true },
    getValue: ({ item }) => (item.updates.total > 0 ? HAS_UPDATES : 'no'),
    render: ({ item }) => <UpdatesCell site={item} />,
  },
];

const LAYOUTS = { table: {} };
const CONFIG = { perPageSizes: [...PAGE_SIZES] };

function SiteLink({ item, ...props }: { item: SiteSummary } & React.AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <Link {...props} to={paths.site(item.id)} />;
}

interface TableProps {
  sites: SiteSummary[];
  total: number;
  /** The view of the rows on screen (see FleetPage): a stable object while the next rows load. */
  view: View;
  onChangeView: (view: View) => void;
  onSync: (site: SiteSummary) => void;
  /** What to show when the page has no rows. */
  empty: ReactNode;
}

/**
 * The fleet page's table. Loading only dims it (through `aria-busy` on the wrapper) instead of
 * going through DataViews' `isLoading`, so a page or sort change renders the rows once, when the
 * new ones arrive, rather than once more for the loading state.
 */
export function FleetTable({ busy, ...props }: TableProps & { busy: boolean }) {
  return (
    <div className="retainer-fleet" data-testid="fleet-table" aria-busy={busy}>
      <FleetDataViews {...props} />
    </div>
  );
}

const FleetDataViews = memo(function FleetDataViews({ sites, total, view, onChangeView, onSync, empty }: TableProps) {
  // One primary action only: the site's title is already the link to its details, and a second
  // action would add a menu to every row (a noticeable cost when rendering a page of 100 sites).
  const actions = useMemo<Action<SiteSummary>[]>(
    () => [
      {
        id: 'sync',
        label: 'Sync now',
        isPrimary: true,
        isEligible: (site) => canSync(site.status),
        callback: ([site]) => site && onSync(site),
      },
    ],
    [onSync],
  );
  const pageCount = Math.max(1, Math.ceil(total / (view.perPage ?? PAGE_SIZES[0])));
  const paginationInfo = useMemo(() => ({ totalItems: total, totalPages: pageCount }), [total, pageCount]);
  return (
    <DataViews<SiteSummary>
      data={sites}
      fields={FIELDS}
      view={view}
      onChangeView={onChangeView}
      actions={actions}
      getItemId={getItemId}
      paginationInfo={paginationInfo}
      defaultLayouts={LAYOUTS}
      config={CONFIG}
      search
      searchLabel="Search sites by label or address"
      isItemClickable={isClickable}
      renderItemLink={SiteLink}
      empty={empty}
    />
  );
});

const getItemId = (site: SiteSummary) => site.id;
const isClickable = () => true;
