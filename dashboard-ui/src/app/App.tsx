import { Button } from '@wordpress/components';
import { useEffect } from 'react';
import { SetupPage } from '../features/auth/SetupPage';
import { InvitePage } from '../features/settings/InvitePage';
import { SignInPage } from '../features/auth/SignInPage';
import { BackupsOverviewPage } from '../features/backups/BackupsOverviewPage';
import { ClientsPage } from '../features/clients/ClientsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UptimeOverviewPage } from '../features/uptime/UptimeOverviewPage';
import { InvoicesPage } from '../features/billing/InvoicesPage';
import { ClientPage } from '../features/clients/ClientPage';
import { PlansPage } from '../features/plans/PlansPage';
import { ReportPage } from '../features/reports/ReportPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { UpdateHistoryPage } from '../features/updates/UpdateHistoryPage';
import { AdvisoriesPage } from '../features/updates/AdvisoriesPage';
import { WorklogPage } from '../features/worklog/WorklogPage';
import { UpdateRunPage } from '../features/updates/UpdateRunPage';
import { UpdateRunsPage } from '../features/updates/UpdateRunsPage';
import { UpdatesPage } from '../features/updates/UpdatesPage';
import { FleetPage } from '../features/fleet/FleetPage';
import { SiteDetailPage } from '../features/sites/SiteDetailPage';
import { ErrorState, LoadingState } from '../components/StateViews';
import { PageHeader } from '../components/PageHeader';
import type { User } from './api';
import { Layout } from './Layout';
import { NoticesProvider } from './notices';
import { Link, useLocation } from './router';
import { matchRoute, paths, type Route } from './routes';
import { SessionProvider, useSession } from './session';

export function App() {
  return (
    <SessionProvider>
      <NoticesProvider>
        <Screens />
      </NoticesProvider>
    </SessionProvider>
  );
}

const TITLES: Record<Route['name'], string> = {
  fleet: 'Fleet',
  site: 'Site',
  clients: 'Clients',
  uptime: 'Uptime',
  backups: 'Backups',
  settings: 'Settings',
  setup: 'Set up',
  invite: 'Join',
  'not-found': 'Page not found',
  updates: 'Updates',
  'update-runs': 'Update runs',
  'update-run': 'Update run',
  'update-history': 'Update history',
  'security-advisories': 'Security advisories',
  reports: 'Reports',
  report: 'Report',
  plans: 'Plans',
  worklog: 'Work log',
  invoices: 'Invoices',
  client: 'Client',
};

function Screens() {
  const { pathname } = useLocation();
  const { session, signOut, retry } = useSession();
  const route = matchRoute(pathname);

  useEffect(() => {
    document.title = `${TITLES[route.name]} · Retainer`;
  }, [route.name]);

  // Setup is reachable without an account: it is how the first account is made.
  if (route.name === 'setup') return <SetupPage />;
  // So is accepting an invite: it is how a technician's account gets its password.
  if (route.name === 'invite') return <InvitePage />;

  switch (session.status) {
    case 'signed-out':
      return <SignInPage sessionEnded={session.expired} />;
    case 'checking':
      return (
        <main id="content" className="retainer-auth">
          <LoadingState label="Signing you in…" />
        </main>
      );
    case 'unreachable':
      return (
        <main id="content" className="retainer-auth">
          <div className="retainer-auth__card">
            <ErrorState error={session.error} onRetry={retry} title="Could not check your session." />
            <Button variant="tertiary" __next40pxDefaultSize onClick={signOut}>
              Sign out
            </Button>
          </div>
        </main>
      );
    case 'signed-in':
      return (
        <Layout user={session.user}>
          <CurrentScreen route={route} user={session.user} />
        </Layout>
      );
  }
}

function CurrentScreen({ route, user }: { route: Route; user: User }) {
  switch (route.name) {
    case 'fleet':
      return <FleetPage />;
    case 'site':
      // keyed so moving between two sites starts from a clean state
      return <SiteDetailPage key={route.siteId} siteId={route.siteId} />;
    case 'clients':
      return <ClientsPage />;
    case 'uptime':
      return <UptimeOverviewPage />;
    case 'backups':
      return <BackupsOverviewPage />;
    case 'settings':
      return <SettingsPage user={user} />;
    case 'updates':
      return <UpdatesPage />;
    case 'update-runs':
      return <UpdateRunsPage />;
    case 'update-run':
      return <UpdateRunPage key={route.runId} runId={route.runId} />;
    case 'update-history':
      return <UpdateHistoryPage />;
    case 'security-advisories':
      return <AdvisoriesPage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage key={route.reportId} reportId={route.reportId} />;
    case 'plans':
      return <PlansPage />;
    case 'worklog':
      return <WorklogPage />;
    case 'invoices':
      return <InvoicesPage />;
    case 'client':
      return <ClientPage key={route.clientId} clientId={route.clientId} />;
    case 'setup':
    case 'invite':
    case 'not-found':
      return (
        <>
          <PageHeader title="Page not found" />
          <p>There is nothing at this address.</p>
          <p>
            <Link to={paths.fleet()}>Go to the fleet</Link>
          </p>
        </>
      );
  }
}
