/**
 * Glue between the address-bar state of the fleet (`FleetQuery`, see fleet-query.ts) and the
 * `view` object of @wordpress/dataviews. The address stays the single source of truth: DataViews
 * gets a view built from it and every change it reports is turned back into a FleetQuery, so the
 * hub keeps doing the sorting, filtering and paging.
 */
import type { Filter, View } from '@wordpress/dataviews';
import type { SiteStatus } from '../../app/api';
import {
  DEFAULT_FLEET_QUERY,
  MAX_SEARCH_LENGTH,
  PAGE_SIZES,
  BACKUP_STATES,
  SITE_STATUSES,
  SORT_KEYS,
  UPTIME_STATES,
  type FleetQuery,
  type PageSize,
  type SortKey,
} from './fleet-query';

/** Columns a user may show or hide (the site label/address column is always shown). */
export const FLEET_COLUMNS = ['client', 'status', 'uptime', 'backup', 'wp_version', 'php_version', 'agent_version', 'last_report_at', 'updates_pending'] as const;
export type FleetColumn = (typeof FLEET_COLUMNS)[number];
/** PHP and agent versions are one click away in the column choice; shown by default they squeeze the table on a laptop. */
export const DEFAULT_COLUMNS: readonly FleetColumn[] = ['client', 'status', 'uptime', 'backup', 'wp_version', 'last_report_at', 'updates_pending'];

/** The value a "has updates" filter carries; the hub has no "has no updates" filter. */
export const HAS_UPDATES = 'yes';

export function fleetQueryToView(query: FleetQuery, columns: readonly FleetColumn[]): View {
  const filters: Filter[] = [];
  if (query.status !== '') filters.push({ field: 'status', operator: 'is', value: query.status });
  if (query.hasUpdates) filters.push({ field: 'updates_pending', operator: 'is', value: HAS_UPDATES });
  if (query.uptime !== '') filters.push({ field: 'uptime', operator: 'is', value: query.uptime });
  if (query.backup !== '') filters.push({ field: 'backup', operator: 'is', value: query.backup });
  return {
    type: 'table',
    search: query.q,
    filters,
    sort: { field: query.sort, direction: query.order },
    page: query.page,
    perPage: query.pageSize,
    titleField: 'label',
    descriptionField: 'url',
    fields: [...columns],
    layout: { density: 'balanced' },
  };
}

function filterValue(view: View, field: string): unknown {
  const filter = view.filters?.find((f) => f.field === field && (f.operator === 'is' || f.operator === 'isAny'));
  const value = Array.isArray(filter?.value) ? filter.value[0] : filter?.value;
  return value;
}

const isSortKey = (value: unknown): value is SortKey => (SORT_KEYS as readonly unknown[]).includes(value);
const isPageSize = (value: unknown): value is PageSize => (PAGE_SIZES as readonly unknown[]).includes(value);

/**
 * The FleetQuery a DataViews change asks for. The client filter is not part of the view (it has its
 * own search-as-you-type picker), so it is carried over from `previous`. Changing what is shown
 * (search, filters, sort, page size) starts again at page 1, like the rest of the dashboard.
 */
export function viewToFleetQuery(view: View, previous: FleetQuery): FleetQuery {
  const status = filterValue(view, 'status');
  const uptime = filterValue(view, 'uptime');
  const backup = filterValue(view, 'backup');
  const next: FleetQuery = {
    q: (view.search ?? '').slice(0, MAX_SEARCH_LENGTH),
    clientId: previous.clientId,
    status: (SITE_STATUSES as readonly unknown[]).includes(status) ? (status as SiteStatus) : '',
    hasUpdates: filterValue(view, 'updates_pending') === HAS_UPDATES,
    uptime: (UPTIME_STATES as readonly unknown[]).includes(uptime) ? (uptime as FleetQuery['uptime']) : '',
    backup: (BACKUP_STATES as readonly unknown[]).includes(backup) ? (backup as FleetQuery['backup']) : '',
    sort: isSortKey(view.sort?.field) ? view.sort.field : DEFAULT_FLEET_QUERY.sort,
    order: view.sort?.direction === 'desc' ? 'desc' : view.sort?.direction === 'asc' ? 'asc' : DEFAULT_FLEET_QUERY.order,
    page: Number.isInteger(view.page) && (view.page as number) >= 1 ? (view.page as number) : 1,
    pageSize: isPageSize(view.perPage) ? view.perPage : DEFAULT_FLEET_QUERY.pageSize,
  };
  const changedWhatIsShown =
    next.q.trim() !== previous.q.trim() ||
    next.status !== previous.status ||
    next.hasUpdates !== previous.hasUpdates ||
    next.uptime !== previous.uptime ||
    next.backup !== previous.backup ||
    next.sort !== previous.sort ||
    next.order !== previous.order ||
    next.pageSize !== previous.pageSize;
  return changedWhatIsShown ? { ...next, page: 1 } : next;
}

/** The visible columns from the view, in its order, known ones only. */
export function viewColumns(view: View): FleetColumn[] {
  const known = (view.fields ?? []).filter((f): f is FleetColumn => (FLEET_COLUMNS as readonly string[]).includes(f));
  return known;
}

const COLUMNS_KEY = 'retainer.fleet.columns';

/** Column choice is a personal preference, so it is kept in the browser, not in shared links. */
export function loadColumns(storage: Pick<Storage, 'getItem'> | null): FleetColumn[] {
  try {
    const raw = storage?.getItem(COLUMNS_KEY);
    if (!raw) return [...DEFAULT_COLUMNS];
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [...DEFAULT_COLUMNS];
    return parsed.filter((c): c is FleetColumn => (FLEET_COLUMNS as readonly unknown[]).includes(c));
  } catch {
    return [...DEFAULT_COLUMNS];
  }
}

export function saveColumns(storage: Pick<Storage, 'setItem'> | null, columns: readonly FleetColumn[]): void {
  try {
    storage?.setItem(COLUMNS_KEY, JSON.stringify(columns));
  } catch {
    // Private mode or a full storage: the choice lasts until the page is reloaded.
  }
}
