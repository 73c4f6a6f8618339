import { Button, Notice, TextControl } from '@wordpress/components';
import { useEffect, useState, type FormEvent } from 'react';
import { callApi, type AuthResult } from '../../app/api';
import { errorMessage } from '../../app/error-messages';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useSession } from '../../app/session';
import { MIN_PASSWORD_LENGTH, newPasswordProblem } from '../../lib/validation';
import { AuthCard } from '../auth/AuthCard';
import { inviteTokenFromHash } from './users-tokens';

function acceptInvite(input: { token: string; password: string }): Promise<AuthResult> {
  return callApi('post', '/api/v1/users/invites/accept', { body: input, auth: false });
}

/** A technician's invite link (`/invite#token=…`): choose a password and land signed in. */
export function InvitePage() {
  // Read once: the fragment is then dropped from the address bar so the token does not linger in history.
  const [token] = useState(() => inviteTokenFromHash(window.location.hash));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  }, []);

  if (token === '') {
    return (
      <AuthCard title="Join this hub">
        <p>This address needs the one-time link the owner sent you. Ask them for a new invite if it is lost or expired.</p>
      </AuthCard>
    );
  }
  return <AcceptForm token={token} />;
}

function AcceptForm({ token }: { token: string }) {
  const { signIn } = useSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const passwordProblem = newPasswordProblem({ password, confirm });
    if (passwordProblem) return setProblem(passwordProblem);
    setProblem(null);
    setBusy(true);
    try {
      signIn(await acceptInvite({ token, password }));
      navigate(paths.fleet(), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error, { SETUP_TOKEN_INVALID: 'This invite link is invalid, expired or already used. Ask the owner for a new one.' }));
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Join this hub">
      <p>Choose a password for your technician account. You are signed in right after.</p>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <TextControl label="Password" help={`At least ${MIN_PASSWORD_LENGTH} characters.`} type="password" autoComplete="new-password" value={password} onChange={setPassword} required minLength={MIN_PASSWORD_LENGTH} />
        <TextControl label="Repeat the password" type="password" autoComplete="new-password" value={confirm} onChange={setConfirm} required />
        {problem ? (
          <Notice status="error" isDismissible={false}>
            {problem}
          </Notice>
        ) : null}
        <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
          Join
        </Button>
      </form>
    </AuthCard>
  );
}
