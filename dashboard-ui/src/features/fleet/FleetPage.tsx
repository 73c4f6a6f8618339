import { Button } from '@wordpress/components';
import { useCallback, useEffect, useState } from 'react';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { ComingSoon, EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { formatCount, pageToCorrect } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { SiteFormModal } from '../sites/SiteFormModal';
import { listSites } from '../sites/sites-api';
import { useSync } from '../sites/use-sync';
import { FleetFilters } from './FleetFilters';
import { FleetTable } from './FleetTable';
import {
  PAGE_SIZES,
  clearFilters,
  fleetQueryToApiParams,
  fleetQueryToSearch,
  hasActiveFilters,
  nextSort,
  parseFleetQuery,
  withFilters,
  type FleetQuery,
  type PageSize,
} from './fleet-query';

/** Every site at a glance: one server-sorted, server-filtered page at a time. */
export function FleetPage() {
  const { search } = useLocation();
  const query = parseFleetQuery(search);
  const apiParams = fleetQueryToApiParams(query).toString();
  const sites = useResource((signal) => listSites(new URLSearchParams(apiParams), signal), [apiParams]);
  const { sync, isSyncing } = useSync();
  const [adding, setAdding] = useState(false);

  const setQuery = useCallback((next: FleetQuery, options: { replace?: boolean } = {}) => {
    navigate(paths.fleet(fleetQueryToSearch(next)), options);
  }, []);

  // A page past the end (sites removed, an old link): go to the last page that has rows.
  const total = sites.data?.total;
  useEffect(() => {
    if (total === undefined || sites.loading) return;
    const page = pageToCorrect(total, query.page, query.pageSize);
    if (page !== null) setQuery({ ...query, page }, { replace: true });
  });

  const filtered = hasActiveFilters(query);
  const data = sites.data;

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
      </EmptyState>
    );
  } else if (data.items.length === 0) {
    body = (
      <EmptyState title={filtered ? 'No sites match these filters' : 'No sites on this page'}>
        <div className="retainer-button-row">
          {filtered ? (
            <Button variant="secondary" __next40pxDefaultSize onClick={() => setQuery(clearFilters(query))}>
              Clear filters
            </Button>
          ) : (
            <Button variant="secondary" __next40pxDefaultSize onClick={() => setQuery({ ...query, page: 1 })}>
              Go to the first page
            </Button>
          )}
        </div>
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
          query={query}
          busy={sites.loading}
          onSort={(key) => setQuery(nextSort(query, key))}
          onSync={(site) => void sync(site.id, site.label || site.url)}
          isSyncing={isSyncing}
        />
        <Pagination
          total={data.total}
          page={query.page}
          pageSize={query.pageSize}
          rowsOnPage={data.items.length}
          noun="sites"
          onPage={(page) => setQuery({ ...query, page })}
          pageSizes={PAGE_SIZES}
          onPageSize={(size) => setQuery(withFilters(query, { pageSize: size as PageSize }))}
          busy={sites.loading}
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
      <FleetFilters
        query={query}
        onChange={(patch, options) => setQuery(withFilters(query, patch), options)}
        onClear={() => setQuery(clearFilters(query))}
      />
      {body}
      <ComingSoon>
        Uptime checks, backup status, safe bulk updates and monthly client reports are not in this version yet; they
        will appear here when the hub supports them.
      </ComingSoon>
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
