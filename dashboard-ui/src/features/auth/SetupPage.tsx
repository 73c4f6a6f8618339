import { Button, Notice, TextControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { navigate, Link, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useSession } from '../../app/session';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { isPlausibleEmail, MIN_PASSWORD_LENGTH, newPasswordProblem } from '../../lib/validation';
import { completeSetup, fetchSetupStatus } from './auth-api';
import { AuthCard } from './AuthCard';
import { SetupLinkHelp } from './SetupLinkHelp';

/** First run: create the owner account with the one-time token from the hub's log. */
export function SetupPage() {
  const { search } = useLocation();
  const token = new URLSearchParams(search).get('token')?.trim() ?? '';
  const status = useResource((signal) => fetchSetupStatus(signal), []);
  const { session } = useSession();

  if (status.loading && !status.data) {
    return (
      <AuthCard title="Set up Retainer">
        <LoadingState label="Checking this hub…" />
      </AuthCard>
    );
  }
  if (status.error) {
    return (
      <AuthCard title="Set up Retainer">
        <ErrorState error={status.error} onRetry={status.reload} title="Could not check whether this hub is set up." />
      </AuthCard>
    );
  }
  if (!status.data?.needs_setup) {
    return (
      <AuthCard title="This hub is already set up">
        <p>The owner account exists, so the setup link is no longer needed.</p>
        <p>
          <Link to={paths.fleet()} replace className="components-button is-primary is-next-40px-default-size">
            {session.status === 'signed-in' ? 'Go to the dashboard' : 'Sign in'}
          </Link>
        </p>
      </AuthCard>
    );
  }
  if (token === '') {
    return (
      <AuthCard title="Set up Retainer">
        <p>This address needs the one-time token from the setup link.</p>
        <SetupLinkHelp />
      </AuthCard>
    );
  }
  return <SetupForm token={token} />;
}

function SetupForm({ token }: { token: string }) {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isPlausibleEmail(email)) return setProblem('Enter a valid email address.');
    const passwordProblem = newPasswordProblem({ password, confirm });
    if (passwordProblem) return setProblem(passwordProblem);
    setProblem(null);
    setBusy(true);
    try {
      const result = await completeSetup({ token, email: email.trim(), password });
      signIn(result);
      // Replace the address so the one-time token does not stay in the browser history.
      navigate(paths.fleet(), { replace: true });
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Create the owner account">
      <p>This account manages every client and site on this hub. You can sign in with it right after.</p>
      <form className="retainer-form" onSubmit={onSubmit} noValidate>
        <TextControl label="Email" type="email" autoComplete="username" value={email} onChange={setEmail} required />
        <TextControl
          label="Password"
          help={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          required
          minLength={MIN_PASSWORD_LENGTH}
        />
        <TextControl
          label="Repeat the password"
          type="password"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
          required
        />
        {problem ? (
          <Notice status="error" isDismissible={false}>
            {problem}
          </Notice>
        ) : null}
        <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled>
          Create account
        </Button>
      </form>
    </AuthCard>
  );
}
