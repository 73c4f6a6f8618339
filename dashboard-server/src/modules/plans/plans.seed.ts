import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import type { CreatePlan } from './plans.schemas.js';
import { createPlansRepository } from './plans.repository.js';

/** Remembered in settings so an example the freelancer deleted is not brought back on the next start. */
export const EXAMPLES_SEEDED_KEY = 'plans.examples_seeded';

/** A typical three-tier retainer, as a starting point the freelancer edits or deletes. */
export const EXAMPLE_PLANS: CreatePlan[] = [
  {
    name: 'Essential',
    description: 'Updates, offsite backups and uptime monitoring for a brochure site.',
    monthly_fee_cents: 7900,
    hourly_rate_cents: 7500,
    included_minutes: 30,
    included_restores: 1,
    included_repairs: 0,
    allowance_period: 'year',
    backup_max_age_days: 7,
    uptime_interval_s: 300,
    inclusions: ['Core, plugin and theme updates with rollback', 'Weekly offsite backup kept 30 days', 'Uptime checks every 5 minutes', 'Monthly report'],
    exclusions: ['Content changes', 'New features or pages', 'Repairs caused by third-party changes'],
  },
  {
    name: 'Professional',
    description: 'For business sites that change often.',
    monthly_fee_cents: 14900,
    hourly_rate_cents: 7000,
    included_minutes: 60,
    included_restores: 2,
    included_repairs: 1,
    allowance_period: 'year',
    backup_max_age_days: 1,
    uptime_interval_s: 60,
    inclusions: ['Everything in Essential', 'Daily offsite backup', 'One hour of support a month', 'One repair a year'],
    exclusions: ['New features or pages', 'Third-party licence costs'],
  },
  {
    name: 'Premium',
    description: 'For shops and sites the business depends on.',
    monthly_fee_cents: 29900,
    billing_term_months: 1,
    hourly_rate_cents: 6500,
    included_minutes: 180,
    included_restores: 1,
    included_repairs: 2,
    allowance_period: 'month',
    backup_max_age_days: 1,
    backup_retention_days: 90,
    uptime_interval_s: 60,
    report_mode: 'needs_approval',
    inclusions: ['Everything in Professional', 'Three hours of support a month', 'One restore and two repairs a month', 'Backups kept 90 days'],
    exclusions: ['Third-party licence costs', 'Hosting'],
  },
];

/**
 * Seeds the example plans the first time a hub starts on a database, once: the settings row is taken in
 * the same transaction, so of several processes starting together only one seeds, and never again.
 */
export async function seedExamplePlans(db: Database, clock: Clock): Promise<boolean> {
  return db.transaction(async (tx) => {
    const now = clock.now();
    const claimed = await tx.query('INSERT INTO settings (key, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING RETURNING key', [EXAMPLES_SEEDED_KEY, now.toISOString(), now]);
    if (claimed.rowCount === 0) return false;
    const repo = createPlansRepository(tx);
    for (const plan of EXAMPLE_PLANS) {
      const exists = await tx.query('SELECT 1 FROM plans WHERE lower(name) = lower($1)', [plan.name]);
      if (exists.rowCount === 0) await repo.insert(randomUUID(), plan, now);
    }
    return true;
  });
}
