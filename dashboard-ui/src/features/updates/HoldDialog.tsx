import { Button, Modal, RadioControl, TextControl, TextareaControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { InlineError } from '../../components/StateViews';
import { createHold, type FleetUpdateItem } from './updates-api';

/** Hold an item on one site or on every site, with the reason the freelancer will see later. */
export function HoldDialog({ item, siteId, siteLabel, onClose, onSaved }: { item: FleetUpdateItem; siteId?: string; siteLabel?: string; onClose: () => void; onSaved: () => void }) {
  const [scope, setScope] = useState<'site' | 'all'>(siteId ? 'site' : 'all');
  const [reason, setReason] = useState('');
  const [below, setBelow] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed === '' || trimmed.length > 500) {
      setReasonError('Say why in 1 to 500 characters, for example “waiting for the shop’s checkout fix”.');
      return;
    }
    setReasonError(null);
    setBusy(true);
    try {
      await createHold({ site_id: scope === 'site' && siteId ? siteId : null, type: item.type, id: item.id, reason: trimmed, ...(below.trim() ? { below_version: below.trim() } : {}) });
      onSaved();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title={`Hold ${item.name}`} onRequestClose={onClose} size="medium" focusOnMount="firstContentElement">
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        {siteId ? (
          <RadioControl
            label="Where"
            selected={scope}
            options={[
              { value: 'site', label: `Only on ${siteLabel ?? 'this site'}` },
              { value: 'all', label: 'On every site' },
            ]}
            onChange={(value) => setScope(value as 'site' | 'all')}
          />
        ) : (
          <p>The hold applies to every site. Held updates are not offered for runs and are skipped if selected.</p>
        )}
        <TextareaControl label="Reason" value={reason} onChange={setReason} help={reasonError ?? 'Shown next to the held update.'} aria-invalid={reasonError ? true : undefined} required />
        <TextControl label="Only versions from (optional)" value={below} onChange={setBelow} help={`Leave empty to hold every version. With a version, updates below it stay allowed.`} />
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            Hold update
          </Button>
        </div>
      </form>
    </Modal>
  );
}
