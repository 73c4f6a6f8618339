import { Button } from '@wordpress/components';
import type { View } from '@wordpress/dataviews';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SiteSummary } from '../../app/api';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { formatCount, pageToCorrect } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { SiteFormModal } from '../sites/SiteFormModal';
import { listSites } from '../sites/sites-api';
import { useSync } from '../sites/use-sync';
import { ClientPicker } from '../clients/ClientPicker';
import { FleetTable } from './FleetTable';
import { fleetQueryToView, loadColumns, saveColumns, viewColumns, viewToFleetQuery, type FleetColumn } from './fleet-view';
import {
  clearFilters,
  fleetQueryToApiParams,
  fleetQueryToSearch,
  hasActiveFilters,
  parseFleetQuery,
  withFilters,
  type FleetQuery,
} from './fleet-query';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Every site at a glance: one server-sorted, server-filtered page at a time. */
export function FleetPage() {
  const { search } = useLocation();
  const query = parseFleetQuery(search);
  const apiParams = fleetQueryToApiParams(query).toString();
  const requested = fleetQueryToSearch(query);
  // Each answer remembers the address it was asked for, so the table can describe what it shows.
  const sites = useResource(
    (signal) => listSites(new URLSearchParams(apiParams), signal).then((page) => ({ search: requested, page })),
    [apiParams],
  );
  const { sync } = useSync();
  const [adding, setAdding] = useState(false);
  const [columns, setColumns] = useState<FleetColumn[]>(() => loadColumns(browserStorage()));

  const setQuery = useCallback((next: FleetQuery, options: { replace?: boolean } = {}) => {
    navigate(paths.fleet(fleetQueryToSearch(next)), options);
  }, []);

  // DataViews reports every change as a whole new view; the address keeps the query part of it.
  const queryRef = useRef(query);
  queryRef.current = query;
  const onChangeView = useCallback(
    (view: View) => {
      const previous = queryRef.current;
      const next = viewToFleetQuery(view, previous);
      const nextColumns = viewColumns(view);
      setColumns((current) => {
        if (current.join() === nextColumns.join()) return current;
        saveColumns(browserStorage(), nextColumns);
        return nextColumns;
      });
      // Typing in the search box replaces the history entry instead of adding one per pause.
      setQuery(next, { replace: next.q !== previous.q });
    },
    [setQuery],
  );
  const onSync = useCallback((site: SiteSummary) => void sync(site.id, site.label || site.url), [sync]);

  // A page past the end (sites removed, an old link): go to the last page that has rows.
  const total = sites.data?.page.total;
  useEffect(() => {
    if (total === undefined || sites.loading) return;
    const page = pageToCorrect(total, query.page, query.pageSize);
    if (page !== null) setQuery({ ...query, page }, { replace: true });
  });

  const filtered = hasActiveFilters(query);
  const data = sites.data?.page;

  // The view DataViews gets describes the rows on screen: while the next page or sort is loading it
  // stays the same object, so the memoised table is not rendered twice for one change. The search
  // text is the exception: it follows the address at once, as it is what the user is typing.
  const shown = sites.data ? parseFleetQuery(sites.data.search) : query;
  const displayed: FleetQuery = { ...shown, q: query.q };
  const viewKey = `${fleetQueryToSearch(displayed)}|${columns.join()}`;
  const view = useMemo(() => fleetQueryToView(displayed, columns), [viewKey]);
  const clearAll = useCallback(() => setQuery(clearFilters(queryRef.current)), [setQuery]);
  const firstPage = useCallback(() => setQuery({ ...queryRef.current, page: 1 }), [setQuery]);
  const empty = useMemo(
    () => (
      <EmptyState title={filtered ? 'No sites match these filters' : 'No sites on this page'}>
        <div className="retainer-button-row">
          <Button variant="secondary" __next40pxDefaultSize onClick={filtered ? clearAll : firstPage}>
            {filtered ? 'Clear filters' : 'Go to the first page'}
          </Button>
        </div>
      </EmptyState>
    ),
    [filtered, clearAll, firstPage],
  );

  let body;
  if (sites.error && !data) {
    body = <ErrorState error={sites.error} onRetry={sites.reload} title="The sites could not be loaded." />;
  } else if (!data) {
    body = <LoadingState label="Loading sites…" />;
  } else if (data.total === 0 && !filtered) {
    body = (
      <EmptyState title="No sites yet — add a client, then a site">
        <p>
          Each site belongs to a client. Add your first client, then add their site and connect it with the Retainer
          Agent plugin.
        </p>
        <div className="retainer-button-row">
          <Link to={paths.newClient()} className="components-button is-primary is-next-40px-default-size">
            Add a client
          </Link>
          <Button variant="secondary" __next40pxDefaultSize onClick={() => setAdding(true)}>
            Add a site
          </Button>
        </div>
        <p className="retainer-muted">
          Moving many sites in? Use <strong>Import sites</strong> on the <Link to={paths.clients()}>Clients</Link> screen to paste them from a spreadsheet.
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        {sites.error ? (
          <ErrorState error={sites.error} onRetry={sites.reload} title="The list could not be refreshed." />
        ) : null}
        <FleetTable
          sites={data.items}
          total={data.total}
          view={view}
          busy={sites.loading}
          onChangeView={onChangeView}
          onSync={onSync}
          empty={empty}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Fleet"
        actions={
          <Button variant="primary" __next40pxDefaultSize onClick={() => setAdding(true)}>
            Add site
          </Button>
        }
      >
        <p className="retainer-page-header__meta" aria-live="polite">
          {data && !sites.loading
            ? `${formatCount(data.total)} ${data.total === 1 ? 'site' : 'sites'}${filtered ? ' match these filters' : ''}`
            : data
              ? 'Updating…'
              : '\u00a0'}
        </p>
      </PageHeader>
      <section className="retainer-filters retainer-filters--single" aria-label="Filter sites by client">
        <ClientPicker
          label="Client"
          placeholder="All clients"
          value={query.clientId}
          onChange={(clientId) => setQuery(withFilters(query, { clientId }))}
        />
      </section>
      {body}
      {adding ? (
        <SiteFormModal
          onClose={() => setAdding(false)}
          onSaved={(site) => {
            setAdding(false);
            navigate(paths.site(site.id));
          }}
        />
      ) : null}
    </>
  );
}
