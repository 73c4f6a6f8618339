import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, LoadingState } from '../../components/StateViews';
import type { Resource } from '../../lib/use-resource';
import { useResource } from '../../lib/use-resource';
import { IncidentsTable } from './IncidentsTable';
import { UptimeChart } from './UptimeChart';
import { getMonitor, listRollups, type IncidentList } from './uptime-api';
import { fillDays, lastDays } from './uptime-chart';
import { MONITOR_STATUS_LABEL, MONITOR_STATUS_TONE } from './uptime-presentation';

const CHART_DAYS = 30;

/** The site's monitor now, 30 days of daily uptime and its latest incidents. */
export function UptimeSection({ siteId, incidents }: { siteId: string; incidents: Resource<IncidentList> }) {
  const monitor = useResource((signal) => getMonitor(siteId, signal), [siteId]);
  const days = lastDays(Date.now(), CHART_DAYS);
  const from = days[0]!;
  const to = days.at(-1)!;
  const rollups = useResource((signal) => listRollups(siteId, from, to, signal), [siteId, from, to]);

  const m = monitor.data;
  return (
    <section className="retainer-panel" aria-labelledby="uptime-title" data-testid="uptime-section">
      <div className="retainer-panel__header">
        <h2 id="uptime-title">Uptime</h2>
        {m ? (
          <Badge tone={m.paused ? 'neutral' : MONITOR_STATUS_TONE[m.status]} testId="monitor-status">
            {m.paused ? 'Paused' : MONITOR_STATUS_LABEL[m.status]}
          </Badge>
        ) : null}
      </div>
      {monitor.error && !m ? (
        <ErrorState error={monitor.error} onRetry={monitor.reload} title="The monitor could not be loaded." />
      ) : !m ? (
        <LoadingState label="Loading uptime…" />
      ) : (
        <dl className="retainer-facts">
          <dt>Checked address</dt>
          <dd>{m.effective_url}</dd>
          <dt>Every</dt>
          <dd>{m.interval_s >= 60 ? `${Math.round(m.interval_s / 60)} min` : `${m.interval_s} s`}</dd>
          <dt>Last check</dt>
          <dd>
            <RelativeTime value={m.last_check_at} />
          </dd>
          {m.tls_expires_at ? (
            <>
              <dt>Certificate expires</dt>
              <dd>
                <RelativeTime value={m.tls_expires_at} />
              </dd>
            </>
          ) : null}
        </dl>
      )}

      <h3>Last {CHART_DAYS} days</h3>
      {rollups.error && !rollups.data ? (
        <ErrorState error={rollups.error} onRetry={rollups.reload} title="The uptime history could not be loaded." />
      ) : !rollups.data ? (
        <LoadingState label="Loading uptime history…" />
      ) : (
        <UptimeChart points={fillDays(days, rollups.data.items)} />
      )}

      <h3>Incidents</h3>
      {incidents.error && !incidents.data ? (
        <ErrorState error={incidents.error} onRetry={incidents.reload} title="The incidents could not be loaded." />
      ) : !incidents.data ? (
        <LoadingState label="Loading incidents…" />
      ) : incidents.data.items.length === 0 ? (
        <p className="retainer-muted">No incidents recorded for this site.</p>
      ) : (
        <>
          <IncidentsTable items={incidents.data.items} caption="Latest incidents of this site, newest first" />
          {incidents.data.total > incidents.data.items.length ? (
            <p className="retainer-muted">
              Showing the latest {incidents.data.items.length} of {incidents.data.total} incidents.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
