import './billing.css';
import { Button, SelectControl, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState } from 'react';
import { useNotify } from '../../app/notices';
import { PageHeader } from '../../components/PageHeader';
import { Pagination } from '../../components/Pagination';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { offsetOf } from '../../lib/paging';
import { formatDateTime } from '../../lib/time';
import { useResource } from '../../lib/use-resource';
import { ClientPicker } from '../clients/ClientPicker';
import { formatMoney } from '../plans/money';
import { invoiceAction, listInvoices, type Invoice, type InvoiceAction, type InvoiceStatus } from './billing-api';
import { INVOICE_STATUS, deliveryNote, invoiceActions } from './billing-form';
import { downloadFile, openPdf } from './download';

const PAGE_SIZE = 50;
const LABELS: Record<InvoiceAction, string> = { send: 'Email', 'mark-paid': 'Mark paid', 'mark-failed': 'Mark failed', void: 'Void' };
const CONFIRM: Partial<Record<InvoiceAction, string>> = {
  send: 'The invoice PDF will be emailed to the client.',
  'mark-paid': 'The invoice will be recorded as paid today.',
  void: 'The invoice is cancelled. Its number stays used and it cannot be sent or paid afterwards.',
};

/** Under a draft's status: its automatic email failed and is retried, or the hub gave up. */
function DeliveryNote({ invoice }: { invoice: Invoice }) {
  const note = deliveryNote(invoice.delivery, formatDateTime);
  if (!note) return null;
  return (
    <div className={`retainer-delivery-note is-${note.tone}`} data-testid="invoice-delivery" title={note.error ?? undefined}>
      {note.text}
      {note.error ? <span className="retainer-visually-hidden"> (last error: {note.error})</span> : null}
    </div>
  );
}

/** Every invoice with its status; mark paid, email, void, PDF, and a CSV for the accountant. */
export function InvoicesPage({ clientId: fixedClient }: { clientId?: string } = {}) {
  const notify = useNotify();
  const [clientId, setClientId] = useState(fixedClient ?? '');
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(1);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const invoices = useResource(
    (signal) => listInvoices({ limit: PAGE_SIZE, offset: offsetOf(page, PAGE_SIZE), ...(clientId ? { client_id: clientId } : {}), ...(status ? { status: status as InvoiceStatus } : {}) }, signal),
    [clientId, status, page],
  );
  const [pending, setPending] = useState<{ invoice: Invoice; action: InvoiceAction } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function act(invoice: Invoice, action: InvoiceAction) {
    setBusy(true);
    setError(null);
    try {
      await invoiceAction(invoice.id, action);
      notify(`${invoice.number_text}: ${action === 'mark-paid' ? 'marked paid' : action === 'void' ? 'voided' : 'emailed'}.`);
      invoices.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      setPending(null);
    }
  }

  const data = invoices.data;
  let body;
  if (invoices.error && !data) body = <ErrorState error={invoices.error} onRetry={invoices.reload} title="The invoices could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading invoices…" />;
  else if (data.items.length === 0) body = <EmptyState title="No invoices here"><p>Invoices are made on the 1st of each month for clients with a plan and a go-live date.</p></EmptyState>;
  else
    body = (
      <>
        <div className="retainer-table-wrap">
          <table className="retainer-table" data-testid="invoices-table" aria-busy={invoices.loading}>
            <caption className="retainer-visually-hidden">Invoices</caption>
            <thead>
              <tr>
                <th scope="col">Number</th>
                {fixedClient ? null : <th scope="col">Client</th>}
                <th scope="col" className="retainer-col-optional">Issued</th>
                <th scope="col">Due</th>
                <th scope="col" className="retainer-num">Total</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="retainer-visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((inv) => (
                <tr key={inv.id} data-testid="invoice-row">
                  <td>
                    <Button variant="link" onClick={() => void openPdf(`/api/v1/invoices/${encodeURIComponent(inv.id)}/pdf`).catch(setError)} aria-label={`Open ${inv.number_text} as PDF`}>
                      {inv.number_text}
                    </Button>
                  </td>
                  {fixedClient ? null : <td>{inv.client_name}</td>}
                  <td className="retainer-col-optional">{inv.issue_date}</td>
                  <td>{inv.due_date}</td>
                  <td className="retainer-num">{formatMoney(inv.total_cents, inv.currency)}</td>
                  <td>
                    <Badge tone={INVOICE_STATUS[inv.status].tone}>{INVOICE_STATUS[inv.status].label}</Badge>
                    <DeliveryNote invoice={inv} />
                  </td>
                  <td className="retainer-actions-cell">
                    {invoiceActions(inv.status).map((a) => (
                      <Button key={a} variant="tertiary" size="compact" isDestructive={a === 'void'} onClick={() => setPending({ invoice: inv, action: a })} aria-label={`${LABELS[a]} ${inv.number_text}`}>
                        {LABELS[a]}
                      </Button>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination total={data.total} page={page} pageSize={PAGE_SIZE} rowsOnPage={data.items.length} noun="invoices" onPage={setPage} busy={invoices.loading} />
      </>
    );

  const filters = (
    <div className="retainer-filters">
      {fixedClient ? null : <ClientPicker label="Client" value={clientId} onChange={(v) => { setClientId(v); setPage(1); }} placeholder="All clients" />}
      <SelectControl
        label="Status"
        value={status}
        options={[{ value: '', label: 'Any status' }, ...Object.entries(INVOICE_STATUS).map(([value, s]) => ({ value, label: s.label }))]}
        onChange={(v) => { setStatus(v); setPage(1); }}
        __next40pxDefaultSize
      />
    </div>
  );

  return (
    <>
      {fixedClient ? <h2>Invoices</h2> : <PageHeader title="Invoices" />}
      {filters}
      <InlineError error={error} messages={{ SMTP_NOT_CONFIGURED: 'Email is not set up on the hub (SMTP_URL), so nothing can be sent yet.' }} />
      {body}
      {fixedClient ? null : (
        <section className="retainer-panel retainer-csv" aria-labelledby="csv-title">
          <h2 id="csv-title">Export for accounting</h2>
          <div className="retainer-filters">
            <TextControl label="From" type="date" value={from} onChange={setFrom} __next40pxDefaultSize />
            <TextControl label="To" type="date" value={to} onChange={setTo} __next40pxDefaultSize />
            <Button variant="secondary" __next40pxDefaultSize onClick={() => void downloadFile('/api/v1/invoices/export.csv', 'invoices.csv', { from, to }).catch(setError)}>
              Download CSV
            </Button>
          </div>
        </section>
      )}
      <ConfirmDialog isOpen={pending !== null} title={pending ? `${LABELS[pending.action]} ${pending.invoice.number_text}?` : ''} confirmButtonText={pending ? LABELS[pending.action] : 'OK'} isBusy={busy} onConfirm={() => pending && void act(pending.invoice, pending.action)} onCancel={() => setPending(null)}>
        {pending ? `${CONFIRM[pending.action] ?? ''} ${formatMoney(pending.invoice.total_cents, pending.invoice.currency)} for ${pending.invoice.client_name}.` : ''}
      </ConfirmDialog>
    </>
  );
}
