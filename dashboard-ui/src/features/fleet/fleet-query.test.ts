import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FLEET_QUERY,
  clearFilters,
  fleetQueryToApiParams,
  fleetQueryToSearch,
  hasActiveFilters,
  nextSort,
  parseFleetQuery,
  withFilters,
  type FleetQuery,
} from './fleet-query';

const CLIENT = '0b5b5a3c-4f5e-4d0c-9a7e-2f1f0c9d1e11';

describe('parseFleetQuery', () => {
  it('gives the defaults for an empty address', () => {
    expect(parseFleetQuery('')).toEqual(DEFAULT_FLEET_QUERY);
    expect(parseFleetQuery('?')).toEqual(DEFAULT_FLEET_QUERY);
  });

  it('reads every filter', () => {
    expect(
      parseFleetQuery(`?q=shop&client=${CLIENT}&status=connected&updates=1&uptime=down&backup=failing&sort=last_report_at&order=asc&page=3&per_page=100`),
    ).toEqual({
      q: 'shop',
      clientId: CLIENT,
      status: 'connected',
      hasUpdates: true,
      uptime: 'down',
      backup: 'failing',
      sort: 'last_report_at',
      order: 'asc',
      page: 3,
      pageSize: 100,
    });
  });

  it('uses the column default order when only sort is given', () => {
    expect(parseFleetQuery('?sort=updates_pending')).toMatchObject({ sort: 'updates_pending', order: 'desc' });
    expect(parseFleetQuery('?sort=client')).toMatchObject({ sort: 'client', order: 'asc' });
  });

  it('ignores invalid values instead of failing', () => {
    expect(parseFleetQuery('?status=gone&sort=password&order=up&page=-2&per_page=7&updates=maybe&uptime=sideways&backup=maybe')).toEqual(
      DEFAULT_FLEET_QUERY,
    );
    expect(parseFleetQuery('?page=1.5').page).toBe(1);
    expect(parseFleetQuery('?page=abc').page).toBe(1);
    expect(parseFleetQuery('?page=999999999999').page).toBe(1_000_000);
  });

  it('cuts overlong search text', () => {
    expect(parseFleetQuery(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});

describe('fleetQueryToSearch', () => {
  it('is empty for the defaults', () => {
    expect(fleetQueryToSearch(DEFAULT_FLEET_QUERY)).toBe('');
  });

  it('keeps only what differs from the defaults', () => {
    expect(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, q: 'acme shop', page: 2 })).toBe('?q=acme+shop&page=2');
    expect(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, sort: 'updates_pending', order: 'desc' })).toBe(
      '?sort=updates_pending',
    );
    expect(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, sort: 'label', order: 'desc' })).toBe(
      '?sort=label&order=desc',
    );
    expect(fleetQueryToSearch({ ...DEFAULT_FLEET_QUERY, q: '   ' })).toBe('');
  });

  it('round-trips through parseFleetQuery', () => {
    const query: FleetQuery = {
      q: 'a&b=c',
      clientId: CLIENT,
      status: 'revoked',
      hasUpdates: true,
      uptime: 'not_monitored',
      backup: 'not_evaluated',
      sort: 'wp_version',
      order: 'desc',
      page: 4,
      pageSize: 50,
    };
    expect(parseFleetQuery(fleetQueryToSearch(query))).toEqual(query);
  });
});

describe('fleetQueryToApiParams', () => {
  it('asks for one page with the default sort', () => {
    expect(fleetQueryToApiParams(DEFAULT_FLEET_QUERY).toString()).toBe('limit=25&offset=0&sort=label&order=asc');
  });

  it('turns page numbers into offsets and passes the filters with the hub’s names', () => {
    const params = fleetQueryToApiParams({
      ...DEFAULT_FLEET_QUERY,
      q: '  shop ',
      clientId: CLIENT,
      status: 'pending',
      hasUpdates: true,
      uptime: 'paused',
      backup: 'warning',
      page: 3,
      pageSize: 50,
    });
    expect(Object.fromEntries(params)).toEqual({
      limit: '50',
      offset: '100',
      sort: 'label',
      order: 'asc',
      q: 'shop',
      client_id: CLIENT,
      status: 'pending',
      has_updates: 'true',
      uptime: 'paused',
      backup: 'warning',
    });
  });

  it('leaves "has updates" out when the toggle is off (it does not mean "no updates")', () => {
    expect(fleetQueryToApiParams(DEFAULT_FLEET_QUERY).has('has_updates')).toBe(false);
  });
});

describe('nextSort', () => {
  it('flips the order on the same column and resets to page 1', () => {
    const sorted = nextSort({ ...DEFAULT_FLEET_QUERY, page: 5 }, 'label');
    expect(sorted).toMatchObject({ sort: 'label', order: 'desc', page: 1 });
    expect(nextSort(sorted, 'label').order).toBe('asc');
  });

  it('starts a new column at its natural order', () => {
    expect(nextSort(DEFAULT_FLEET_QUERY, 'last_report_at')).toMatchObject({ sort: 'last_report_at', order: 'desc' });
    expect(nextSort(DEFAULT_FLEET_QUERY, 'client')).toMatchObject({ sort: 'client', order: 'asc' });
  });
});

describe('filters', () => {
  it('go back to page 1 when they change', () => {
    expect(withFilters({ ...DEFAULT_FLEET_QUERY, page: 7 }, { status: 'connected' })).toMatchObject({
      status: 'connected',
      page: 1,
    });
  });

  it('know when any is active and can all be cleared, keeping the sort and page size', () => {
    const query: FleetQuery = {
      ...DEFAULT_FLEET_QUERY,
      hasUpdates: true,
      sort: 'client',
      pageSize: 100,
      page: 2,
    };
    expect(hasActiveFilters(query)).toBe(true);
    const cleared = clearFilters(query);
    expect(hasActiveFilters(cleared)).toBe(false);
    expect(cleared).toMatchObject({ sort: 'client', pageSize: 100, page: 1 });
    expect(hasActiveFilters({ ...DEFAULT_FLEET_QUERY, q: '  ' })).toBe(false);
  });
});
