import { Button, Modal, SelectControl, TextareaControl, TextControl, ToggleControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { InlineError } from '../../components/StateViews';
import { EMPTY_PLAN_FORM, planToForm, validatePlan, type PlanForm, type PlanFormErrors } from './plan-form';
import { createPlan, updatePlan, type Plan } from './plans-api';

const TERMS: Array<{ value: string; label: string }> = [
  { value: '1', label: 'Monthly' },
  { value: '3', label: 'Prepaid 3 months' },
  { value: '6', label: 'Prepaid 6 months' },
  { value: '12', label: 'Prepaid 12 months' },
];

export function PlanFormModal({ plan, onClose, onSaved }: { plan?: Plan; onClose: () => void; onSaved: (plan: Plan) => void }) {
  const [form, setForm] = useState<PlanForm>(plan ? planToForm(plan) : EMPTY_PLAN_FORM);
  const [errors, setErrors] = useState<PlanFormErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof PlanForm>(field: K) => (value: PlanForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const text = (field: keyof PlanForm, label: string, help: string, extra: Record<string, unknown> = {}) => (
    <TextControl label={label} value={form[field] as string} onChange={set(field) as (v: string) => void} help={errors[field] ?? help} aria-invalid={errors[field] ? true : undefined} {...extra} />
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { value, errors: found } = validatePlan(form);
    setErrors(found);
    if (!value) return;
    setBusy(true);
    setError(null);
    try {
      onSaved(plan ? await updatePlan(plan.id, value) : await createPlan(value));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <Modal title={plan ? `Edit ${plan.name}` : 'Add a plan'} onRequestClose={onClose} size="large" focusOnMount="firstContentElement" shouldCloseOnClickOutside={!busy}>
      <form className="retainer-form retainer-plan-form" onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>Plan</legend>
          {text('name', 'Name', 'For example Essential, Care or Pro.', { required: true })}
          <TextareaControl label="Description" value={form.description} onChange={set('description')} help={errors.description ?? 'One or two sentences for the client.'} />
        </fieldset>
        <fieldset>
          <legend>Price</legend>
          <div className="retainer-form-grid">
            {text('monthly_fee', 'Monthly fee', 'Before tax.', { inputMode: 'decimal', required: true })}
            {text('currency', 'Currency', 'EUR, USD, GBP…')}
            <SelectControl
              label="Billing term"
              value={form.billing_term_months}
              options={TERMS}
              onChange={(v) => set('billing_term_months')(String(v))}
              help={errors.billing_term_months}
              __next40pxDefaultSize
            />
            {text('hourly_rate', 'Hourly rate beyond included time', 'Billed for extra support time.', { inputMode: 'decimal' })}
          </div>
        </fieldset>
        <fieldset>
          <legend>What is included</legend>
          <div className="retainer-form-grid">
            {text('included_hours', 'Support hours per month', 'For example 2 or 1h30.')}
            {text('included_restores', 'Backup restores', 'Included per period.', { inputMode: 'numeric' })}
            {text('included_repairs', 'Repairs', 'Fixes included per period.', { inputMode: 'numeric' })}
            <SelectControl
              label="Allowance period"
              value={form.allowance_period}
              options={[
                { value: 'month', label: 'Per calendar month' },
                { value: 'year', label: 'Per calendar year' },
              ]}
              onChange={(v) => set('allowance_period')(v as PlanForm['allowance_period'])}
              __next40pxDefaultSize
            />
          </div>
          <ToggleControl label="Unused hours carry over to the next month" checked={form.minutes_roll_over} onChange={set('minutes_roll_over')} help="Off: use it or lose it." />
          <div className="retainer-form-grid">
            <TextareaControl label="Included (one per line)" value={form.inclusions} onChange={set('inclusions')} help={errors.inclusions ?? 'Listed in the contract and the report.'} />
            <TextareaControl label="Not included (one per line)" value={form.exclusions} onChange={set('exclusions')} help={errors.exclusions} />
          </div>
        </fieldset>
        <fieldset>
          <legend>Backups, uptime and reports</legend>
          <div className="retainer-form-grid">
            {text('backup_max_age_days', 'Newest offsite backup at most (days)', 'Older than this raises a backup alert.', { inputMode: 'numeric' })}
            {text('backup_retention_days', 'Keep backups (days)', 'At least 30 is recommended.', { inputMode: 'numeric' })}
            {text('uptime_interval_s', 'Uptime check every (seconds)', 'From 30 to 3600.', { inputMode: 'numeric' })}
            <SelectControl
              label="Monthly report"
              value={form.report_mode}
              options={[
                { value: 'needs_approval', label: 'I approve each report before it is sent' },
                { value: 'auto_send', label: 'Send automatically on the 1st' },
              ]}
              onChange={(v) => set('report_mode')(v as PlanForm['report_mode'])}
              __next40pxDefaultSize
            />
          </div>
        </fieldset>
        <InlineError error={error} />
        <div className="retainer-button-row retainer-button-row--end">
          <Button variant="tertiary" __next40pxDefaultSize onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            {plan ? 'Save plan' : 'Add plan'}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
