-- The records several features share: plans (what a client pays for and what it includes), the work log
-- (time the freelancer spent, the monthly report and billing both read it) and the update history
-- (safe updates write it, the monthly report reads it). Each feature adds its own tables in later files.

-- Money is integer minor units (cents) with an ISO 4217 currency; never floating point.
CREATE TABLE plans (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  currency text NOT NULL DEFAULT 'EUR' CHECK (currency ~ '^[A-Z]{3}$'),
  monthly_fee_cents integer NOT NULL CHECK (monthly_fee_cents >= 0),
  billing_term_months integer NOT NULL DEFAULT 1 CHECK (billing_term_months IN (1, 3, 6, 12)),
  hourly_rate_cents integer NOT NULL DEFAULT 0 CHECK (hourly_rate_cents >= 0),
  included_minutes integer NOT NULL DEFAULT 0 CHECK (included_minutes >= 0),
  -- "Use it or lose it" unless the plan says unused time rolls over to the next month.
  minutes_roll_over boolean NOT NULL DEFAULT false,
  included_restores integer NOT NULL DEFAULT 0 CHECK (included_restores >= 0),
  included_repairs integer NOT NULL DEFAULT 0 CHECK (included_repairs >= 0),
  allowance_period text NOT NULL DEFAULT 'month' CHECK (allowance_period IN ('month', 'year')),
  backup_max_age_days integer NOT NULL DEFAULT 30 CHECK (backup_max_age_days BETWEEN 1 AND 365),
  backup_retention_days integer NOT NULL DEFAULT 30 CHECK (backup_retention_days BETWEEN 1 AND 3650),
  uptime_interval_s integer NOT NULL DEFAULT 60 CHECK (uptime_interval_s BETWEEN 30 AND 3600),
  report_mode text NOT NULL DEFAULT 'auto_send' CHECK (report_mode IN ('auto_send', 'needs_approval')),
  inclusions jsonb NOT NULL DEFAULT '[]'::jsonb,
  exclusions jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX plans_name_key ON plans (lower(name));

-- The plan a client is on now (contracts, added later, record the history and the accepted terms).
ALTER TABLE clients ADD COLUMN plan_id uuid REFERENCES plans (id) ON DELETE SET NULL;
CREATE INDEX clients_plan_idx ON clients (plan_id);

-- The work log. kind 'restore' / 'repair' count against the plan's included restores / repairs.
CREATE TABLE time_entries (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  site_id uuid REFERENCES sites (id) ON DELETE SET NULL,
  work_date date NOT NULL,
  minutes integer NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  description text NOT NULL,
  kind text NOT NULL DEFAULT 'work' CHECK (kind IN ('work', 'restore', 'repair')),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX time_entries_client_date_idx ON time_entries (client_id, work_date);

-- Update history: one row per item an update run touched (or skipped because it was held).
-- event_id is the agent's id for the event, so the same event arriving twice is stored once.
CREATE TABLE update_events (
  event_id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  command_id uuid,
  run_id uuid,
  item_type text NOT NULL CHECK (item_type IN ('core', 'plugin', 'theme', 'translation')),
  item_id text NOT NULL,
  item_name text NOT NULL DEFAULT '',
  from_version text,
  to_version text,
  outcome text NOT NULL CHECK (outcome IN ('updated', 'failed', 'rolled_back', 'skipped')),
  reason_code text,
  reason text,
  -- Known from the update offer when WordPress (or a vulnerability feed) flags it; false when unknown.
  security boolean NOT NULL DEFAULT false,
  probes jsonb NOT NULL DEFAULT '{}'::jsonb,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE INDEX update_events_site_finished_idx ON update_events (site_id, finished_at);
CREATE INDEX update_events_run_idx ON update_events (run_id) WHERE run_id IS NOT NULL;
