import type { User } from '../../app/api';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { AlertChannelsPanel } from './AlertChannelsPanel';
import { EmailSettingsPanel } from './EmailSettingsPanel';
import { ApiTokensPanel } from './ApiTokensPanel';
import { UsersPanel } from './UsersPanel';

/**
 * Hub settings. Owners manage alert channels, users (technicians by invite) and see the email settings
 * (they come from the environment) with a test button; everyone manages their own API tokens; branding
 * lives with the reports.
 */
export function SettingsPage({ user }: { user: User }) {
  // Alert channels and email are owner-only on the hub; a technician would only see "forbidden" there.
  const owner = user.role === 'owner';
  return (
    <>
      <PageHeader title="Settings" />
      <div className="retainer-settings-grid">
        {owner ? <AlertChannelsPanel /> : null}

        <UsersPanel user={user} />

        {owner ? <EmailSettingsPanel userEmail={user.email} /> : null}
        <ApiTokensPanel />
        <section className="retainer-panel" aria-labelledby="branding-title" data-testid="branding-panel">
          <h2 id="branding-title">Branding</h2>
          <p>
            Your business name, logo, colour, reply-to address and footer appear on every client report. They are edited
            with the reports: <Link to={paths.reports()}>Reports → Branding</Link>.
          </p>
        </section>
      </div>
    </>
  );
}
