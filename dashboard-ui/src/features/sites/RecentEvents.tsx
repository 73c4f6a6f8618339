import type { SiteDetail } from '../../app/api';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { LoadingState } from '../../components/StateViews';
import { formatDateTime } from '../../lib/time';
import { useResource } from '../../lib/use-resource';
import type { SiteBackups } from '../backups/backups-api';
import type { IncidentList } from '../uptime/uptime-api';
import { recentEvents, type EventSource } from './recent-events';
import { listCommands } from './sites-api';

const SOURCE_LABEL: Record<EventSource, string> = { site: 'Site', command: 'Command', uptime: 'Uptime', backups: 'Backups' };

/**
 * A short timeline of what happened to the site. Sections that failed to load simply add
 * nothing here; their own panels show the error.
 */
export function RecentEvents({
  site,
  backups,
  incidents,
  refreshKey,
}: {
  site: SiteDetail;
  backups: SiteBackups | undefined;
  incidents: IncidentList | undefined;
  refreshKey: number;
}) {
  // A finished command makes the page reload the site (its new report): follow that too.
  const commands = useResource((signal) => listCommands(site.id, signal), [site.id, refreshKey, site.last_report_at]);
  const ready = commands.data !== undefined || commands.error;
  const events = recentEvents({
    site,
    commands: commands.data?.items ?? [],
    incidents: incidents?.items ?? [],
    verdictEvents: backups?.events ?? [],
  });
  return (
    <section className="retainer-panel" aria-labelledby="events-title">
      <h2 id="events-title">Recent events</h2>
      {!ready ? (
        <LoadingState label="Loading events…" />
      ) : (
        <ol className="retainer-events" data-testid="recent-events">
          {events.map((e) => (
            <li key={e.key} className="retainer-events__item">
              <span className="retainer-events__time">
                <RelativeTime value={e.at} />
                <span className="retainer-visually-hidden"> ({formatDateTime(e.at)})</span>
              </span>
              <Badge tone={e.tone}>{SOURCE_LABEL[e.source]}</Badge>
              <span className="retainer-events__text">
                <strong>{e.title}</strong>
                {e.detail ? <span className="retainer-muted"> — {e.detail}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
