import { ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { formatMinutes, formatMoney } from '../plans/money';
import { getUsage } from '../plans/plans-api';

/** A client's month against its plan: hours, restores, repairs and what goes on the invoice. */
export function UsagePanel({ clientId, month, version = 0 }: { clientId: string; month: string; version?: number }) {
  const usage = useResource((signal) => getUsage(clientId, month, signal), [clientId, month, version]);
  const u = usage.data;
  return (
    <section className="retainer-panel" aria-labelledby={`usage-${clientId}`} data-testid="usage-panel">
      <h2 id={`usage-${clientId}`}>Usage against the plan</h2>
      {usage.error ? <ErrorState error={usage.error} onRetry={usage.reload} /> : null}
      {!u && !usage.error ? <LoadingState /> : null}
      {u ? (
        <>
          <p>{u.plan ? `Plan: ${u.plan.name}` : 'This client has no plan: every minute is extra time.'}</p>
          <meter className="retainer-meter" min={0} max={Math.max(u.minutes.available, u.minutes.used, 1)} value={u.minutes.used} aria-label="Support time used" />
          <dl className="retainer-facts">
            <dt>Support time</dt>
            <dd>{`${formatMinutes(u.minutes.used)} used of ${formatMinutes(u.minutes.available)}${u.minutes.carried_over ? ` (${formatMinutes(u.minutes.carried_over)} carried over)` : ''}`}</dd>
            <dt>Left</dt>
            <dd>{u.minutes.over > 0 ? <span className="retainer-text-error">{`${formatMinutes(u.minutes.over)} over`}</span> : formatMinutes(u.minutes.remaining)}</dd>
            <dt>Restores</dt>
            <dd>{`${u.restores.used_in_period} of ${u.restores.included} this ${u.restores.period}${u.restores.over_this_month ? ` — ${u.restores.over_this_month} beyond the plan` : ''}`}</dd>
            <dt>Repairs</dt>
            <dd>{`${u.repairs.used_in_period} of ${u.repairs.included} this ${u.repairs.period}${u.repairs.over_this_month ? ` — ${u.repairs.over_this_month} beyond the plan` : ''}`}</dd>
            <dt>Extra to bill</dt>
            <dd>{u.overage.minutes > 0 ? `${formatMinutes(u.overage.minutes)} = ${formatMoney(u.overage.amount_cents, u.currency)}` : 'Nothing'}</dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}
