import './updates.css';
import { Button, SelectControl, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useNotify } from '../../app/notices';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Badge } from '../../components/StatusBadge';
import { EmptyState, ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { useConfirmedAction } from '../../lib/use-confirmed-action';
import { useResource } from '../../lib/use-resource';
import { createAdvisory, deleteAdvisory, listAdvisories, type Advisory } from './advisories-api';
import { EMPTY_ADVISORY, parseAdvisory, type AdvisoryDraft, type AdvisoryErrors } from './advisory-form';
import { ITEM_TYPE_LABELS } from './update-presentation';

const SEVERITY: Record<Advisory['severity'], { label: string; tone: 'error' | 'warning' | 'neutral' }> = {
  critical: { label: 'Critical', tone: 'error' },
  high: { label: 'High', tone: 'error' },
  medium: { label: 'Medium', tone: 'warning' },
  low: { label: 'Low', tone: 'neutral' },
};

/**
 * The security advisories the freelancer follows (from the bulletins they read, or imported by a script
 * with an API token). An update that crosses an advisory's fixed version is a security update in the
 * update center, the history and the client's monthly report.
 */
export function AdvisoriesPage() {
  const advisories = useResource((signal) => listAdvisories(signal), []);
  const removal = useConfirmedAction(async (a: Advisory) => {
    await deleteAdvisory(a.id);
    return 'The advisory was deleted.';
  }, advisories.reload);
  const removing = removal.target;

  const items = advisories.data ?? [];
  let body;
  if (advisories.error && !advisories.data) body = <ErrorState error={advisories.error} onRetry={advisories.reload} title="The advisories could not be loaded." />;
  else if (!advisories.data) body = <LoadingState label="Loading advisories…" />;
  else if (items.length === 0)
    body = (
      <EmptyState title="No advisories recorded yet">
        <p>Record one when a security bulletin names a plugin, theme or WordPress version your clients run.</p>
      </EmptyState>
    );
  else
    body = (
      <div className="retainer-table-wrap">
        <table className="retainer-table" data-testid="advisories-table">
          <caption className="retainer-visually-hidden">Recorded security advisories</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Issue</th>
              <th scope="col">Fixed in</th>
              <th scope="col">Sites still affected</th>
              <th scope="col">
                <span className="retainer-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-testid="advisory-row">
                <td>
                  <strong>{a.slug}</strong> <span className="retainer-muted">{ITEM_TYPE_LABELS[a.type]}</span>
                </td>
                <td>
                  <Badge tone={SEVERITY[a.severity].tone}>{SEVERITY[a.severity].label}</Badge> {a.title}
                  {a.reference_url ? (
                    <>
                      {' '}
                      <a href={a.reference_url} target="_blank" rel="noopener noreferrer">
                        Details<span className="retainer-visually-hidden"> (opens in a new tab)</span>
                      </a>
                    </>
                  ) : null}
                </td>
                <td>
                  {a.fixed_in}
                  {a.affected_from ? <span className="retainer-muted"> (affects {a.affected_from} and later)</span> : null}
                </td>
                <td>{a.affected_sites === 0 ? <Badge tone="success">None</Badge> : <Badge tone="error">{`${a.affected_sites} ${a.affected_sites === 1 ? 'site' : 'sites'}`}</Badge>}</td>
                <td>
                  <Button variant="tertiary" isDestructive size="compact" onClick={() => removal.ask(a)} aria-label={`Delete the advisory for ${a.slug} ${a.fixed_in}`}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <PageHeader title="Security advisories" actions={<Link to={paths.updates()}>Pending updates</Link>}>
        <p>
          Updates that move an item past an advisory’s fixed version are marked as security updates in the update center, the history and
          your clients’ monthly reports. “Sites still affected” counts connected sites whose last report shows an affected version.
        </p>
      </PageHeader>
      {body}
      {removal.failure ? <InlineError error={removal.failure} /> : null}
      <AdvisoryForm onSaved={advisories.reload} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={removing ? `Delete the advisory for ${removing.slug} ${removing.fixed_in}?` : 'Delete advisory?'}
        confirmButtonText="Delete advisory"
        isBusy={removal.busy}
        onConfirm={removal.confirm}
        onCancel={removal.cancel}
      >
        Updates it marked stop counting as security updates, also in reports made from now on. Reports already sent do not change.
      </ConfirmDialog>
    </>
  );
}

function AdvisoryForm({ onSaved }: { onSaved: () => void }) {
  const [draft, setDraft] = useState<AdvisoryDraft>(EMPTY_ADVISORY);
  const [errors, setErrors] = useState<AdvisoryErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const set = (patch: Partial<AdvisoryDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAdvisory(draft);
    if ('errors' in parsed) return setErrors(parsed.errors);
    setErrors({});
    setProblem(null);
    setBusy(true);
    try {
      const created = await createAdvisory(parsed.body);
      notify(`Advisory recorded for ${created.slug} ${created.fixed_in}.`);
      setDraft(EMPTY_ADVISORY);
      onSaved();
    } catch (error) {
      setProblem(errorMessage(error, { CONFLICT: 'This item already has an advisory fixed in that version.' }));
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof AdvisoryErrors, help: string) => ({ help: errors[key] ?? help, 'aria-invalid': errors[key] ? true : undefined, className: errors[key] ? 'has-error' : undefined });
  return (
    <section className="retainer-panel" aria-labelledby="advisory-form-title">
      <h2 id="advisory-form-title">Record an advisory</h2>
      <form className="retainer-form" onSubmit={(e) => void submit(e)} noValidate data-testid="advisory-form">
        <SelectControl
          label="Kind"
          value={draft.type}
          options={[
            { value: 'plugin', label: 'Plugin' },
            { value: 'theme', label: 'Theme' },
            { value: 'core', label: 'WordPress core' },
          ]}
          onChange={(type) => set({ type: type as AdvisoryDraft['type'] })}
          __next40pxDefaultSize
          __nextHasNoMarginBottom
        />
        {draft.type === 'core' ? null : (
          <TextControl label="Slug" value={draft.slug} onChange={(slug) => set({ slug })} __next40pxDefaultSize {...field('slug', 'As on wordpress.org; a plugin page address works too.')} />
        )}
        <TextControl label="Fixed in version" value={draft.fixedIn} onChange={(fixedIn) => set({ fixedIn })} __next40pxDefaultSize {...field('fixedIn', 'The first version without the issue.')} />
        <TextControl label="Affected from version (optional)" value={draft.affectedFrom} onChange={(affectedFrom) => set({ affectedFrom })} __next40pxDefaultSize {...field('affectedFrom', 'Empty: every version before the fix.')} />
        <SelectControl
          label="Severity"
          value={draft.severity}
          options={(['critical', 'high', 'medium', 'low'] as const).map((s) => ({ value: s, label: SEVERITY[s].label }))}
          onChange={(severity) => set({ severity: severity as AdvisoryDraft['severity'] })}
          __next40pxDefaultSize
          __nextHasNoMarginBottom
        />
        <TextControl label="Issue" value={draft.title} onChange={(title) => set({ title })} __next40pxDefaultSize {...field('title', 'For example “Unauthenticated file upload”.')} />
        <TextControl label="Bulletin address (optional)" type="url" value={draft.referenceUrl} onChange={(referenceUrl) => set({ referenceUrl })} __next40pxDefaultSize {...field('referenceUrl', 'Where you read about it.')} />
        {problem ? (
          <p className="retainer-inline-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="retainer-button-row">
          <Button type="submit" variant="primary" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
            Record advisory
          </Button>
        </div>
      </form>
    </section>
  );
}
