import { Button, Notice, TextControl } from '@wordpress/components';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../app/error-messages';
import { useSession } from '../../app/session';
import { useResource } from '../../lib/use-resource';
import { isPlausibleEmail } from '../../lib/validation';
import { fetchSetupStatus, signInWithPassword } from './auth-api';
import { AuthCard } from './AuthCard';
import { SetupLinkHelp } from './SetupLinkHelp';

export function SignInPage({ sessionEnded = false }: { sessionEnded?: boolean }) {
  const { signIn } = useSession();
  const setup = useResource((signal) => fetchSetupStatus(signal), []);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (setup.data?.needs_setup) {
    return (
      <AuthCard title="Finish setting up this hub">
        <p>This hub has no owner account yet, so nobody can sign in.</p>
        <SetupLinkHelp />
      </AuthCard>
    );
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!isPlausibleEmail(email)) return setProblem('Enter the email address of your account.');
    if (password === '') return setProblem('Enter your password.');
    setProblem(null);
    setBusy(true);
    try {
      signIn(await signInWithPassword({ email: email.trim(), password }));
    } catch (error) {
      setProblem(errorMessage(error));
      setBusy(false);
    }
  }

  return (
    <AuthCard title="Sign in">
      {sessionEnded ? (
        <Notice status="info" isDismissible={false}>
          You were signed out. Please sign in again.
        </Notice>
      ) : null}
      <form className="retainer-form" onSubmit={onSubmit} noValidate aria-describedby={problem ? 'sign-in-problem' : undefined}>
        <TextControl
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          required
          data-testid="login-email"
        />
        <TextControl
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
          data-testid="login-password"
        />
        {problem ? (
          <Notice status="error" isDismissible={false}>
            <span id="sign-in-problem">{problem}</span>
          </Notice>
        ) : null}
        <Button variant="primary" type="submit" __next40pxDefaultSize isBusy={busy} disabled={busy} accessibleWhenDisabled data-testid="login-submit">
          Sign in
        </Button>
      </form>
      <p className="retainer-muted retainer-auth__footnote">
        Forgot your password? Password reset is not available in this version yet.
      </p>
    </AuthCard>
  );
}
