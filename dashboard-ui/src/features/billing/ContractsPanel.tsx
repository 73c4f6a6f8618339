import { Button, Modal, SelectControl, TextareaControl, TextControl, ToggleControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { useNotify } from '../../app/notices';
import { RelativeTime } from '../../components/RelativeTime';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { listPlans } from '../plans/plans-api';
import { todayIso } from '../worklog/entry-form';
import { createContract, listContracts, reviseContract, sendRevision, type Contract } from './billing-api';
import { openPdf } from './download';

/** The client's contract: revisions newest first, who accepted what and when, send and revise. */
export function ContractsPanel({ clientId }: { clientId: string }) {
  const notify = useNotify();
  const contracts = useResource((signal) => listContracts(clientId, signal), [clientId]);
  const [dialog, setDialog] = useState<{ contract?: Contract } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function resend(contract: Contract) {
    setBusy(true);
    setError(null);
    try {
      await sendRevision(contract.id, contract.current_revision);
      notify(`Revision ${contract.current_revision} was emailed for acceptance.`);
      contracts.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const list = contracts.data;
  return (
    <section className="retainer-panel" aria-labelledby="contracts-title" data-testid="contracts-panel">
      <div className="retainer-panel__header">
        <h2 id="contracts-title">Contract</h2>
        {list && list.length === 0 ? (
          <Button variant="secondary" size="compact" onClick={() => setDialog({})}>
            Create contract
          </Button>
        ) : null}
      </div>
      {contracts.error ? <ErrorState error={contracts.error} onRetry={contracts.reload} /> : null}
      {!list && !contracts.error ? <LoadingState /> : null}
      {list && list.length === 0 ? <p className="retainer-muted">No contract yet. A contract binds the client to a plan from a start date; the client accepts it online.</p> : null}
      <InlineError error={error} />
      {list?.map((c) => (
        <div key={c.id} className="retainer-contract">
          <p>
            <strong>{`Revision ${c.current_revision}`}</strong> from {c.start_date}{' '}
            <Badge tone={c.accepted ? 'success' : 'warning'}>{c.accepted ? 'Accepted' : 'Waiting for acceptance'}</Badge>
          </p>
          <div className="retainer-button-row">
            <Button variant="secondary" size="compact" onClick={() => setDialog({ contract: c })}>
              New revision
            </Button>
            {!c.accepted ? (
              <Button variant="tertiary" size="compact" disabled={busy} accessibleWhenDisabled onClick={() => void resend(c)}>
                Email again
              </Button>
            ) : null}
          </div>
          <ol className="retainer-revisions" reversed>
            {c.revisions.map((r) => (
              <li key={r.revision}>
                {`Revision ${r.revision}: ${r.plan_name}, from ${r.start_date}, payment within ${r.payment_terms_days} days. `}
                {r.sent_at ? (
                  <>
                    Sent to {r.sent_to} <RelativeTime value={r.sent_at} />.{' '}
                  </>
                ) : (
                  'Not sent. '
                )}
                {r.acceptance ? (
                  <>
                    Accepted by {r.acceptance.accepted_name} <RelativeTime value={r.acceptance.accepted_at} />.{' '}
                  </>
                ) : null}
                <Button variant="link" onClick={() => void openPdf(`/api/v1/contracts/${encodeURIComponent(c.id)}/revisions/${r.revision}/pdf`).catch(setError)}>
                  PDF<span className="retainer-visually-hidden">{` of revision ${r.revision}`}</span>
                </Button>
              </li>
            ))}
          </ol>
        </div>
      ))}
      {dialog ? (
        <ContractDialog
          clientId={clientId}
          {...(dialog.contract ? { contract: dialog.contract } : {})}
          onClose={() => setDialog(null)}
          onSaved={(sent) => {
            setDialog(null);
            notify(sent ? 'The contract was emailed to the client for acceptance.' : 'The contract was saved.');
            contracts.reload();
          }}
        />
      ) : null}
    </section>
  );
}

function ContractDialog({ clientId, contract, onClose, onSaved }: { clientId: string; contract?: Contract; onClose: () => void; onSaved: (sent: boolean) => void }) {
  const latest = contract?.revisions[0];
  const plans = useResource((signal) => listPlans(signal), []);
  const [planId, setPlanId] = useState(latest?.plan_id ?? '');
  const [startDate, setStartDate] = useState(latest?.start_date ?? todayIso(new Date()));
  const [freeText, setFreeText] = useState(latest?.free_text ?? '');
  const [late, setLate] = useState(latest?.late_payment_policy ?? '');
  const [terms, setTerms] = useState(String(latest?.payment_terms_days ?? 14));
  const [send, setSend] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const days = Number(terms);
    if (!planId) return setFormError('Choose the plan.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) return setFormError('Choose the start date.');
    if (!/^\d+$/.test(terms) || days > 365) return setFormError('Payment terms: days from 0 to 365.');
    setFormError(null);
    setBusy(true);
    try {
      const body = { plan_id: planId, start_date: startDate, free_text: freeText, late_payment_policy: late, payment_terms_days: days, send };
      if (contract) await reviseContract(contract.id, body);
      else await createContract({ client_id: clientId, ...body });
      onSaved(send);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title={contract ? `New revision (${contract.current_revision + 1})` : 'Create contract'} onRequestClose={onClose} size="medium" focusOnMount="firstContentElement">
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <SelectControl label="Plan" value={planId} options={[{ value: '', label: 'Choose a plan' }, ...(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))]} onChange={setPlanId} __next40pxDefaultSize />
        <TextControl label="Start date" type="date" value={startDate} onChange={setStartDate} __next40pxDefaultSize />
        <TextControl label="Payment terms (days)" value={terms} onChange={setTerms} inputMode="numeric" __next40pxDefaultSize />
        <TextareaControl label="Late payment policy" value={late} onChange={setLate} />
        <TextareaControl label="Additional terms" value={freeText} onChange={setFreeText} rows={5} />
        <ToggleControl label="Email it to the client for acceptance now" checked={send} onChange={setSend} />
        {formError ? <p className="retainer-text-error" role="alert">{formError}</p> : null}
        <InlineError error={error} messages={{ SMTP_NOT_CONFIGURED: 'Email is not set up on the hub, so the contract cannot be sent. Turn off “Email it” to save it only.' }} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            {contract ? 'Create revision' : 'Create contract'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
