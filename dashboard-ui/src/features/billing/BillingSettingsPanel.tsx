import { Button, SelectControl, TextControl } from '@wordpress/components';
import { useEffect, useState, type FormEvent } from 'react';
import { useNotify } from '../../app/notices';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { listPlans } from '../plans/plans-api';
import { getClientBilling, putClientBilling } from './billing-api';
import { billingToForm, validateBilling, type BillingForm, type BillingFormErrors } from './billing-form';

const TERMS: Array<{ value: string; label: string }> = [
  { value: '', label: 'As the plan says' },
  { value: '1', label: 'Monthly' },
  { value: '3', label: 'Prepaid 3 months' },
  { value: '6', label: 'Prepaid 6 months' },
  { value: '12', label: 'Prepaid 12 months' },
];

/** A client's plan, go-live date, term, tax and payment method (card expiry only, never a number). */
export function BillingSettingsPanel({ clientId, onSaved }: { clientId: string; onSaved?: () => void }) {
  const notify = useNotify();
  const billing = useResource((signal) => getClientBilling(clientId, signal), [clientId]);
  const plans = useResource((signal) => listPlans(signal), []);
  const [form, setForm] = useState<BillingForm | null>(null);
  const [errors, setErrors] = useState<BillingFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (billing.data) setForm(billingToForm(billing.data));
  }, [billing.data]);
  const set = <K extends keyof BillingForm>(field: K) => (value: BillingForm[K]) => setForm((f) => (f ? { ...f, [field]: value } : f));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const { value, errors: found } = validateBilling(form);
    setErrors(found);
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      billing.setData(await putClientBilling(clientId, value));
      notify('Billing settings saved.');
      onSaved?.();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="retainer-panel" aria-labelledby="billing-title">
      <h2 id="billing-title">Plan and billing</h2>
      {billing.error ? <ErrorState error={billing.error} onRetry={billing.reload} /> : null}
      {!form && !billing.error ? <LoadingState /> : null}
      {form ? (
        <form className="retainer-form" onSubmit={onSubmit} noValidate>
          <div className="retainer-form-grid">
            <SelectControl
              label="Plan"
              value={form.plan_id}
              options={[{ value: '', label: 'No plan' }, ...(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))]}
              onChange={set('plan_id')}
              __next40pxDefaultSize
            />
            <TextControl label="Go-live date" type="date" value={form.go_live_date} onChange={set('go_live_date')} help={errors.go_live_date ?? 'The first invoice is prorated from this day.'} __next40pxDefaultSize />
            <SelectControl
              label="Billing term"
              value={form.billing_term_months}
              options={TERMS}
              onChange={(v) => set('billing_term_months')(String(v))}
              __next40pxDefaultSize
            />
            <TextControl label="Tax rate (%)" value={form.tax_percent} onChange={set('tax_percent')} help={errors.tax_percent} inputMode="decimal" __next40pxDefaultSize />
            <SelectControl
              label="Payment method"
              value={form.payment_method}
              options={[
                { value: 'manual', label: 'Bank transfer / manual' },
                { value: 'card', label: 'Card' },
              ]}
              onChange={(v) => set('payment_method')(v as BillingForm['payment_method'])}
              __next40pxDefaultSize
            />
            {form.payment_method === 'card' ? (
              <TextControl label="Card expiry (MM/YYYY)" value={form.card_expiry} onChange={set('card_expiry')} help={errors.card_expiry ?? 'For the expiry reminders. Card numbers are never stored.'} __next40pxDefaultSize />
            ) : null}
            <TextControl label="Billing email" type="email" value={form.billing_email} onChange={set('billing_email')} help={errors.billing_email ?? 'Empty: the contact email.'} __next40pxDefaultSize />
            <TextControl label="Payment terms (days)" value={form.payment_terms_days} onChange={set('payment_terms_days')} help={errors.payment_terms_days} inputMode="numeric" __next40pxDefaultSize />
          </div>
          <InlineError error={error} />
          <div className="retainer-button-row">
            <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
              Save billing settings
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
