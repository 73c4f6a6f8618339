import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, LoadingState } from '../../components/StateViews';
import type { Resource } from '../../lib/use-resource';
import { formatDateTime } from '../../lib/time';
import type { SiteBackups } from './backups-api';
import { EVIDENCE_LABEL, VERDICT_HELP, VERDICT_LABEL, VERDICT_TONE, formatAgeHours, formatBytes } from './backup-presentation';

const RECORDS_SHOWN = 10;

/** Backup verdict with its reasons, and the newest backup records the hub knows of. */
export function BackupsSection({ backups }: { backups: Resource<SiteBackups> }) {
  const data = backups.data;
  return (
    <section className="retainer-panel" aria-labelledby="backups-title" data-testid="backups-section">
      <div className="retainer-panel__header">
        <h2 id="backups-title">Backups</h2>
        {data ? (
          <Badge tone={VERDICT_TONE[data.verdict.verdict]} testId="backup-verdict">
            {VERDICT_LABEL[data.verdict.verdict]}
          </Badge>
        ) : null}
      </div>
      {backups.error && !data ? (
        <ErrorState error={backups.error} onRetry={backups.reload} title="The backups could not be loaded." />
      ) : !data ? (
        <LoadingState label="Loading backups…" />
      ) : (
        <BackupsBody data={data} />
      )}
    </section>
  );
}

function BackupsBody({ data }: { data: SiteBackups }) {
  const { verdict } = data;
  const records = data.records.slice(0, RECORDS_SHOWN);
  const check = data.offsite_verification?.result;
  return (
    <>
      <p>{VERDICT_HELP[verdict.verdict]}</p>
      {verdict.reasons.length > 0 ? (
        <ul className="retainer-reasons" aria-label="Reasons for the verdict">
          {verdict.reasons.map((reason) => (
            <li key={reason.code}>
              <Badge tone={reason.severity === 'failing' ? 'error' : reason.severity === 'warning' ? 'warning' : 'neutral'}>
                {reason.severity === 'failing' ? 'Failing' : reason.severity === 'warning' ? 'Warning' : 'Unknown'}
              </Badge>{' '}
              {reason.message}
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="retainer-facts">
        <dt>Newest offsite backup</dt>
        <dd>
          {verdict.newest_offsite_at ? (
            <>
              <RelativeTime value={verdict.newest_offsite_at} /> <span className="retainer-muted">({formatAgeHours(verdict.newest_offsite_age_h)} old)</span>
            </>
          ) : (
            'None known'
          )}
        </dd>
        <dt>Proof</dt>
        <dd>{verdict.evidence ? EVIDENCE_LABEL[verdict.evidence] : '—'}</dd>
        <dt>Last backup report</dt>
        <dd>
          <RelativeTime value={data.last_backups_report_at} />
        </dd>
        <dt>Detected plugins</dt>
        <dd>
          {data.sources && data.sources.some((s) => s.detected)
            ? data.sources.filter((s) => s.detected).map((s) => s.source).join(', ')
            : 'None detected'}
        </dd>
        {data.offsite_verification ? (
          <>
            <dt>Hub’s own check</dt>
            <dd>
              {check ? `${check.status === 'ok' ? 'Matches' : check.status === 'mismatch' ? 'Does not match' : 'Failed'}${check.reason ? ` — ${check.reason}` : ''}` : 'Not run yet'}
              {data.offsite_verification.last_verified_at ? (
                <>
                  {' '}
                  (<RelativeTime value={data.offsite_verification.last_verified_at} />)
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      <h3>Backup records</h3>
      {records.length === 0 ? (
        <p className="retainer-muted">No backups reported yet. The site’s backup plugin reports them with each status report.</p>
      ) : (
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid="backups-table">
            <caption className="retainer-visually-hidden">Newest backups of this site</caption>
            <thead>
              <tr>
                <th scope="col">Finished</th>
                <th scope="col">Source</th>
                <th scope="col">Result</th>
                <th scope="col">Where</th>
                <th scope="col" className="retainer-num">Size</th>
                <th scope="col" className="retainer-col-optional">Contents</th>
              </tr>
            </thead>
            <tbody>
              {records.map((r) => (
                <tr key={`${r.origin}-${r.source}-${r.id}`}>
                  <td>
                    <RelativeTime value={r.finished_at} fallback="Unknown" />
                    <span className="retainer-visually-hidden"> ({formatDateTime(r.finished_at)})</span>
                  </td>
                  <td>
                    {r.source}
                    {r.origin === 'hub' ? <span className="retainer-muted"> (recorded by hand)</span> : null}
                  </td>
                  <td>
                    <Badge tone={r.ok ? 'success' : 'error'}>{r.ok ? 'Completed' : 'Failed'}</Badge>
                  </td>
                  <td>
                    {r.offsite ? 'Offsite' : 'On the server only'}
                    <span className="retainer-muted"> · {EVIDENCE_LABEL[r.evidence]}</span>
                  </td>
                  <td className="retainer-num">{formatBytes(r.size_bytes)}</td>
                  <td className="retainer-col-optional">{r.parts.length > 0 ? r.parts.join(', ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.records.length > RECORDS_SHOWN ? (
        <p className="retainer-muted">Showing the newest {RECORDS_SHOWN} of {data.records.length} records.</p>
      ) : null}
    </>
  );
}
