import { SelectControl } from '@wordpress/components';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { listQueryToApi, listQueryToSearch, parseListQuery, type ListQuery } from '../../lib/list-query';
import { useResource } from '../../lib/use-resource';
import { listBackupFleet, type BackupFleetItem, type BackupVerdict } from './backups-api';
import { EVIDENCE_LABEL, VERDICTS, VERDICT_SHORT, VERDICT_TONE, formatAgeHours } from './backup-presentation';

const PAGE_SIZE = 50;

/** Every site's backup verdict, worst first, with the reasons behind it. */
export function BackupsOverviewPage() {
  const { search } = useLocation();
  const query = parseListQuery(search, VERDICTS);
  const apiKey = JSON.stringify(query);
  const fleet = useResource((signal) => listBackupFleet(listQueryToApi(query, PAGE_SIZE, 'verdict'), signal), [apiKey]);
  const setQuery = (next: ListQuery<BackupVerdict>) => navigate(paths.backups(listQueryToSearch(next)));
  const data = fleet.data;

  return (
    <>
      <PageHeader title="Backups">
        <p className="retainer-page-header__meta">
          A site is only “OK” when a recent offsite backup exists and meets its backup policy.
        </p>
      </PageHeader>
      <section className="retainer-filters retainer-filters--single" aria-label="Filter backups">
        <SelectControl
          label="Verdict"
          value={query.status}
          __next40pxDefaultSize
          options={[{ value: '', label: 'All verdicts' }, ...VERDICTS.map((v) => ({ value: v, label: VERDICT_SHORT[v] }))]}
          onChange={(value: string) => setQuery({ status: value as BackupVerdict | '', page: 1 })}
        />
      </section>
      {fleet.error && !data ? (
        <ErrorState error={fleet.error} onRetry={fleet.reload} title="The backups overview could not be loaded." />
      ) : !data ? (
        <LoadingState label="Loading backups…" />
      ) : data.items.length === 0 ? (
        <EmptyState title={query.status ? 'No sites with this verdict' : 'No sites yet'}>
          <p>{query.status ? 'Choose another verdict to see more sites.' : 'Sites appear here once they are added.'}</p>
        </EmptyState>
      ) : (
        <>
          <BackupsTable items={data.items} busy={fleet.loading} />
          <Pagination total={data.total} page={query.page} pageSize={PAGE_SIZE} rowsOnPage={data.items.length} noun="sites" onPage={(page) => setQuery({ ...query, page })} busy={fleet.loading} />
        </>
      )}
    </>
  );
}

function BackupsTable({ items, busy }: { items: BackupFleetItem[]; busy: boolean }) {
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table" data-testid="backups-overview-table" aria-busy={busy}>
        <caption className="retainer-visually-hidden">Backup verdict of every site, worst first</caption>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Verdict</th>
            <th scope="col">Why</th>
            <th scope="col">Newest offsite</th>
            <th scope="col" className="retainer-col-optional">Proof</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.site_id} data-testid="backups-row">
              <td>
                <Link to={paths.site(item.site_id)}>{item.label || item.url}</Link>
                <span className="retainer-fleet-table__url">{item.url}</span>
              </td>
              <td>
                <Badge tone={VERDICT_TONE[item.verdict]}>{VERDICT_SHORT[item.verdict]}</Badge>
              </td>
              <td>{item.reasons.length > 0 ? item.reasons.map((r) => r.message).join('; ') : <span className="retainer-muted">—</span>}</td>
              <td>
                {item.newest_offsite_at ? (
                  <>
                    <RelativeTime value={item.newest_offsite_at} />
                    <span className="retainer-visually-hidden"> ({formatAgeHours(item.newest_offsite_age_h)} old)</span>
                  </>
                ) : (
                  <span className="retainer-muted">None known</span>
                )}
              </td>
              <td className="retainer-col-optional">{item.evidence ? EVIDENCE_LABEL[item.evidence] : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
