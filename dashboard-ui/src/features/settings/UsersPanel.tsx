import { Button, Notice, TextControl, __experimentalConfirmDialog as ConfirmDialog } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import type { User } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import { CopyField } from '../../components/CopyField';
import { ErrorState, InlineError, LoadingState } from '../../components/StateViews';
import { Badge } from '../../components/StatusBadge';
import { useConfirmedAction } from '../../lib/use-confirmed-action';
import { useResource } from '../../lib/use-resource';
import { isPlausibleEmail } from '../../lib/validation';
import { changeRole, inviteTechnician, listUsers, removeUser, renewInvite, type HubUser, type InvitedUser } from './users-api';
import { removalBlocker, roleChangeFor, type RoleChange } from './users-tokens';

const ROLE_LABEL: Record<string, string> = { owner: 'Owner', technician: 'Technician' };

/** Owners manage who can sign in; a technician only sees that this is the owner's job. */
export function UsersPanel({ user }: { user: User }) {
  return (
    <section className="retainer-panel" aria-labelledby="users-title" data-testid="users-panel">
      <h2 id="users-title">Users</h2>
      {user.role === 'owner' ? (
        <OwnerUsers me={user} />
      ) : (
        <p>
          You are signed in as <strong>{user.email}</strong> (technician). Only an owner can invite or remove users or
          change their role, and billing and hub settings are the owner’s too.
        </p>
      )}
    </section>
  );
}

function OwnerUsers({ me }: { me: User }) {
  const users = useResource((signal) => listUsers(signal), []);
  const [failure, setFailure] = useState<unknown>(null);
  const removal = useConfirmedAction(async (target: HubUser) => {
    await removeUser(target.id);
    return `${target.email} was removed.`;
  }, users.reload);
  const roleChange = useConfirmedAction(async ({ user: target, change }: { user: HubUser; change: RoleChange }) => {
    await changeRole(target.id, change.to);
    return `${target.email} is now ${change.to === 'owner' ? 'an owner' : 'a technician'}.`;
  }, users.reload);
  const confirming = removal.target;
  const changing = roleChange.target;
  const [invited, setInvited] = useState<InvitedUser | null>(null);
  const items = users.data?.items ?? [];

  async function renew(target: HubUser) {
    setFailure(null);
    try {
      setInvited(await renewInvite(target.id));
      users.reload();
    } catch (error) {
      setFailure(error);
    }
  }
  const owners = items.filter((u) => u.role === 'owner').length;


  if (users.error && !users.data) return <ErrorState error={users.error} onRetry={users.reload} title="The users could not be loaded." />;
  if (!users.data) return <LoadingState label="Loading users…" />;
  return (
    <>
      <div className="retainer-table-wrap">
        <table className="retainer-table">
          <caption className="retainer-visually-hidden">Users of this hub</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">
                <span className="retainer-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((u) => {
              const blocker = removalBlocker(u, me, owners);
              const change = roleChangeFor(u, me);
              return (
                <tr key={u.id}>
                  <td>
                    {u.email} {u.id === me.id ? <span className="retainer-muted">(you)</span> : null}
                  </td>
                  <td>
                    <Badge tone={u.role === 'owner' ? 'info' : 'neutral'}>{ROLE_LABEL[u.role] ?? u.role}</Badge>{' '}
                    {u.status === 'invited' ? <Badge tone="warning">Invited</Badge> : null}
                  </td>
                  <td>
                    {u.status === 'invited' ? (
                      <Button variant="tertiary" size="compact" onClick={() => void renew(u)}>
                        New link
                      </Button>
                    ) : null}
                    {change ? (
                      <Button variant="tertiary" size="compact" onClick={() => roleChange.ask({ user: u, change })} aria-label={`${change.action}: ${u.email}`}>
                        {change.action}
                      </Button>
                    ) : null}
                    {blocker ? null : (
                      <Button variant="tertiary" isDestructive size="compact" onClick={() => removal.ask(u)}>
                        Remove
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <InlineError error={failure} />
      <InlineError error={removal.failure} />
      <InlineError error={roleChange.failure} />
      <InviteForm
        onInvited={(result) => {
          setInvited(result);
          users.reload();
        }}
      />
      {invited ? <InviteLink invited={invited} /> : null}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={confirming ? `Remove ${confirming.email}?` : 'Remove user?'}
        confirmButtonText="Remove user"
        isBusy={removal.busy}
        onConfirm={removal.confirm}
        onCancel={removal.cancel}
      >
        They can no longer sign in, and their API tokens stop working at once. Work they logged stays.
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={changing !== null}
        title={changing?.change.question ?? 'Change role?'}
        confirmButtonText={changing?.change.action ?? 'Change role'}
        isBusy={roleChange.busy}
        onConfirm={roleChange.confirm}
        onCancel={roleChange.cancel}
      >
        {changing?.change.consequence}
      </ConfirmDialog>
    </>
  );
}

/** The one-time link, shown once: the hub keeps only its hash. */
function InviteLink({ invited }: { invited: InvitedUser }) {
  return (
    <div role="status" data-testid="invite-result">
      <Notice status="success" isDismissible={false}>
        Send this link to {invited.user.email}. It works once, until {new Date(invited.invite_expires_at).toLocaleString()}, and is not shown again.
      </Notice>
      <CopyField label="Invite link" value={invited.invite_url} testId="invite-link" />
    </div>
  );
}

function InviteForm({ onInvited }: { onInvited: (invited: InvitedUser) => void }) {
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!isPlausibleEmail(email)) return setProblem('Enter a valid email address.');
    setProblem(null);
    setBusy(true);
    try {
      onInvited(await inviteTechnician(email.trim()));
      setEmail('');
    } catch (error) {
      setProblem(errorMessage(error, { CONFLICT: 'A user with this email already exists.' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="invite-title">
      <h3 id="invite-title">Invite a technician</h3>
      <TextControl label="Email" type="email" value={email} onChange={setEmail} __next40pxDefaultSize help={problem ?? 'Technicians work on sites, updates, uptime, backups and the work log; billing and settings stay with owners.'} className={problem ? 'has-error' : undefined} />
      <div className="retainer-button-row">
        <Button type="submit" variant="secondary" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
          Create invite link
        </Button>
      </div>
    </form>
  );
}
