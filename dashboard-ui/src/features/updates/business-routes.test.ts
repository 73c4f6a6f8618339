import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from '../../app/routes';

describe('business screen addresses', () => {
  it('map updates, runs, history, reports, plans, work log, invoices and a client', () => {
    expect(matchRoute('/updates')).toEqual({ name: 'updates' });
    expect(matchRoute('/updates/runs/')).toEqual({ name: 'update-runs' });
    expect(matchRoute(paths.updateRun('r-1'))).toEqual({ name: 'update-run', runId: 'r-1' });
    expect(matchRoute('/updates/history')).toEqual({ name: 'update-history' });
    expect(matchRoute('/updates/advisories')).toEqual({ name: 'security-advisories' });
    expect(matchRoute('/reports')).toEqual({ name: 'reports' });
    expect(matchRoute(paths.report('abc'))).toEqual({ name: 'report', reportId: 'abc' });
    expect(matchRoute('/plans')).toEqual({ name: 'plans' });
    expect(matchRoute('/work-log')).toEqual({ name: 'worklog' });
    expect(matchRoute('/invoices')).toEqual({ name: 'invoices' });
    expect(matchRoute(paths.client('c 1'))).toEqual({ name: 'client', clientId: 'c 1' });
  });

  it('builds the per-site update history link the site screen uses', () => {
    expect(paths.updateHistory('s/1')).toBe('/updates/history?site_id=s%2F1');
    expect(paths.updateHistory()).toBe('/updates/history');
  });

  it('rejects deeper or malformed addresses', () => {
    expect(matchRoute('/updates/runs/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/reports/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(matchRoute('/clients')).toEqual({ name: 'clients' });
  });
});
