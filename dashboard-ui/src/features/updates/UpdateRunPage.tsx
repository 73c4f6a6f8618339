import './updates.css';
import { Button, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState } from 'react';
import { useNotify } from '../../app/notices';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { cancelSummary, canCancel, isRunFinished, progressPercent } from './run-progress';
import { explainReason, ITEM_STATUS, ITEM_TYPE_LABELS, runStatusView, SITE_STATUS, versionChange } from './update-presentation';
import { cancelRun, type RunDetail, type UpdateRun } from './updates-api';
import { useRunProgress } from './use-run-progress';

/** "Cancel run" with a confirm dialog; shown while the run is open and no cancel is pending. */
function CancelRunButton({ detail, onCancelled }: { detail: RunDetail; onCancelled: (run: UpdateRun) => void }) {
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  async function cancel() {
    setBusy(true);
    setFailure(null);
    try {
      const run = await cancelRun(detail.run.id);
      onCancelled(run);
      notify(run.status === 'cancelled' ? 'Update run cancelled.' : 'Update run cancelled: sites already updating finish first.');
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <>
      {canCancel(detail.run) ? (
        <Button variant="secondary" isDestructive onClick={() => setConfirming(true)}>
          Cancel run
        </Button>
      ) : null}
      <InlineError error={failure} messages={{ CONFLICT: 'This run has already finished, so there is nothing left to cancel.' }} />
      <ConfirmDialog isOpen={confirming} title="Cancel this update run?" confirmButtonText="Cancel run" cancelButtonText="Keep running" isBusy={busy} onConfirm={() => void cancel()} onCancel={() => setConfirming(false)}>
        <p>
          <strong>Cancel this update run?</strong>
        </p>
        <p>{cancelSummary(detail.sites)}</p>
      </ConfirmDialog>
    </>
  );
}

/** One update run, live: per-site and per-item progress, then the results with reasons. */
export function UpdateRunPage({ runId }: { runId: string }) {
  const { detail, error, live, showRun } = useRunProgress(runId);

  if (!detail) {
    return (
      <>
        <PageHeader title="Update run" />
        {error ? <ErrorState error={error} title="This run could not be loaded." /> : <LoadingState label="Connecting to the run…" />}
      </>
    );
  }
  const { run, sites } = detail;
  const percent = progressPercent(run);
  const status = runStatusView(run);
  const c = run.counts;
  const problems = c.failed + c.rolled_back;

  return (
    <>
      <PageHeader
        title="Update run"
        actions={
          <>
            <CancelRunButton detail={detail} onCancelled={showRun} /> <Link to={paths.updateRuns()}>All runs</Link>
          </>
        }
      >
        <p className="retainer-page-header__meta">
          Started <RelativeTime value={run.started_at ?? run.created_at} /> · {run.concurrency} sites at a time{' '}
          <span data-testid="run-status">
            <Badge tone={status.tone}>{status.label}</Badge>
          </span>{' '}
          {live && !isRunFinished(run) ? <span className="retainer-muted">Live</span> : null}
        </p>
      </PageHeader>

      <section className="retainer-panel" aria-labelledby="run-progress-title">
        <h2 id="run-progress-title">Progress</h2>
        <progress className="retainer-progress" max={100} value={percent} aria-label="Items finished">
          {percent}%
        </progress>
        <p aria-live="polite" data-testid="run-counts">
          {`${percent}% · ${c.updated} updated, ${c.rolled_back} rolled back, ${c.failed} failed, ${c.skipped_held} held, ${c.cancelled} cancelled, ${c.queued + c.running} to go — ${c.items} items on ${c.sites} ${c.sites === 1 ? 'site' : 'sites'}.`}
        </p>
        {run.cancel_requested_at && !isRunFinished(run) ? (
          <p data-testid="run-cancelling">Cancelled: nothing more will be sent. The sites already updating finish first, then the run ends.</p>
        ) : null}
        {isRunFinished(run) && problems > 0 ? (
          <p className="retainer-text-error">{`${problems} ${problems === 1 ? 'update needs' : 'updates need'} a look: the reasons are listed below.`}</p>
        ) : null}
        {error ? <ErrorState error={error} title="The live connection dropped." /> : null}
      </section>

      {sites.map((site) => {
        const siteStatus = SITE_STATUS[site.status];
        return (
          <section key={site.site_id} className="retainer-section" data-testid="run-site" data-site-id={site.site_id} aria-labelledby={`run-site-${site.site_id}`}>
            <h2 id={`run-site-${site.site_id}`}>
              <Link to={paths.site(site.site_id)}>{site.site_label}</Link> <Badge tone={siteStatus.tone}>{siteStatus.label}</Badge>
            </h2>
            <div className="retainer-table-wrap">
              <table className="retainer-table">
                <caption className="retainer-visually-hidden">{`Updates on ${site.site_label}`}</caption>
                <thead>
                  <tr>
                    <th scope="col">Item</th>
                    <th scope="col">Version</th>
                    <th scope="col">Status</th>
                    <th scope="col">What happened</th>
                  </tr>
                </thead>
                <tbody>
                  {site.items.map((item) => {
                    const s = ITEM_STATUS[item.status];
                    return (
                      <tr key={`${item.type}-${item.id}`} data-testid="run-item" data-item-id={item.id} data-status={item.status}>
                        <td>
                          <strong>{item.name}</strong> <span className="retainer-muted">{ITEM_TYPE_LABELS[item.type]}</span>
                        </td>
                        <td className="retainer-nowrap">{versionChange(item.from_version, item.to_version)}</td>
                        <td>
                          <Badge tone={s.tone}>{s.label}</Badge>
                        </td>
                        <td>{explainReason(item.reason_code, item.reason) ?? (item.finished_at ? <RelativeTime value={item.finished_at} /> : <span className="retainer-muted">—</span>)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
