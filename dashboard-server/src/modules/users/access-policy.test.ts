import { describe, expect, it } from 'vitest';
import { isOwnerOnly } from './access-policy.js';

describe('owner-only route policy', () => {
  it.each([
    ['GET', '/api/v1/users'],
    ['DELETE', '/api/v1/users/:id'],
    ['GET', '/api/v1/plans'],
    ['POST', '/api/v1/invoices/:id/send'],
    ['GET', '/api/v1/contracts/:id'],
    ['GET', '/api/v1/billing/notices'],
    ['GET', '/api/v1/clients/:id/billing'],
    ['PATCH', '/api/v1/clients/:id'],
    ['POST', '/api/v1/alert-channels'],
    ['GET', '/api/v1/settings/email'],
    ['GET', '/api/v1/reports/branding'],
    ['PATCH', '/api/v1/reports/:id'],
  ])('%s %s is owner-only', (method, url) => expect(isOwnerOnly(method, url)).toBe(true));

  it.each([
    ['GET', '/api/v1/sites'],
    ['POST', '/api/v1/sites/:id/revoke'],
    ['POST', '/api/v1/update-runs'],
    ['GET', '/api/v1/uptime'],
    ['GET', '/api/v1/backups'],
    ['POST', '/api/v1/time-entries'],
    ['GET', '/api/v1/reports'],
    ['GET', '/api/v1/reports/:id'],
    ['GET', '/api/v1/clients'],
    ['GET', '/api/v1/tokens'],
    ['POST', '/api/v1/tokens'],
    ['GET', '/api/v1/auth/me'],
    ['GET', '/api/v1/usersettings'],
    ['GET', undefined],
  ])('%s %s stays open to technicians', (method, url) => expect(isOwnerOnly(method, url)).toBe(false));
});
