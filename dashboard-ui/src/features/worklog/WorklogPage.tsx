import './worklog.css';
import { Button, Modal, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { useNotify } from '../../app/notices';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useConfirmedAction } from '../../lib/use-confirmed-action';
import { useResource } from '../../lib/use-resource';
import { ClientPicker } from '../clients/ClientPicker';
import { formatMinutes } from '../plans/money';
import { EntryFields } from './EntryFields';
import { KIND_LABELS, todayIso, validateEntry, type EntryForm, type EntryFormErrors } from './entry-form';
import { UsagePanel } from './UsagePanel';
import { createTimeEntry, deleteTimeEntry, listTimeEntries, updateTimeEntry, type TimeEntry } from './worklog-api';

const currentMonth = () => todayIso(new Date()).slice(0, 7);

/** Add time quickly, see the month's entries and the client's usage against the plan. */
export function WorklogPage() {
  const notify = useNotify();
  const [clientFilter, setClientFilter] = useState('');
  const [month, setMonth] = useState(currentMonth());
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : currentMonth();
  const [version, setVersion] = useState(0);
  const entries = useResource(
    (signal) => listTimeEntries({ month: validMonth, limit: 200, offset: 0, ...(clientFilter ? { client_id: clientFilter } : {}) }, signal),
    [validMonth, clientFilter, version],
  );
  const [form, setForm] = useState<EntryForm>({ client_id: '', site_id: '', work_date: todayIso(new Date()), duration: '', kind: 'work', description: '' });
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<TimeEntry | null>(null);
  const refresh = () => setVersion((v) => v + 1);
  const removal = useConfirmedAction(async (entry: TimeEntry) => {
    await deleteTimeEntry(entry.id);
    return 'The entry was deleted.';
  }, refresh);
  const deleting = removal.target;

  async function add(event: FormEvent) {
    event.preventDefault();
    const { value, errors: found } = validateEntry(form);
    setErrors(found);
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      await createTimeEntry(value);
      notify(`${formatMinutes(value.minutes)} added.`);
      // Keep client, site, date and kind: the next entry is usually for the same client and day.
      setForm((f) => ({ ...f, duration: '', description: '' }));
      refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const data = entries.data;
  let body;
  if (entries.error && !data) body = <ErrorState error={entries.error} onRetry={entries.reload} title="The work log could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading the work log…" />;
  else if (data.items.length === 0) body = <EmptyState title="No time logged for this month" />;
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="worklog-table" aria-busy={entries.loading}>
          <caption className="retainer-visually-hidden">Time entries</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">What</th>
              <th scope="col" className="retainer-col-optional">Kind</th>
              <th scope="col" className="retainer-num">Time</th>
              <th scope="col">
                <span className="retainer-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((e) => (
              <tr key={e.id} data-testid="worklog-row">
                <td>{e.work_date}</td>
                <td>{e.description}</td>
                <td className="retainer-col-optional">{KIND_LABELS[e.kind]}</td>
                <td className="retainer-num">{formatMinutes(e.minutes)}</td>
                <td className="retainer-actions-cell">
                  <Button variant="tertiary" size="compact" onClick={() => setEditing(e)} aria-label={`Edit entry of ${e.work_date}: ${e.description}`}>
                    Edit
                  </Button>
                  <Button variant="tertiary" size="compact" isDestructive onClick={() => removal.ask(e)} aria-label={`Delete entry of ${e.work_date}: ${e.description}`}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total
              </th>
              <td className="retainer-num">{formatMinutes(data.total_minutes)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader title="Work log" />
      <form className="retainer-panel retainer-entry-form" onSubmit={add} noValidate aria-labelledby="add-entry-title">
        <h2 id="add-entry-title">Add time</h2>
        <div className="retainer-entry-grid">
          <EntryFields form={form} errors={errors} onChange={setForm} />
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            Add entry
          </Button>
        </div>
        <InlineError error={error} />
      </form>

      <div className="retainer-filters">
        <ClientPicker label="Show client" value={clientFilter} onChange={setClientFilter} placeholder="All clients" />
        <TextControl label="Month (YYYY-MM)" value={month} onChange={setMonth} __next40pxDefaultSize />
      </div>
      <div className={clientFilter ? 'retainer-worklog-layout' : undefined}>
        <div>
          <InlineError error={removal.failure} />
          {body}
        </div>
        {clientFilter ? <UsagePanel clientId={clientFilter} month={validMonth} version={version} /> : null}
      </div>

      {editing ? <EditEntryModal entry={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); notify('The entry was saved.'); refresh(); }} /> : null}
      <ConfirmDialog isOpen={deleting !== null} title="Delete this entry?" confirmButtonText="Delete entry" isBusy={removal.busy} onConfirm={removal.confirm} onCancel={removal.cancel}>
        {deleting ? `${formatMinutes(deleting.minutes)} on ${deleting.work_date}: “${deleting.description}”. This cannot be undone.` : ''}
      </ConfirmDialog>
    </>
  );
}

function EditEntryModal({ entry, onClose, onSaved }: { entry: TimeEntry; onClose: () => void; onSaved: () => void }) {
  const [form, setForm] = useState<EntryForm>({ client_id: entry.client_id, site_id: entry.site_id ?? '', work_date: entry.work_date, duration: String(entry.minutes), kind: entry.kind, description: entry.description });
  const [errors, setErrors] = useState<EntryFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    const { value, errors: found } = validateEntry(form);
    setErrors(found);
    if (!value) return;
    setBusy(true);
    try {
      const { client_id: _client, ...patch } = value;
      await updateTimeEntry(entry.id, patch);
      onSaved();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title="Edit time entry" onRequestClose={onClose} size="medium" focusOnMount="firstContentElement">
      <form className="retainer-form" onSubmit={save} noValidate>
        <p className="retainer-muted">The client of an entry cannot change; delete it and add it again for another client.</p>
        <EntryFields form={form} errors={errors} onChange={setForm} clientLocked />
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            Save entry
          </Button>
        </div>
      </form>
    </Modal>
  );
}
