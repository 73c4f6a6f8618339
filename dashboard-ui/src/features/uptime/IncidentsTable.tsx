import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import type { Incident } from './uptime-api';
import { INCIDENT_KIND_LABEL, describeIncidentDuration } from './uptime-presentation';

export function IncidentsTable({ items, caption }: { items: readonly Incident[]; caption: string }) {
  const now = useNow();
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table" data-testid="incidents-table">
        <caption className="retainer-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Incident</th>
            <th scope="col">Cause</th>
            <th scope="col">Started</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {items.map((incident) => (
            <tr key={incident.id}>
              <td>
                <Badge tone={incident.resolved_at ? 'neutral' : 'error'}>{INCIDENT_KIND_LABEL[incident.kind] ?? incident.kind}</Badge>
              </td>
              <td>
                {incident.cause}
                {incident.detail ? <span className="retainer-muted"> — {incident.detail}</span> : null}
              </td>
              <td>
                <RelativeTime value={incident.started_at} />
                <span className="retainer-visually-hidden"> ({formatDateTime(incident.started_at)})</span>
              </td>
              <td>{describeIncidentDuration(incident, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
