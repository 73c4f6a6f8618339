/**
 * Which dashboard routes only an owner may call. Technicians do the maintenance work (fleet, sites,
 * updates, uptime, backups, work log, reading reports); money, people and hub settings stay with the
 * owner. One table, matched on the route pattern (not the raw URL), so a new route is covered by the
 * prefix it lives under and the list reads as documentation.
 */
export interface OwnerOnlyRule {
  /** Route pattern relative to /api/v1, e.g. /^\/plans(\/|$)/. */
  path: RegExp;
  /** 'all' = every method; 'writes' = everything but GET/HEAD (technicians may read). */
  methods: 'all' | 'writes';
  why: string;
}

export const OWNER_ONLY_RULES: readonly OwnerOnlyRule[] = [
  { path: /^\/users(\/|$)/, methods: 'all', why: 'people: invite and remove technicians' },
  { path: /^\/(plans|invoices|contracts|billing)(\/|$)/, methods: 'all', why: 'billing: plans, invoices, contracts' },
  { path: /^\/clients\/:id\/billing$/, methods: 'all', why: "billing: a client's plan and usage" },
  { path: /^\/clients(\/|$)/, methods: 'writes', why: 'client records are the business relationship' },
  { path: /^\/sites\/import$/, methods: 'all', why: 'an import creates client records' },
  { path: /^\/(alert-channels|settings)(\/|$)/, methods: 'all', why: 'settings: alert channels, email' },
  { path: /^\/reports\/branding$/, methods: 'all', why: 'settings: report branding' },
  { path: /^\/reports(\/|$)/, methods: 'writes', why: 'reports go to clients; technicians read them' },
];

const API_PREFIX = '/api/v1';

/** True when `method routePattern` (as Fastify registered it, prefix included) is owner-only. */
export function isOwnerOnly(method: string, routePattern: string | undefined): boolean {
  if (!routePattern?.startsWith(`${API_PREFIX}/`)) return false;
  const path = routePattern.slice(API_PREFIX.length);
  const read = method === 'GET' || method === 'HEAD';
  return OWNER_ONLY_RULES.some((r) => r.path.test(path) && (r.methods === 'all' || !read));
}
