import type { User } from '../../app/api';
import { Link } from '../../app/router';
import { paths } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Badge } from '../../components/StatusBadge';
import { AlertChannelsPanel } from './AlertChannelsPanel';
import { EmailSettingsPanel } from './EmailSettingsPanel';

const ROLE_LABEL: Record<string, string> = { owner: 'Owner', technician: 'Technician' };

/**
 * Hub settings. Alert channels are managed here, email settings are shown (they come from the environment)
 * with a test button, and branding lives with the reports; the other parts say plainly that they are not
 * available yet instead of showing controls that do nothing.
 */
export function SettingsPage({ user }: { user: User }) {
  return (
    <>
      <PageHeader title="Settings" />
      <div className="retainer-settings-grid">
        <AlertChannelsPanel />

        <section className="retainer-panel" aria-labelledby="users-title" data-testid="users-panel">
          <h2 id="users-title">Users</h2>
          <div className="retainer-table-wrap">
            <table className="retainer-table">
              <caption className="retainer-visually-hidden">Users of this hub</caption>
              <thead>
                <tr>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td>
                    {user.email} <span className="retainer-muted">(you)</span>
                  </td>
                  <td>
                    <Badge tone="info">{ROLE_LABEL[user.role] ?? user.role}</Badge>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <p className="retainer-muted">
            This hub has one account, the owner. Inviting technicians is not available yet: the hub has no user
            management API in this version.
          </p>
        </section>

        <EmailSettingsPanel userEmail={user.email} />
        <NotAvailable id="tokens" title="API tokens">
          Personal API tokens are not available yet. Scripts can sign in with an account’s email and password to get a
          short-lived token.
        </NotAvailable>
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

function NotAvailable({ id, title, children }: { id: string; title: string; children: string }) {
  return (
    <section className="retainer-panel" aria-labelledby={`${id}-title`} data-testid={`${id}-panel`}>
      <div className="retainer-panel__header">
        <h2 id={`${id}-title`}>{title}</h2>
        <Badge tone="neutral">Not available yet</Badge>
      </div>
      <p>{children}</p>
    </section>
  );
}
