/**
 * The fleet screen's state lives in the address bar (so back/forward, reload and shared links
 * keep the same view). These pure functions translate between that address, the hub's
 * `GET /api/v1/sites` parameters, and the table's sort/paging rules.
 */
import type { BackupVerdictState, SiteStatus, UptimeState } from '../../app/api';
import { offsetOf } from '../../lib/paging';

export const SORT_KEYS = ['label', 'url', 'client', 'last_report_at', 'wp_version', 'updates_pending'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const SITE_STATUSES: readonly SiteStatus[] = ['pending', 'connected', 'revoked'];
export const UPTIME_STATES: readonly UptimeState[] = ['up', 'down', 'degraded', 'paused', 'unknown', 'not_monitored'];
export const BACKUP_STATES: readonly BackupVerdictState[] = ['ok', 'warning', 'failing', 'unknown', 'not_evaluated'];

export interface FleetQuery {
  /** Free text matched by the hub against label and URL. */
  q: string;
  clientId: string;
  status: SiteStatus | '';
  hasUpdates: boolean;
  /** The site's uptime monitor state ('' = any). */
  uptime: UptimeState | '';
  /** The site's backup verdict ('' = any). */
  backup: BackupVerdictState | '';
  sort: SortKey;
  order: SortOrder;
  /** 1-based. */
  page: number;
  pageSize: PageSize;
}

export const DEFAULT_FLEET_QUERY: FleetQuery = Object.freeze({
  q: '',
  clientId: '',
  status: '',
  hasUpdates: false,
  uptime: '',
  backup: '',
  sort: 'label',
  order: 'asc',
  page: 1,
  pageSize: 25,
});

/** The order a column starts in when first clicked: newest / most first for time and counts. */
export const DEFAULT_ORDER: Record<SortKey, SortOrder> = {
  label: 'asc',
  url: 'asc',
  client: 'asc',
  last_report_at: 'desc',
  wp_version: 'asc',
  updates_pending: 'desc',
};

/** Longest search text sent to the hub; longer input is cut, not rejected. */
export const MAX_SEARCH_LENGTH = 200;
/** Guards against absurd `?page=` values in a pasted link. */
const MAX_PAGE = 1_000_000;

function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

/** Reads a `location.search` (with or without "?"); anything invalid falls back to the default. */
export function parseFleetQuery(search: string | URLSearchParams): FleetQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const query: FleetQuery = { ...DEFAULT_FLEET_QUERY };

  query.q = (params.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH);
  query.clientId = (params.get('client') ?? '').trim();

  const status = params.get('status');
  if (isOneOf(SITE_STATUSES, status)) query.status = status;

  const updates = params.get('updates');
  query.hasUpdates = updates === '1' || updates === 'true';

  const uptime = params.get('uptime');
  if (isOneOf(UPTIME_STATES, uptime)) query.uptime = uptime;
  const backup = params.get('backup');
  if (isOneOf(BACKUP_STATES, backup)) query.backup = backup;

  const sort = params.get('sort');
  if (isOneOf(SORT_KEYS, sort)) {
    query.sort = sort;
    query.order = DEFAULT_ORDER[sort];
  }
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') query.order = order;

  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page >= 1) query.page = Math.min(page, MAX_PAGE);

  const pageSize = Number(params.get('per_page'));
  if (isOneOf(PAGE_SIZES, pageSize)) query.pageSize = pageSize;

  return query;
}

/** The address-bar form: only what differs from the defaults, in a stable order. "" when none. */
export function fleetQueryToSearch(query: FleetQuery): string {
  const params = new URLSearchParams();
  if (query.q.trim() !== '') params.set('q', query.q);
  if (query.clientId !== '') params.set('client', query.clientId);
  if (query.status !== '') params.set('status', query.status);
  if (query.hasUpdates) params.set('updates', '1');
  if (query.uptime !== '') params.set('uptime', query.uptime);
  if (query.backup !== '') params.set('backup', query.backup);
  const sortIsDefault = query.sort === DEFAULT_FLEET_QUERY.sort && query.order === DEFAULT_FLEET_QUERY.order;
  if (!sortIsDefault) {
    params.set('sort', query.sort);
    if (query.order !== DEFAULT_ORDER[query.sort]) params.set('order', query.order);
  }
  if (query.page > 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_FLEET_QUERY.pageSize) params.set('per_page', String(query.pageSize));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Parameters for `GET /api/v1/sites`: one page, sorted and filtered on the server. */
export function fleetQueryToApiParams(query: FleetQuery): URLSearchParams {
  const params = new URLSearchParams();
  params.set('limit', String(query.pageSize));
  params.set('offset', String(offsetOf(query.page, query.pageSize)));
  params.set('sort', query.sort);
  params.set('order', query.order);
  const q = query.q.trim().slice(0, MAX_SEARCH_LENGTH);
  if (q !== '') params.set('q', q);
  if (query.clientId !== '') params.set('client_id', query.clientId);
  if (query.status !== '') params.set('status', query.status);
  if (query.hasUpdates) params.set('has_updates', 'true');
  if (query.uptime !== '') params.set('uptime', query.uptime);
  if (query.backup !== '') params.set('backup', query.backup);
  return params;
}

/** Clicking a column header: the same column flips the order, a new one starts at its default. */
export function nextSort(query: FleetQuery, key: SortKey): FleetQuery {
  const order: SortOrder =
    query.sort === key ? (query.order === 'asc' ? 'desc' : 'asc') : DEFAULT_ORDER[key];
  return { ...query, sort: key, order, page: 1 };
}

export type FleetFilters = Pick<FleetQuery, 'q' | 'clientId' | 'status' | 'hasUpdates' | 'uptime' | 'backup' | 'pageSize'>;

/** Any change to what is shown starts again at page 1. */
export function withFilters(query: FleetQuery, patch: Partial<FleetFilters>): FleetQuery {
  return { ...query, ...patch, page: 1 };
}

export function clearFilters(query: FleetQuery): FleetQuery {
  return { ...query, q: '', clientId: '', status: '', hasUpdates: false, uptime: '', backup: '', page: 1 };
}

export function hasActiveFilters(query: FleetQuery): boolean {
  return query.q.trim() !== '' || query.clientId !== '' || query.status !== '' || query.hasUpdates || query.uptime !== '' || query.backup !== '';
}
