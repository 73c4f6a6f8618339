/**
 * The dashboard's URLs. `matchRoute` is pure so the table of paths is tested without a browser;
 * `paths` builds links so no component concatenates URLs by hand.
 */
export type Route =
  | { name: 'fleet' }
  | { name: 'site'; siteId: string }
  | { name: 'clients' }
  | { name: 'uptime' }
  | { name: 'backups' }
  | { name: 'settings' }
  | { name: 'setup' }
  | { name: 'not-found' };

export const paths = {
  fleet: (search = '') => `/${search}`,
  site: (siteId: string) => `/sites/${encodeURIComponent(siteId)}`,
  clients: (search = '') => `/clients${search}`,
  /** The clients screen with the "Add a client" form open. */
  newClient: () => '/clients?new=1',
  uptime: (search = '') => `/uptime${search}`,
  backups: (search = '') => `/backups${search}`,
  settings: () => '/settings',
  setup: () => '/setup',
};

export function matchRoute(pathname: string): Route {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (clean === '/' || clean === '' || clean === '/sites') return { name: 'fleet' };
  if (clean === '/clients') return { name: 'clients' };
  if (clean === '/uptime') return { name: 'uptime' };
  if (clean === '/backups') return { name: 'backups' };
  if (clean === '/settings') return { name: 'settings' };
  if (clean === '/setup') return { name: 'setup' };
  const site = /^\/sites\/([^/]+)$/.exec(clean);
  if (site?.[1]) {
    try {
      return { name: 'site', siteId: decodeURIComponent(site[1]) };
    } catch {
      return { name: 'not-found' };
    }
  }
  return { name: 'not-found' };
}
