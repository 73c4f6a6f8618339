import { Button } from '@wordpress/components';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from './router';
import { matchRoute, paths } from './routes';
import { useSession } from './session';
import type { User } from './api';

const NAV = [
  { label: 'Fleet', to: paths.fleet(), isCurrent: (name: string) => name === 'fleet' || name === 'site' },
  { label: 'Uptime', to: paths.uptime(), isCurrent: (name: string) => name === 'uptime' },
  { label: 'Backups', to: paths.backups(), isCurrent: (name: string) => name === 'backups' },
  { label: 'Updates', to: paths.updates(), isCurrent: (name: string) => name.startsWith('update') || name === 'security-advisories' },
  { label: 'Reports', to: paths.reports(), isCurrent: (name: string) => name === 'reports' || name === 'report' },
  { label: 'Clients', to: paths.clients(), isCurrent: (name: string) => name === 'clients' || name === 'client' },
  { label: 'Plans', to: paths.plans(), isCurrent: (name: string) => name === 'plans', ownerOnly: true },
  { label: 'Work log', to: paths.worklog(), isCurrent: (name: string) => name === 'worklog' },
  { label: 'Invoices', to: paths.invoices(), isCurrent: (name: string) => name === 'invoices', ownerOnly: true },
  { label: 'Settings', to: paths.settings(), isCurrent: (name: string) => name === 'settings' },
];

/** The signed-in frame: skip link, top bar with navigation and account, then the screen. */
export function Layout({ user, children }: { user: User; children: ReactNode }) {
  const { pathname } = useLocation();
  const { signOut } = useSession();
  const route = matchRoute(pathname);
  const main = useRef<HTMLElement>(null);

  // After moving to another screen, start keyboard and screen-reader users at its content, as a
  // page load would. Changes of the query string only (filters, paging) keep the focus where it is.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // A dialog the new screen opened on arrival keeps its focus.
    if (document.activeElement?.closest('[role="dialog"]')) return;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="retainer-shell">
      <a className="retainer-skip-link" href="#content">
        Skip to content
      </a>
      <header className="retainer-topbar">
        <Link to={paths.fleet()} className="retainer-topbar__brand">
          Retainer
        </Link>
        <nav aria-label="Main" className="retainer-topbar__nav">
          <ul>
            {/* Plans and invoices are owner-only on the hub: a technician would only meet a 403 there. */}
            {NAV.filter((item) => !item.ownerOnly || user.role === 'owner').map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item.isCurrent(route.name) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="retainer-topbar__account">
          <span className="retainer-topbar__email" title={`Signed in as ${user.email}`}>
            {user.email}
          </span>
          <Button variant="tertiary" __next40pxDefaultSize onClick={signOut}>
            Sign out
          </Button>
        </div>
      </header>
      <main id="content" className="retainer-main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </div>
  );
}
