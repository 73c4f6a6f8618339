import { Button, Notice, TextControl } from '@wordpress/components';
import { Fragment, useState, type FormEvent } from 'react';
import { Badge } from '../../components/StatusBadge';
import { ErrorState, LoadingState } from '../../components/StateViews';
import { useResource } from '../../lib/use-resource';
import { describeConnection, senderLabel, testFailed, testSucceeded, validateRecipient, type TestOutcome } from './email-settings';
import { getEmailSettings, sendTestEmail, type EmailSettings } from './settings-api';

/** How the hub sends email (read-only: it comes from the environment) and a button to prove it works. */
export function EmailSettingsPanel({ userEmail }: { userEmail: string }) {
  const settings = useResource((signal) => getEmailSettings(signal), []);
  const configured = settings.data?.configured ?? false;

  return (
    <section className="retainer-panel" aria-labelledby="smtp-title" data-testid="smtp-panel">
      <div className="retainer-panel__header">
        <h2 id="smtp-title">Email (SMTP)</h2>
        {settings.data ? <Badge tone={configured ? 'success' : 'warning'}>{configured ? 'Set up' : 'Not set up'}</Badge> : null}
      </div>
      <p className="retainer-muted">
        Set by the hub’s environment variables (SMTP_URL and the sender addresses below); to change them, edit the
        hub’s environment and restart it. The SMTP login and password are never shown here.
      </p>
      {settings.error && !settings.data ? (
        <ErrorState error={settings.error} onRetry={settings.reload} title="The email settings could not be loaded." />
      ) : !settings.data ? (
        <LoadingState label="Loading email settings…" />
      ) : (
        <>
          <ConnectionFacts settings={settings.data} />
          {configured ? (
            <TestEmailForm userEmail={userEmail} />
          ) : (
            <p>Reports, alerts and invoices are not emailed until SMTP_URL is set (for example smtps://user:password@mail.example.com).</p>
          )}
        </>
      )}
    </section>
  );
}

function ConnectionFacts({ settings }: { settings: EmailSettings }) {
  return (
    <dl className="retainer-facts">
      <dt>Server</dt>
      <dd data-testid="smtp-server">{describeConnection(settings)}</dd>
      {settings.senders.map((s) => (
        <Fragment key={s.purpose}>
          <dt>{senderLabel(s.purpose)}</dt>
          <dd>
            {s.address} <span className="retainer-muted">({s.variable})</span>
            {s.placeholder ? <span className="retainer-muted"> — a placeholder many servers refuse; set {s.variable}.</span> : null}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

function TestEmailForm({ userEmail }: { userEmail: string }) {
  const [to, setTo] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = validateRecipient(to);
    setInvalid(problem);
    if (problem) return;
    setSending(true);
    setOutcome(null);
    try {
      setOutcome(testSucceeded(await sendTestEmail(to.trim() || undefined)));
    } catch (error) {
      setOutcome(testFailed(error));
    } finally {
      setSending(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="smtp-test-title">
      <h3 id="smtp-test-title">Send a test email</h3>
      <TextControl
        label="Send to (optional)"
        type="email"
        value={to}
        onChange={setTo}
        __next40pxDefaultSize
        help={invalid ?? `Empty: your own address (${userEmail}).`}
        className={invalid ? 'has-error' : undefined}
      />
      <div className="retainer-button-row">
        <Button type="submit" variant="secondary" __next40pxDefaultSize isBusy={sending} disabled={sending} accessibleWhenDisabled>
          Send test email
        </Button>
      </div>
      {outcome ? (
        <div role={outcome.ok ? 'status' : 'alert'} data-testid="smtp-test-result">
          <Notice status={outcome.ok ? 'success' : 'error'} isDismissible={false}>
            {outcome.text}
          </Notice>
        </div>
      ) : null}
    </form>
  );
}
