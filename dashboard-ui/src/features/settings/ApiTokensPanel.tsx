import { Button, Notice, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { CopyField } from '../../components/CopyField';
import { RelativeTime } from '../../components/RelativeTime';
import { EmptyState, ErrorState, LoadingState } from '../../components/StateViews';
import { Badge } from '../../components/StatusBadge';
import { useConfirmedAction } from '../../lib/use-confirmed-action';
import { useResource } from '../../lib/use-resource';
import { createApiToken, listApiTokens, revokeApiToken, type ApiToken, type CreatedApiToken } from './users-api';
import { parseTokenForm, tokenExpiryLabel } from './users-tokens';

const formatDate = (iso: string) => new Date(iso).toLocaleDateString();

/** Your own tokens for scripts: `Authorization: Bearer rtk_…` acts as you, with your role. */
export function ApiTokensPanel() {
  const tokens = useResource((signal) => listApiTokens(signal), []);
  const revoking = useConfirmedAction(async (token: ApiToken) => {
    await revokeApiToken(token.id);
    return `The token “${token.name}” was revoked.`;
  }, tokens.reload);
  const confirming = revoking.target;

  return (
    <section className="retainer-panel" aria-labelledby="tokens-title" data-testid="tokens-panel">
      <h2 id="tokens-title">API tokens</h2>
      <p className="retainer-muted">
        Personal tokens let a script call the hub’s API as you (send <code>Authorization: Bearer rtk_…</code>). A token
        can do what you can do; revoke it when the script no longer needs it.
      </p>
      {tokens.error && !tokens.data ? (
        <ErrorState error={tokens.error} onRetry={tokens.reload} title="Your API tokens could not be loaded." />
      ) : !tokens.data ? (
        <LoadingState label="Loading API tokens…" />
      ) : tokens.data.items.length === 0 ? (
        <EmptyState title="No API tokens yet." />
      ) : (
        <TokenTable items={tokens.data.items} onRevoke={revoking.ask} />
      )}
      {revoking.failure ? (
        <Notice status="error" isDismissible={false}>
          {errorMessage(revoking.failure)}
        </Notice>
      ) : null}
      <CreateTokenForm onCreated={() => tokens.reload()} />
      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming ? `Revoke “${confirming.name}”?` : 'Revoke token?'}
        confirmButtonText="Revoke token"
        isBusy={revoking.busy}
        onConfirm={revoking.confirm}
        onCancel={revoking.cancel}
      >
        Scripts using this token get “401 Sign in first” from now on. This cannot be undone.
      </ConfirmDialog>
    </section>
  );
}

function TokenTable({ items, onRevoke }: { items: ApiToken[]; onRevoke: (t: ApiToken) => void }) {
  return (
    <div className="retainer-table-wrap">
      <table className="retainer-table">
        <caption className="retainer-visually-hidden">Your API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="retainer-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>{formatDate(t.created_at)}</td>
              <td>
                <RelativeTime value={t.last_used_at} />
              </td>
              <td>{t.expired ? <Badge tone="warning">Expired</Badge> : tokenExpiryLabel(t, formatDate)}</td>
              <td>
                <Button variant="tertiary" isDestructive size="compact" onClick={() => onRevoke(t)}>
                  Revoke
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTokenForm(name, days);
    if ('problem' in parsed) return setProblem(parsed.problem);
    setProblem(null);
    setBusy(true);
    try {
      setCreated(await createApiToken(parsed.body));
      setName('');
      onCreated();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-token-title">
      <h3 id="new-token-title">Create a token</h3>
      <TextControl label="Name" value={name} onChange={setName} __next40pxDefaultSize help={problem ?? 'What will use it, e.g. “Deploy script”.'} className={problem ? 'has-error' : undefined} />
      <TextControl label="Expires after (days)" type="number" min={1} max={365} value={days} onChange={setDays} __next40pxDefaultSize help="1 to 365; empty for a token that does not expire." />
      <div className="retainer-button-row">
        <Button type="submit" variant="secondary" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
          Create token
        </Button>
      </div>
      {created ? (
        <div role="status" data-testid="token-result">
          <Notice status="success" isDismissible={false}>
            Copy the token “{created.token.name}” now: it is not shown again.
          </Notice>
          <CopyField label="API token" value={created.secret} testId="token-secret" />
        </div>
      ) : null}
    </form>
  );
}
