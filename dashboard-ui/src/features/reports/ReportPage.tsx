import './reports.css';
import { Button, TextareaControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useEffect, useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { downloadFile } from '../billing/download';
import { ACTION_LABELS, availableActions, isEditable, monthLabel, reportStatusView } from './report-presentation';
import { editReport, getDeliveries, getPreviewHtml, getReport, reportAction, type Report, type ReportAction } from './reports-api';

const CONFIRM: Partial<Record<ReportAction, string>> = {
  approve: 'The report will be emailed to the client now. Check the preview first: this is exactly what they will see.',
  send: 'The report will be emailed to the client now.',
  resend: 'The client already received this report. It will be emailed to them again.',
};

const SEND_MESSAGES = { SMTP_NOT_CONFIGURED: 'Email is not set up on the hub (SMTP_URL), so the report cannot be sent yet.' };

/** One client's monthly report: the exact preview, the freelancer's note, approval and delivery. */
export function ReportPage({ reportId }: { reportId: string }) {
  const notify = useNotify();
  const report = useResource((signal) => getReport(reportId, signal), [reportId]);
  const [version, setVersion] = useState(0);
  const preview = useResource((signal) => getPreviewHtml(reportId, signal), [reportId, version]);
  const deliveries = useResource((signal) => getDeliveries(reportId, signal), [reportId, version]);
  const [pending, setPending] = useState<ReportAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const refresh = (next: Report) => {
    report.setData(next);
    setVersion((v) => v + 1);
  };

  async function run(action: ReportAction) {
    setBusy(true);
    setError(null);
    try {
      refresh(await reportAction(reportId, action));
      notify(action === 'regenerate' ? 'The figures were recomputed.' : action === 'approve' ? 'Approved: the report is on its way.' : 'The report is on its way.');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  const r = report.data;
  if (!r) {
    return (
      <>
        <PageHeader title="Report" />
        {report.error ? <ErrorState error={report.error} onRetry={report.reload} title="This report could not be loaded." /> : <LoadingState label="Loading the report…" />}
      </>
    );
  }
  const view = reportStatusView(r);
  const actions = availableActions(r);

  return (
    <>
      <PageHeader
        title={`${r.client_name} — ${monthLabel(r.month)}`}
        actions={actions.map((a, i) => (
          <Button key={a} variant={i === 0 ? 'primary' : 'secondary'} __next40pxDefaultSize disabled={busy} accessibleWhenDisabled onClick={() => (CONFIRM[a] ? setPending(a) : void run(a))}>
            {ACTION_LABELS[a]}
          </Button>
        ))}
      >
        <p className="retainer-page-header__meta">
          <span data-testid="report-status">
            <Badge tone={view.tone}>{view.label}</Badge>
          </span>{' '}
          Made <RelativeTime value={r.generated_at} /> · language {r.locale} · <Link to={paths.reports(`?month=${r.month}`)}>All reports of {monthLabel(r.month)}</Link>
        </p>
      </PageHeader>
      <InlineError error={error} messages={SEND_MESSAGES} />
      {error ? <p className="retainer-visually-hidden" role="alert">{errorMessage(error, SEND_MESSAGES)}</p> : null}

      <div className="retainer-report-layout">
        <section className="retainer-panel retainer-report-preview" aria-labelledby="preview-title">
          <div className="retainer-panel__header">
            <h2 id="preview-title">What the client sees</h2>
            <div className="retainer-button-row">
              <Button variant="tertiary" size="compact" onClick={() => void downloadFile(`/api/v1/reports/${encodeURIComponent(r.id)}/pdf`, `report-${r.month}.pdf`).catch(setError)}>
                Download PDF
              </Button>
              <a href={r.web_url} target="_blank" rel="noreferrer noopener">
                Web copy
                <span className="retainer-visually-hidden"> (opens in a new tab)</span>
              </a>
            </div>
          </div>
          {preview.error ? <ErrorState error={preview.error} onRetry={preview.reload} title="The preview could not be loaded." /> : null}
          {preview.data === undefined && !preview.error ? <LoadingState label="Rendering the preview…" /> : null}
          {preview.data !== undefined ? (
            // sandbox with no permissions: the report's HTML runs no script and cannot reach the dashboard
            <iframe className="retainer-preview-frame" title={`Report preview for ${r.client_name}`} sandbox="" srcDoc={preview.data} data-testid="report-preview" />
          ) : null}
        </section>

        <div className="retainer-report-side">
          <NoteForm report={r} onSaved={(next) => { refresh(next); notify('The note was saved.'); }} />
          <section className="retainer-panel" aria-labelledby="delivery-title">
            <h2 id="delivery-title">Delivery log</h2>
            {deliveries.error ? <ErrorState error={deliveries.error} onRetry={deliveries.reload} /> : null}
            {!deliveries.data && !deliveries.error ? <LoadingState /> : null}
            {deliveries.data && deliveries.data.length === 0 ? <p className="retainer-muted">Not sent yet.</p> : null}
            {deliveries.data && deliveries.data.length > 0 ? (
              <ul className="retainer-delivery-log" data-testid="delivery-log">
                {deliveries.data.map((d) => (
                  <li key={d.id}>
                    <strong>{d.kind === 'resend' ? 'Sent again' : 'First delivery'}</strong> to {d.recipient} —{' '}
                    <Badge tone={d.status === 'delivered' ? 'success' : d.status === 'failed' ? 'error' : 'info'}>{d.status === 'delivered' ? 'Delivered' : d.status === 'failed' ? 'Failed' : 'Pending'}</Badge>
                    {d.delivered_at ? (
                      <>
                        {' '}
                        <RelativeTime value={d.delivered_at} />
                      </>
                    ) : null}
                    {d.last_error ? <p className="retainer-text-error">{d.last_error}</p> : null}
                    {d.next_attempt_at && d.status === 'pending' ? (
                      <p className="retainer-muted">
                        Next try <RelativeTime value={d.next_attempt_at} />
                      </p>
                    ) : null}
                    {d.attempts_log.length > 0 ? (
                      <ol className="retainer-attempts">
                        {d.attempts_log.map((a) => (
                          <li key={a.attempt}>
                            {`Attempt ${a.attempt}: ${a.ok ? 'accepted' : 'refused'}`} <RelativeTime value={a.at} />
                            {a.smtp_response ? <code className="retainer-code">{a.smtp_response}</code> : null}
                          </li>
                        ))}
                      </ol>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
            <Button variant="tertiary" size="compact" onClick={deliveries.reload}>
              Refresh
            </Button>
          </section>
        </div>
      </div>

      <ConfirmDialog isOpen={pending !== null} title={pending ? `${ACTION_LABELS[pending]}?` : ''} confirmButtonText={pending ? ACTION_LABELS[pending] : 'OK'} isBusy={busy} onConfirm={() => pending && void run(pending)} onCancel={() => setPending(null)}>
        {pending ? CONFIRM[pending] : ''}
      </ConfirmDialog>
    </>
  );
}

function NoteForm({ report, onSaved }: { report: Report; onSaved: (report: Report) => void }) {
  const [note, setNote] = useState(report.note);
  const [planned, setPlanned] = useState(report.planned_work);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editable = isEditable(report);
  useEffect(() => {
    setNote(report.note);
    setPlanned(report.planned_work);
  }, [report.note, report.planned_work]);
  const dirty = note !== report.note || planned !== report.planned_work;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const patch: { note?: string; planned_work?: string } = {};
      if (note !== report.note) patch.note = note;
      if (planned !== report.planned_work) patch.planned_work = planned;
      onSaved(await editReport(report.id, patch));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="retainer-panel" aria-labelledby="note-title">
      <h2 id="note-title">Your words to the client</h2>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <TextareaControl label="Note" value={note} onChange={setNote} rows={5} disabled={!editable} help={editable ? 'Shown at the top of the report.' : 'The report was sent; its note can no longer change.'} />
        <TextareaControl label="Planned for next month" value={planned} onChange={setPlanned} rows={4} disabled={!editable} />
        <InlineError error={error} />
        {editable ? (
          <div className="retainer-button-row">
            <Button variant="secondary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy || !dirty} accessibleWhenDisabled>
              Save and update the preview
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}
