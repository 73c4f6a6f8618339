import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PLANS, seedExamplePlans } from '../src/modules/plans/plans.seed.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';

describe('plans and usage against the plan', () => {
  let hub: TestHub;
  let api: ReturnType<typeof billingApi>;

  beforeAll(async () => {
    hub = await buildTestHub({ start: '2027-04-02T09:00:00Z' });
    api = billingApi(hub);
  });
  afterAll(async () => hub?.close());

  const planCount = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM plans')).rows[0]!.n;

  it('seeds the three example tiers once; a deleted example is not brought back', async () => {
    expect(await seedExamplePlans(hub.tdb.db, hub.clock)).toBe(true);
    const plans = (await api.ok('GET', '/plans')).items;
    expect(plans.map((p: { name: string }) => p.name)).toEqual(['Essential', 'Professional', 'Premium']);
    expect(plans[0]).toMatchObject({ currency: 'EUR', monthly_fee_cents: 7900, billing_term_months: 1, minutes_roll_over: false, client_count: 0 });
    expect(plans[0].inclusions.length).toBeGreaterThan(0);
    await api.ok('DELETE', `/plans/${plans[0].id}`);
    expect(await seedExamplePlans(hub.tdb.db, hub.clock)).toBe(false);
    expect((await api.ok('GET', '/plans')).items.map((p: { name: string }) => p.name)).toEqual(['Professional', 'Premium']);
    expect(EXAMPLE_PLANS).toHaveLength(3);
  });

  it('validates plans: precise 400s, 409 on a duplicate name, nothing written', async () => {
    const before = await planCount();
    const base = { name: 'Starter', monthly_fee_cents: 5000 };
    const bad: Record<string, unknown>[] = [
      { ...base, monthly_fee_cents: -1 },
      { ...base, monthly_fee_cents: 49.99 },
      { ...base, currency: 'eur' },
      { ...base, billing_term_months: 2 },
      { ...base, allowance_period: 'week' },
      { ...base, uptime_interval_s: 10 },
      { ...base, report_mode: 'never' },
      { ...base, inclusions: [''] },
      { ...base, name: '' },
      { monthly_fee_cents: 5000 },
      { ...base, card_number: '4242424242424242' },
    ];
    for (const payload of bad) {
      const r = await api.call('POST', '/plans', payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    const dup = await api.call('POST', '/plans', { name: 'premium', monthly_fee_cents: 1 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('CONFLICT');
    expect(await planCount()).toBe(before);

    const id = await api.plan({ ...base, billing_term_months: 6, inclusions: ['Updates'] });
    const edited = await api.ok('PATCH', `/plans/${id}`, { monthly_fee_cents: 5500, exclusions: ['Hosting'] });
    expect(edited).toMatchObject({ name: 'Starter', monthly_fee_cents: 5500, billing_term_months: 6, inclusions: ['Updates'], exclusions: ['Hosting'] });
    expect((await api.call('PATCH', `/plans/${id}`, { name: 'Premium' })).statusCode).toBe(409);
    expect((await api.call('PATCH', `/plans/${id}`, {})).statusCode).toBe(400);
    expect((await api.call('PATCH', '/plans/00000000-0000-4000-8000-000000000000', { monthly_fee_cents: 1 })).statusCode).toBe(404);
  });

  it('documents the billing API in the OpenAPI description', async () => {
    const doc = (await hub.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of ['/api/v1/plans', '/api/v1/time-entries', '/api/v1/clients/{id}/usage', '/api/v1/clients/{id}/billing', '/api/v1/invoices', '/api/v1/invoices/export.csv', '/api/v1/contracts/{id}/revisions']) {
      expect(Object.keys(doc.paths), path).toContain(path);
    }
    // The public acceptance page is not part of the API description.
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/contract/'))).toBe(false);
  });

  it('refuses to delete a plan clients are on', async () => {
    const id = await api.plan({ name: 'In use', monthly_fee_cents: 100 });
    const client = await api.client('Omega', 'omega@clients.example');
    await api.setBilling(client, { plan_id: id });
    const r = await api.call('DELETE', `/plans/${id}`);
    expect(r.statusCode).toBe(409);
    expect((await api.ok('GET', `/plans/${id}`)).client_count).toBe(1);
  });

  it('reports hours and restores/repairs used against the plan, with the overage at the hourly rate', async () => {
    const plan = await api.plan({ name: 'Usage plan', monthly_fee_cents: 10_000, hourly_rate_cents: 8000, included_minutes: 120, included_restores: 1, included_repairs: 2, allowance_period: 'month' });
    const client = await api.client('Usage Ltd', 'usage@clients.example');
    await api.setBilling(client, { plan_id: plan });
    const log = (work_date: string, minutes: number, kind = 'work') => api.logTime({ client_id: client, work_date, minutes, description: `${kind} on ${work_date}`, kind });
    await log('2027-03-01', 100);
    await log('2027-03-15', 50); // 150 of 120 → 30 over
    await log('2027-03-16', 25, 'restore'); // included
    await log('2027-03-20', 35, 'restore'); // beyond the one included → 35 billable
    await log('2027-03-21', 10, 'repair');
    await log('2027-03-22', 10, 'repair'); // both included
    await log('2027-02-28', 500); // February: not this month
    await log('2027-04-01', 500); // April: not this month

    const u = await api.ok('GET', `/clients/${client}/usage?month=2027-03`);
    expect(u.plan).toEqual({ id: plan, name: 'Usage plan' });
    expect(u.minutes).toEqual({ included: 120, carried_over: 0, available: 120, used: 150, remaining: 0, over: 30 });
    expect(u.restores).toMatchObject({ included: 1, used_this_month: 2, over_this_month: 1, over_minutes: 35 });
    expect(u.repairs).toMatchObject({ included: 2, used_this_month: 2, over_this_month: 0, over_minutes: 0 });
    expect(u.overage).toEqual({ minutes: 65, amount_cents: 8667 }); // 65 min at 80.00/h = 86.666… → 86.67

    // Deleting an entry changes the figures at once.
    const entries = (await api.ok('GET', `/time-entries?client_id=${client}&month=2027-03&kind=restore`)).items;
    await api.ok('DELETE', `/time-entries/${entries[0].id}`);
    expect((await api.ok('GET', `/clients/${client}/usage?month=2027-03`)).overage.minutes).toBe(30);

    expect((await api.call('GET', `/clients/${client}/usage?month=2027-3`)).statusCode).toBe(400);
    expect((await api.call('GET', '/clients/00000000-0000-4000-8000-000000000000/usage?month=2027-03')).statusCode).toBe(404);
  });
});
