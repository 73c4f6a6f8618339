import './reports.css';
import { Button, SelectControl } from '@wordpress/components';
import { useState } from 'react';
import { useNotify } from '../../app/notices';
import { Link, navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { BrandingPanel } from './BrandingPanel';
import { listClients } from '../clients/clients-api';
import { monthLabel, previousMonth, reportStatusView, rowsPerClient, shiftMonth } from './report-presentation';
import { generateReports, listReports, type ReportStatus } from './reports-api';

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  { value: 'needs_approval', label: 'Needs approval' },
  { value: 'approved', label: 'Approved' },
  { value: 'sent', label: 'Sent' },
  { value: 'failed', label: 'Delivery failed' },
];

/** Monthly reports: one row per client for the chosen month, with its delivery status. */
export function ReportsPage() {
  const notify = useNotify();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const requested = params.get('month') ?? '';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(requested) ? requested : previousMonth(new Date());
  const status = params.get('status') ?? '';
  const reports = useResource((signal) => listReports({ month, limit: 200, offset: 0, ...(status ? { status: status as ReportStatus } : {}) }, signal), [month, status]);
  // Without a status filter the month lists every client, including those with no report yet.
  const clients = useResource((signal) => (status ? Promise.resolve(null) : listClients({ limit: 200, offset: 0 }, signal)), [status]);
  const [generating, setGenerating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showBranding, setShowBranding] = useState(false);

  const go = (next: { month?: string; status?: string }) => {
    const p = new URLSearchParams();
    p.set('month', next.month ?? month);
    const s = next.status ?? status;
    if (s) p.set('status', s);
    navigate(paths.reports(`?${p.toString()}`), { replace: true });
  };

  async function generate() {
    setGenerating(true);
    setError(null);
    try {
      const result = await generateReports(month);
      notify(result.created > 0 ? `${result.created} ${result.created === 1 ? 'report was' : 'reports were'} created for ${monthLabel(month)}.` : 'Every client already has a report for this month.');
      reports.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setGenerating(false);
    }
  }

  const data = reports.data;
  let body;
  if (reports.error && !data) body = <ErrorState error={reports.error} onRetry={reports.reload} title="The reports could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading reports…" />;
  else if (data.items.length === 0 && (clients.data?.items.length ?? 0) === 0)
    body = (
      <EmptyState title={status ? 'No reports with this status' : `No reports for ${monthLabel(month)} yet`}>
        <p>Reports are made on the 1st of each month for the month before. You can also make them now.</p>
      </EmptyState>
    );
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="reports-table" aria-busy={reports.loading}>
          <caption className="retainer-visually-hidden">{`Reports for ${monthLabel(month)}`}</caption>
          <thead>
            <tr>
              <th scope="col">Client</th>
              <th scope="col">Status</th>
              <th scope="col" className="retainer-col-optional">Mode</th>
              <th scope="col" className="retainer-col-optional">Made</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {rowsPerClient(data.items, clients.data?.items ?? []).map((row) => {
              if ('client' in row)
                return (
                  <tr key={row.client.id} data-testid="report-row-missing">
                    <td>
                      <Link to={paths.client(row.client.id)}>{row.client.name}</Link>
                    </td>
                    <td>
                      <Badge tone="neutral">No report yet</Badge>
                    </td>
                    <td className="retainer-col-optional" />
                    <td className="retainer-col-optional" />
                    <td />
                  </tr>
                );
              const r = row.report;
              const view = reportStatusView(r);
              return (
                <tr key={r.id} data-testid="report-row" data-report-id={r.id}>
                  <td>
                    <Link to={paths.report(r.id)}>{r.client_name}</Link>
                  </td>
                  <td>
                    <Badge tone={view.tone}>{view.label}</Badge>
                  </td>
                  <td className="retainer-col-optional">{r.mode === 'auto_send' ? 'Sent automatically' : 'Needs approval'}</td>
                  <td className="retainer-col-optional">
                    <RelativeTime value={r.generated_at} />
                  </td>
                  <td>
                    <RelativeTime value={r.sent_at} fallback="Not yet" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader
        title="Reports"
        actions={
          <>
            <Button variant="secondary" __next40pxDefaultSize onClick={() => setShowBranding((v) => !v)} aria-expanded={showBranding}>
              Branding
            </Button>
            <Button variant="primary" __next40pxDefaultSize isBusy={generating} disabled={generating} accessibleWhenDisabled onClick={() => void generate()}>
              Make missing reports
            </Button>
          </>
        }
      >
        <p className="retainer-page-header__meta" aria-live="polite">
          {data ? `${data.total} ${data.total === 1 ? 'report' : 'reports'} for ${monthLabel(month)}` : '\u00a0'}
        </p>
      </PageHeader>

      {data && data.failed_total > 0 ? (
        <div className="retainer-inline-error" role="alert">
          <p>
            {`${data.failed_total} ${data.failed_total === 1 ? 'report has' : 'reports have'} not reached the client: the delivery gave up.`}{' '}
            <Link to={paths.reports(`?month=${month}&status=failed`)}>Show failed reports</Link>
          </p>
        </div>
      ) : null}

      {showBranding ? <BrandingPanel onClose={() => setShowBranding(false)} /> : null}

      <div className="retainer-filters">
        <div className="retainer-month-nav">
          <Button variant="secondary" __next40pxDefaultSize onClick={() => go({ month: shiftMonth(month, -1) })} aria-label="Previous month">
            ‹
          </Button>
          <strong aria-live="polite">{monthLabel(month)}</strong>
          <Button variant="secondary" __next40pxDefaultSize onClick={() => go({ month: shiftMonth(month, 1) })} aria-label="Next month">
            ›
          </Button>
        </div>
        <SelectControl label="Status" value={status} options={STATUS_OPTIONS} onChange={(s) => go({ status: s })} __next40pxDefaultSize />
      </div>
      <InlineError error={error} />
      {body}
    </>
  );
}
