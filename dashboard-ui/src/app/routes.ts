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
  | { name: 'updates' }
  | { name: 'update-runs' }
  | { name: 'update-run'; runId: string }
  | { name: 'update-history' }
  | { name: 'security-advisories' }
  | { name: 'reports' }
  | { name: 'report'; reportId: string }
  | { name: 'plans' }
  | { name: 'worklog' }
  | { name: 'invoices' }
  | { name: 'client'; clientId: string }
  | { name: 'setup' }
  | { name: 'invite' }
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
  updates: (search = '') => `/updates${search}`,
  updateRuns: () => '/updates/runs',
  updateRun: (runId: string) => `/updates/runs/${encodeURIComponent(runId)}`,
  /** Update history, optionally for one site (`?site_id=`) — linked from the site screen. */
  securityAdvisories: () => '/updates/advisories',
  updateHistory: (siteId?: string) => `/updates/history${siteId ? `?site_id=${encodeURIComponent(siteId)}` : ''}`,
  reports: (search = '') => `/reports${search}`,
  report: (reportId: string) => `/reports/${encodeURIComponent(reportId)}`,
  plans: () => '/plans',
  worklog: (search = '') => `/work-log${search}`,
  invoices: (search = '') => `/invoices${search}`,
  client: (clientId: string) => `/clients/${encodeURIComponent(clientId)}`,
  setup: () => '/setup',
  invite: () => '/invite',
};

export function matchRoute(pathname: string): Route {
  const clean = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (clean === '/' || clean === '' || clean === '/sites') return { name: 'fleet' };
  if (clean === '/clients') return { name: 'clients' };
  if (clean === '/uptime') return { name: 'uptime' };
  if (clean === '/backups') return { name: 'backups' };
  if (clean === '/settings') return { name: 'settings' };
  if (clean === '/setup') return { name: 'setup' };
  if (clean === '/invite') return { name: 'invite' };
  const business = matchBusinessRoute(clean);
  if (business) return business;
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

const STATIC_BUSINESS: Record<string, Route> = {
  '/updates': { name: 'updates' },
  '/updates/runs': { name: 'update-runs' },
  '/updates/history': { name: 'update-history' },
  '/updates/advisories': { name: 'security-advisories' },
  '/reports': { name: 'reports' },
  '/plans': { name: 'plans' },
  '/work-log': { name: 'worklog' },
  '/invoices': { name: 'invoices' },
};

/** Updates, reports, plans, work log, invoices and a client's page. */
function matchBusinessRoute(clean: string): Route | null {
  const fixed = STATIC_BUSINESS[clean];
  if (fixed) return fixed;
  const withId = /^\/(updates\/runs|reports|clients)\/([^/]+)$/.exec(clean);
  if (!withId?.[1] || !withId[2]) return null;
  let id: string;
  try {
    id = decodeURIComponent(withId[2]);
  } catch {
    return { name: 'not-found' };
  }
  if (withId[1] === 'updates/runs') return { name: 'update-run', runId: id };
  if (withId[1] === 'reports') return { name: 'report', reportId: id };
  return { name: 'client', clientId: id };
}
