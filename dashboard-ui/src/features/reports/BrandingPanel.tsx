import { Button, TextareaControl, TextControl } from '@wordpress/components';
import { useEffect, useState, type FormEvent } from 'react';
import { useNotify } from '../../app/notices';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { validateBranding, type BrandingErrors } from './report-presentation';
import { getBranding, putBranding } from './reports-api';

interface Form {
  business_name: string;
  logo: string;
  accent_color: string;
  reply_to: string;
  footer: string;
}

/** Name, logo, colour, reply-to and footer of every client report. */
export function BrandingPanel({ onClose }: { onClose: () => void }) {
  const notify = useNotify();
  const branding = useResource((signal) => getBranding(signal), []);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<BrandingErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const b = branding.data;
    if (b && !form) setForm({ business_name: b.business_name, logo: b.logo ?? '', accent_color: b.accent_color, reply_to: b.reply_to ?? '', footer: b.footer });
  }, [branding.data, form]);

  const set = (field: keyof Form) => (value: string) => setForm((f) => (f ? { ...f, [field]: value } : f));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const found = validateBranding(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      await putBranding({ business_name: form.business_name.trim(), logo: form.logo.trim() || null, accent_color: form.accent_color, reply_to: form.reply_to.trim() || null, footer: form.footer });
      notify('The report branding was saved.');
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function pickLogo(file: File | undefined) {
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => set('logo')(String(reader.result ?? ''));
    reader.readAsDataURL(file);
  }

  return (
    <section className="retainer-panel" aria-labelledby="branding-title">
      <h2 id="branding-title">Report branding</h2>
      {branding.error ? <ErrorState error={branding.error} onRetry={branding.reload} /> : null}
      {!form ? (
        branding.error ? null : <LoadingState />
      ) : (
        <form className="retainer-form" onSubmit={onSubmit} noValidate>
          <TextControl label="Business name" value={form.business_name} onChange={set('business_name')} help={errors.business_name ?? 'Shown at the top of each report and as the sender name.'} />
          <TextControl label="Logo address" value={form.logo.startsWith('data:') ? '(uploaded image)' : form.logo} onChange={set('logo')} help={errors.logo ?? 'An https:// address, or choose a small PNG, JPEG or GIF below.'} disabled={form.logo.startsWith('data:')} />
          <div className="retainer-button-row">
            <label className="retainer-file-label">
              Upload a logo <input type="file" accept="image/png,image/jpeg,image/gif" onChange={(e) => void pickLogo(e.target.files?.[0])} />
            </label>
            {form.logo ? (
              <Button variant="tertiary" size="compact" onClick={() => set('logo')('')}>
                Remove logo
              </Button>
            ) : null}
          </div>
          <div className="retainer-color-field">
            <TextControl label="Accent colour" value={form.accent_color} onChange={set('accent_color')} help={errors.accent_color ?? 'Hex colour, e.g. #1d4ed8.'} />
            <input type="color" aria-label="Pick the accent colour" value={/^#[0-9a-fA-F]{6}$/.test(form.accent_color) ? form.accent_color : '#000000'} onChange={(e) => set('accent_color')(e.target.value)} />
          </div>
          <TextControl label="Reply-to address" type="email" value={form.reply_to} onChange={set('reply_to')} help={errors.reply_to ?? 'Where client replies go. Empty: the sender address.'} />
          <TextareaControl label="Footer" value={form.footer} onChange={set('footer')} help={errors.footer ?? 'Your contact details, legal mentions…'} />
          <InlineError error={error} />
          <div className="retainer-button-row retainer-button-row--end">
            <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
              Cancel
            </Button>
            <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
              Save branding
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
