/**
 * Address-bar state of the simple overview lists (uptime, backups): one status filter and a
 * page number. Same rules as the fleet: invalid values fall back to the defaults, the defaults
 * are left out of the address.
 */
import { offsetOf } from './paging';

export interface ListQuery<S extends string> {
  status: S | '';
  /** 1-based. */
  page: number;
}

const MAX_PAGE = 1_000_000;

export function parseListQuery<S extends string>(search: string, statuses: readonly S[]): ListQuery<S> {
  const params = new URLSearchParams(search);
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    status: (statuses as readonly string[]).includes(status) ? (status as S) : '',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

export function listQueryToSearch<S extends string>(query: ListQuery<S>): string {
  const params = new URLSearchParams();
  if (query.status !== '') params.set('status', query.status);
  if (query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `limit`/`offset` plus the filter under the hub's own parameter name. */
export function listQueryToApi<S extends string, K extends string>(query: ListQuery<S>, pageSize: number, filterName: K) {
  return {
    limit: pageSize,
    offset: offsetOf(query.page, pageSize),
    ...(query.status !== '' ? ({ [filterName]: query.status } as Record<K, S>) : {}),
  };
}
