import { Button, Modal, TextControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import type { SiteSummary } from '../../app/api';
import { InlineError } from '../../components/StateViews';
import { ClientPicker } from '../clients/ClientPicker';
import { createSite, updateSite } from './sites-api';
import { changedSiteFields, labelFromUrl, normalizeSiteUrl } from './site-url';

/**
 * Add a site (pick the client, type its address and a label) or edit one. A new site starts as
 * "waiting to connect"; its page then offers the enrollment code for the plugin.
 */
export function SiteFormModal({
  site,
  clientId: initialClientId = '',
  onClose,
  onSaved,
}: {
  /** Present when editing. */
  site?: SiteSummary;
  /** Pre-selected client when adding from the clients screen. */
  clientId?: string;
  onClose: () => void;
  onSaved: (site: SiteSummary) => void;
}) {
  const editing = site !== undefined;
  const [clientId, setClientId] = useState(site?.client_id ?? initialClientId);
  const [url, setUrl] = useState(site?.url ?? '');
  const [label, setLabel] = useState(site?.label ?? '');
  const [problem, setProblem] = useState<{ clientId?: string; url?: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = normalizeSiteUrl(url);
    const problems: { clientId?: string; url?: string } = {};
    if (!clientId) problems.clientId = 'Choose the client this site belongs to.';
    if (!checked.ok) problems.url = checked.message;
    if (!checked.ok || !clientId) return setProblem(problems);
    setProblem(null);
    setError(null);
    setBusy(true);
    const input = { client_id: clientId, url: checked.url, label: label.trim() || labelFromUrl(checked.url) };
    try {
      if (editing) {
        const patch = changedSiteFields(site, input);
        onSaved(Object.keys(patch).length > 0 ? await updateSite(site.id, patch) : site);
      } else {
        onSaved(await createSite(input));
      }
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title={editing ? 'Edit site' : 'Add a site'} onRequestClose={onClose} size="medium" focusOnMount="firstContentElement" shouldCloseOnClickOutside={!busy}>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <div>
          <ClientPicker
            label="Client"
            value={clientId}
            onChange={setClientId}
            allowReset={false}
            {...(problem?.clientId ? { help: problem.clientId } : {})}
          />
        </div>
        <TextControl
          label="Site address"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://example.com"
          value={url}
          onChange={setUrl}
          help={problem?.url ?? 'The address of the WordPress site, as visitors see it.'}
          aria-invalid={problem?.url ? true : undefined}
          required
        />
        <TextControl
          label="Label"
          value={label}
          onChange={setLabel}
          placeholder={(() => {
            const checked = normalizeSiteUrl(url);
            return checked.ok ? labelFromUrl(checked.url) : 'Main website';
          })()}
          help="A short name shown in lists. Leave empty to use the address."
        />
        {editing && site.client_id !== clientId ? (
          <p className="retainer-muted">Saving moves this site to the chosen client.</p>
        ) : null}
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            {editing ? 'Save changes' : 'Add site'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
