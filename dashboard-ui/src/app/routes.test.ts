import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes';

describe('matchRoute', () => {
  it('maps the fleet, clients and setup screens', () => {
    expect(matchRoute('/')).toEqual({ name: 'fleet' });
    expect(matchRoute('/sites/')).toEqual({ name: 'fleet' });
    expect(matchRoute('/clients')).toEqual({ name: 'clients' });
    expect(matchRoute('/clients/')).toEqual({ name: 'clients' });
    expect(matchRoute('/setup')).toEqual({ name: 'setup' });
    expect(matchRoute('/invite')).toEqual({ name: 'invite' });
    expect(matchRoute('/invite/')).toEqual({ name: 'invite' });
  });

  it('maps the uptime, backups and settings screens, with their filters in the query string', () => {
    expect(matchRoute('/uptime')).toEqual({ name: 'uptime' });
    expect(matchRoute('/backups/')).toEqual({ name: 'backups' });
    expect(matchRoute('/settings')).toEqual({ name: 'settings' });
    expect(paths.uptime('?status=down')).toBe('/uptime?status=down');
    expect(paths.backups()).toBe('/backups');
  });

  it('extracts the site id', () => {
    expect(matchRoute('/sites/5f0c6e2a-1b7d-4c8e-9f00-123456789abc')).toEqual({
      name: 'site',
      siteId: '5f0c6e2a-1b7d-4c8e-9f00-123456789abc',
    });
    expect(matchRoute(paths.site('a b'))).toEqual({ name: 'site', siteId: 'a b' });
  });

  it('sends anything else to not-found', () => {
    expect(matchRoute('/sites/a/b')).toEqual({ name: 'not-found' });
    expect(matchRoute('/nope')).toEqual({ name: 'not-found' });
    expect(matchRoute('/sites/%E0%A4%A')).toEqual({ name: 'not-found' });
  });
});
