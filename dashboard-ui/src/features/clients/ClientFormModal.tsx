import { Button, Modal, SelectControl, TextControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import type { Client, ClientInput } from '../../app/api';
import { InlineError } from '../../components/StateViews';
import { changedFields, localeOptions, validateClient, type ClientFormErrors } from './client-form';
import { createClient, updateClient } from './clients-api';

export function ClientFormModal({
  client,
  onClose,
  onSaved,
}: {
  /** Present when editing. */
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}) {
  const editing = client !== undefined;
  const initial: ClientInput = {
    name: client?.name ?? '',
    contact_email: client?.contact_email ?? '',
    locale: client?.locale ?? 'en',
  };
  const [form, setForm] = useState<ClientInput>(initial);
  const [errors, setErrors] = useState<ClientFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const set = (field: keyof ClientInput) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { value, errors: found } = validateClient(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setError(null);
    setBusy(true);
    try {
      if (editing) {
        const patch = changedFields(initial, value);
        onSaved(Object.keys(patch).length > 0 ? await updateClient(client.id, patch) : client);
      } else {
        onSaved(await createClient(value));
      }
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title={editing ? `Edit ${client.name}` : 'Add a client'} onRequestClose={onClose} size="medium" focusOnMount="firstContentElement" shouldCloseOnClickOutside={!busy}>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <TextControl
          label="Name"
          value={form.name}
          onChange={set('name')}
          help={errors.name ?? 'The business or person you maintain sites for.'}
          aria-invalid={errors.name ? true : undefined}
          autoComplete="organization"
          required
        />
        <TextControl
          label="Contact email"
          type="email"
          value={form.contact_email}
          onChange={set('contact_email')}
          help={errors.contact_email ?? 'Where the client’s monthly report will go, once reports are available.'}
          aria-invalid={errors.contact_email ? true : undefined}
          autoComplete="email"
          required
        />
        <SelectControl
          label="Language"
          value={form.locale}
          options={localeOptions(form.locale)}
          onChange={set('locale')}
          help={errors.locale ?? 'The language of emails and reports sent to this client.'}
        />
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            {editing ? 'Save changes' : 'Add client'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
