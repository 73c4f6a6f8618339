import './plans.css';
import { Button, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { PageHeader } from '../../components/PageHeader';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { formatMinutes, formatMoney } from './money';
import { PlanFormModal } from './PlanFormModal';
import { deletePlan, listPlans, type Plan } from './plans-api';

type Dialog = { kind: 'create' } | { kind: 'edit'; plan: Plan } | { kind: 'delete'; plan: Plan } | null;
const TERM: Record<number, string> = { 1: '', 3: ', prepaid 3 months', 6: ', prepaid 6 months', 12: ', prepaid 12 months' };
const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** The tiers the freelancer sells: price, what is included, backup policy and report mode. */
export function PlansPage() {
  const notify = useNotify();
  const plans = useResource((signal) => listPlans(signal), []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [busy, setBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function remove(plan: Plan) {
    setBusy(true);
    try {
      await deletePlan(plan.id);
      notify(`${plan.name} was deleted.`);
      setDeleteError(null);
      plans.reload();
    } catch (error) {
      setDeleteError(errorMessage(error, { CONFLICT: `${plan.name} is used by clients. Move them to another plan first.` }));
    } finally {
      setBusy(false);
      setDialog(null);
    }
  }

  const data = plans.data;
  let body;
  if (plans.error && !data) body = <ErrorState error={plans.error} onRetry={plans.reload} title="The plans could not be loaded." />;
  else if (!data) body = <LoadingState label="Loading plans…" />;
  else if (data.items.length === 0)
    body = (
      <EmptyState title="No plans yet">
        <p>Plans say what a client pays each month and what it includes.</p>
        <Button variant="primary" __next40pxDefaultSize onClick={() => setDialog({ kind: 'create' })}>
          Add your first plan
        </Button>
      </EmptyState>
    );
  else
    body = (
      <div className="retainer-plan-cards" data-testid="plans-list">
        {data.items.map((plan) => (
          <article key={plan.id} className="retainer-panel retainer-plan-card" data-testid="plan-card" data-plan-id={plan.id} aria-labelledby={`plan-${plan.id}`}>
            <h2 id={`plan-${plan.id}`}>{plan.name}</h2>
            <p className="retainer-plan-card__price">
              {formatMoney(plan.monthly_fee_cents, plan.currency)} <span className="retainer-muted">/ month{TERM[plan.billing_term_months] ?? ''}</span>
            </p>
            {plan.description ? <p>{plan.description}</p> : null}
            <dl className="retainer-facts">
              <dt>Support time</dt>
              <dd>{`${formatMinutes(plan.included_minutes)} a month${plan.minutes_roll_over ? ', unused time carries over' : ', use it or lose it'}`}</dd>
              <dt>Restores / repairs</dt>
              <dd>{`${plan.included_restores} / ${plan.included_repairs} per ${plan.allowance_period}`}</dd>
              <dt>Extra time</dt>
              <dd>{`${formatMoney(plan.hourly_rate_cents, plan.currency)} an hour`}</dd>
              <dt>Backups</dt>
              <dd>{`offsite within ${days(plan.backup_max_age_days)}, kept ${days(plan.backup_retention_days)}`}</dd>
              <dt>Report</dt>
              <dd>{plan.report_mode === 'auto_send' ? 'sent automatically' : 'approved by you first'}</dd>
            </dl>
            {plan.inclusions.length > 0 ? (
              <>
                <h3>Included</h3>
                <ul>{plan.inclusions.map((l, i) => <li key={i}>{l}</li>)}</ul>
              </>
            ) : null}
            {plan.exclusions.length > 0 ? (
              <>
                <h3>Not included</h3>
                <ul>{plan.exclusions.map((l, i) => <li key={i}>{l}</li>)}</ul>
              </>
            ) : null}
            <div className="retainer-button-row">
              <Badge tone={plan.client_count > 0 ? 'info' : 'neutral'}>{`${plan.client_count} ${plan.client_count === 1 ? 'client' : 'clients'}`}</Badge>
              <Button variant="secondary" size="compact" onClick={() => setDialog({ kind: 'edit', plan })} aria-label={`Edit ${plan.name}`}>
                Edit
              </Button>
              <Button variant="tertiary" size="compact" isDestructive onClick={() => { setDeleteError(null); setDialog({ kind: 'delete', plan }); }} aria-label={`Delete ${plan.name}`}>
                Delete
              </Button>
            </div>
          </article>
        ))}
      </div>
    );

  return (
    <>
      <PageHeader
        title="Plans"
        actions={
          <Button variant="primary" __next40pxDefaultSize onClick={() => setDialog({ kind: 'create' })}>
            Add plan
          </Button>
        }
      />
      {deleteError ? (
        <div className="retainer-inline-error" role="alert">
          <p>{deleteError}</p>
        </div>
      ) : null}
      {body}
      {dialog?.kind === 'create' || dialog?.kind === 'edit' ? (
        <PlanFormModal
          {...(dialog.kind === 'edit' ? { plan: dialog.plan } : {})}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            notify(`${saved.name} was saved.`);
            setDialog(null);
            plans.reload();
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={dialog?.kind === 'delete'}
        title={dialog?.kind === 'delete' ? `Delete ${dialog.plan.name}?` : 'Delete plan?'}
        confirmButtonText="Delete plan"
        isBusy={busy}
        onConfirm={() => dialog?.kind === 'delete' && void remove(dialog.plan)}
        onCancel={() => setDialog(null)}
      >
        {dialog?.kind === 'delete' && dialog.plan.client_count > 0 ? 'Clients are on this plan: it cannot be deleted until they move to another plan.' : 'The plan is removed. Existing contracts keep their own copy of the terms.'}
      </ConfirmDialog>
    </>
  );
}
