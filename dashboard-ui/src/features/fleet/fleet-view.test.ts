import { describe, expect, it } from 'vitest';
import { DEFAULT_FLEET_QUERY, fleetQueryToApiParams, type FleetQuery } from './fleet-query';
import { DEFAULT_COLUMNS, HAS_UPDATES, fleetQueryToView, loadColumns, saveColumns, viewColumns, viewToFleetQuery } from './fleet-view';

const CLIENT = '0b5b5a3c-4f5e-4d0c-9a7e-2f1f0c9d1e11';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('fleetQueryToView', () => {
  it('gives DataViews the sort, page, search and filters of the address', () => {
    const query: FleetQuery = { q: 'shop', clientId: CLIENT, status: 'connected', hasUpdates: true, uptime: 'down', backup: 'failing', sort: 'last_report_at', order: 'desc', page: 3, pageSize: 50 };
    expect(fleetQueryToView(query, ['client', 'status'])).toMatchObject({
      type: 'table',
      search: 'shop',
      sort: { field: 'last_report_at', direction: 'desc' },
      page: 3,
      perPage: 50,
      fields: ['client', 'status'],
      titleField: 'label',
      filters: [
        { field: 'status', operator: 'is', value: 'connected' },
        { field: 'updates_pending', operator: 'is', value: HAS_UPDATES },
        { field: 'uptime', operator: 'is', value: 'down' },
        { field: 'backup', operator: 'is', value: 'failing' },
      ],
    });
    expect(fleetQueryToView(DEFAULT_FLEET_QUERY, DEFAULT_COLUMNS).filters).toEqual([]);
  });
});

describe('viewToFleetQuery', () => {
  const start: FleetQuery = { ...DEFAULT_FLEET_QUERY, clientId: CLIENT, page: 4 };

  it('round-trips through the view unchanged (paging keeps its page)', () => {
    expect(viewToFleetQuery(fleetQueryToView(start, DEFAULT_COLUMNS), start)).toEqual(start);
    const next = viewToFleetQuery({ ...fleetQueryToView(start, DEFAULT_COLUMNS), page: 5 }, start);
    expect(next).toEqual({ ...start, page: 5 });
  });

  it('goes back to page 1 when the search, a filter, the sort or the page size changes', () => {
    const view = fleetQueryToView(start, DEFAULT_COLUMNS);
    expect(viewToFleetQuery({ ...view, search: 'acme' }, start)).toMatchObject({ q: 'acme', page: 1, clientId: CLIENT });
    expect(viewToFleetQuery({ ...view, filters: [{ field: 'status', operator: 'is', value: 'revoked' }] }, start)).toMatchObject({ status: 'revoked', page: 1 });
    expect(viewToFleetQuery({ ...view, filters: [{ field: 'uptime', operator: 'is', value: 'down' }] }, start)).toMatchObject({ uptime: 'down', backup: '', page: 1 });
    expect(viewToFleetQuery({ ...view, filters: [{ field: 'backup', operator: 'is', value: 'bogus' }] }, start)).toMatchObject({ backup: '', page: 4 });
    expect(viewToFleetQuery({ ...view, sort: { field: 'updates_pending', direction: 'desc' } }, start)).toMatchObject({ sort: 'updates_pending', order: 'desc', page: 1 });
    expect(viewToFleetQuery({ ...view, perPage: 100 }, start)).toMatchObject({ pageSize: 100, page: 1 });
  });

  it('reads "is any" filters and drops values the hub would refuse', () => {
    const view = fleetQueryToView(DEFAULT_FLEET_QUERY, DEFAULT_COLUMNS);
    expect(viewToFleetQuery({ ...view, filters: [{ field: 'status', operator: 'isAny', value: ['pending'] }] }, DEFAULT_FLEET_QUERY).status).toBe('pending');
    const odd = viewToFleetQuery({ ...view, filters: [{ field: 'status', operator: 'is', value: 'gone' }], sort: { field: 'php_version', direction: 'asc' }, perPage: 7, page: 0 }, DEFAULT_FLEET_QUERY);
    expect(odd).toEqual(DEFAULT_FLEET_QUERY);
  });

  it('ends up as the hub parameters the fleet endpoint expects', () => {
    const view = { ...fleetQueryToView(DEFAULT_FLEET_QUERY, DEFAULT_COLUMNS), search: ' site-12 ', filters: [{ field: 'updates_pending', operator: 'is' as const, value: HAS_UPDATES }] };
    expect(Object.fromEntries(fleetQueryToApiParams(viewToFleetQuery(view, DEFAULT_FLEET_QUERY)))).toEqual({
      limit: '25', offset: '0', sort: 'label', order: 'asc', q: 'site-12', has_updates: 'true',
    });
  });
});

describe('columns', () => {
  it('keeps known columns in the chosen order', () => {
    expect(viewColumns({ type: 'table', fields: ['status', 'nope', 'client'] })).toEqual(['status', 'client']);
  });

  it('are remembered in the browser, falling back to the defaults on bad data', () => {
    const storage = memory();
    expect(loadColumns(storage)).toEqual([...DEFAULT_COLUMNS]);
    saveColumns(storage, ['status', 'client']);
    expect(loadColumns(storage)).toEqual(['status', 'client']);
    expect(loadColumns(memory({ 'retainer.fleet.columns': '{oops' }))).toEqual([...DEFAULT_COLUMNS]);
    expect(loadColumns(memory({ 'retainer.fleet.columns': '["status","password"]' }))).toEqual(['status']);
    expect(loadColumns(null)).toEqual([...DEFAULT_COLUMNS]);
  });
});
