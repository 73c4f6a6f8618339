import { Type, type Static } from '@sinclair/typebox';
import { PageQuery } from '../../lib/schemas.js';

const Items = Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 50 });

/** Everything a plan says, as the freelancer edits it. Mirrors the plans table (migration 0004). */
const PlanFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  description: Type.String({ maxLength: 2000 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. EUR' }),
  monthly_fee_cents: Type.Integer({ minimum: 0, maximum: 100_000_000 }),
  billing_term_months: Type.Union([Type.Literal(1), Type.Literal(3), Type.Literal(6), Type.Literal(12)], { description: 'Monthly (1) or prepaid 3/6/12 months' }),
  hourly_rate_cents: Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'Overage rate' }),
  included_minutes: Type.Integer({ minimum: 0, maximum: 44_640, description: 'Support time included per month' }),
  minutes_roll_over: Type.Boolean({ description: "Unused minutes carry over to the next month (one month only); default is use it or lose it" }),
  included_restores: Type.Integer({ minimum: 0, maximum: 1000 }),
  included_repairs: Type.Integer({ minimum: 0, maximum: 1000 }),
  allowance_period: Type.Union([Type.Literal('month'), Type.Literal('year')], { description: 'Period of the restore/repair allowance (calendar month or year)' }),
  backup_max_age_days: Type.Integer({ minimum: 1, maximum: 365 }),
  backup_retention_days: Type.Integer({ minimum: 1, maximum: 3650 }),
  uptime_interval_s: Type.Integer({ minimum: 30, maximum: 3600 }),
  report_mode: Type.Union([Type.Literal('auto_send'), Type.Literal('needs_approval')]),
  inclusions: Items,
  exclusions: Items,
};

export const PlanSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ...PlanFields,
  client_count: Type.Integer(),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
});
export type Plan = Static<typeof PlanSchema>;

const { name, monthly_fee_cents, ...optionalFields } = PlanFields;
export const CreatePlanSchema = Type.Object({ name, monthly_fee_cents, ...Type.Partial(Type.Object(optionalFields)).properties }, { additionalProperties: false });
export type CreatePlan = Static<typeof CreatePlanSchema>;

export const UpdatePlanSchema = Type.Partial(Type.Object(PlanFields), { additionalProperties: false, minProperties: 1 });
export type UpdatePlan = Static<typeof UpdatePlanSchema>;

export const ListPlansQuerySchema = Type.Object({ ...PageQuery }, { additionalProperties: false });
export type ListPlansQuery = Static<typeof ListPlansQuerySchema>;
export const PlanListSchema = Type.Object({ items: Type.Array(PlanSchema), total: Type.Integer() });

export const UsageQuerySchema = Type.Object({ month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }) }, { additionalProperties: false });

const AllowanceSchema = Type.Object({
  period: Type.Union([Type.Literal('month'), Type.Literal('year')]),
  included: Type.Integer(),
  used_this_month: Type.Integer(),
  used_in_period: Type.Integer({ description: 'Used in the allowance period up to the end of this month' }),
  over_this_month: Type.Integer({ description: "This month's entries beyond the allowance (billed by their minutes)" }),
  over_minutes: Type.Integer(),
});
export const UsageSchema = Type.Object({
  client_id: Type.String({ format: 'uuid' }),
  month: Type.String(),
  plan: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
  currency: Type.String(),
  hourly_rate_cents: Type.Integer(),
  minutes: Type.Object({
    included: Type.Integer(),
    carried_over: Type.Integer(),
    available: Type.Integer(),
    used: Type.Integer({ description: "Minutes of 'work' entries this month" }),
    remaining: Type.Integer(),
    over: Type.Integer(),
  }),
  restores: AllowanceSchema,
  repairs: AllowanceSchema,
  overage: Type.Object({ minutes: Type.Integer(), amount_cents: Type.Integer() }),
});
export type Usage = Static<typeof UsageSchema>;
