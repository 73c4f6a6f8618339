import { describe, expect, it } from 'vitest';
import { holdFor } from './holds.js';
import type { Hold } from './updates.schemas.js';

const SITE = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const hold = (o: Partial<Hold>): Hold => ({ id: 'h', site_id: null, type: 'plugin', item_id: 'woocommerce/woocommerce.php', below_version: null, reason: 'r', created_by: null, created_at: '2026-11-01T00:00:00Z', ...o });

describe('holdFor', () => {
  it('holds every version without below_version, on every site for a global hold', () => {
    expect(holdFor([hold({})], SITE, 'plugin', 'woocommerce/woocommerce.php', '9.0.0')?.id).toBe('h');
    expect(holdFor([hold({})], SITE, 'theme', 'woocommerce/woocommerce.php', '9.0.0')).toBeUndefined();
  });
  it("applies a site's hold only to that site and prefers it over the global one", () => {
    const holds = [hold({ id: 'global', reason: 'global' }), hold({ id: 'own', site_id: SITE })];
    expect(holdFor(holds, SITE, 'plugin', 'woocommerce/woocommerce.php', '1.0')?.id).toBe('own');
    expect(holdFor(holds, OTHER, 'plugin', 'woocommerce/woocommerce.php', '1.0')?.id).toBe('global');
    expect(holdFor([hold({ site_id: SITE })], OTHER, 'plugin', 'woocommerce/woocommerce.php', '1.0')).toBeUndefined();
  });
  it('holds versions from below_version on, compared numerically, and unknown targets', () => {
    const holds = [hold({ below_version: '10.0' })];
    expect(holdFor(holds, SITE, 'plugin', 'woocommerce/woocommerce.php', '9.10.2')).toBeUndefined();
    expect(holdFor(holds, SITE, 'plugin', 'woocommerce/woocommerce.php', '10.0.1')).toBeDefined();
    expect(holdFor(holds, SITE, 'plugin', 'woocommerce/woocommerce.php', '10.0')).toBeDefined();
    expect(holdFor(holds, SITE, 'plugin', 'woocommerce/woocommerce.php', null)).toBeDefined();
  });
});
