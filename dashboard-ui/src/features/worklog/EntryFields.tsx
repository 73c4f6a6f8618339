import { SelectControl, TextControl } from '@wordpress/components';
import { useResource } from '../../lib/use-resource';
import { ClientPicker } from '../clients/ClientPicker';
import { KIND_LABELS, type EntryForm, type EntryFormErrors } from './entry-form';
import { listClientSites, type TimeEntryKind } from './worklog-api';

const KINDS = (Object.keys(KIND_LABELS) as TimeEntryKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] }));

/** The fields of a time entry, shared by the quick-add row and the edit dialog. */
export function EntryFields({ form, errors, onChange, clientLocked = false }: { form: EntryForm; errors: EntryFormErrors; onChange: (form: EntryForm) => void; clientLocked?: boolean }) {
  const sites = useResource((signal) => (form.client_id ? listClientSites(form.client_id, signal) : Promise.resolve([])), [form.client_id]);
  const set = <K extends keyof EntryForm>(field: K) => (value: EntryForm[K]) => onChange({ ...form, [field]: value, ...(field === 'client_id' ? { site_id: '' } : {}) });
  return (
    <>
      {clientLocked ? null : <ClientPicker label="Client" value={form.client_id} onChange={set('client_id')} {...(errors.client_id ? { help: errors.client_id } : {})} />}
      <SelectControl
        label="Site"
        value={form.site_id}
        options={[{ value: '', label: form.client_id ? 'No particular site' : 'Choose a client first' }, ...(sites.data ?? []).map((s) => ({ value: s.id, label: s.label }))]}
        onChange={set('site_id')}
        disabled={!form.client_id}
        __next40pxDefaultSize
      />
      <TextControl label="Date" type="date" value={form.work_date} onChange={set('work_date')} help={errors.work_date} aria-invalid={errors.work_date ? true : undefined} __next40pxDefaultSize />
      <TextControl label="Time spent" value={form.duration} onChange={set('duration')} placeholder="30, 1h15" help={errors.duration ?? 'Minutes, or 1h15 / 1:15.'} aria-invalid={errors.duration ? true : undefined} __next40pxDefaultSize />
      <SelectControl label="Kind" value={form.kind} options={KINDS} onChange={(v) => set('kind')(v as TimeEntryKind)} __next40pxDefaultSize />
      <TextControl label="What was done" value={form.description} onChange={set('description')} help={errors.description} aria-invalid={errors.description ? true : undefined} __next40pxDefaultSize />
    </>
  );
}
