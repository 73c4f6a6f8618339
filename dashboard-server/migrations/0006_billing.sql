-- Contracts (revisions and their acceptances), client billing settings, invoices with a gapless number
-- sequence, and the billing notices (reminders, unpaid reviews) the schedules write exactly once.
-- Money is integer minor units (cents); tax rates are basis points (2000 = 20 %).

-- How a client is billed. One row per billed client; no row = not billed yet.
CREATE TABLE client_billing (
  client_id uuid PRIMARY KEY REFERENCES clients (id) ON DELETE CASCADE,
  -- The day the site went live: the first invoice is prorated from it; NULL = not billed yet.
  go_live_date date,
  -- NULL = the plan's billing term.
  billing_term_months integer CHECK (billing_term_months IN (1, 3, 6, 12)),
  tax_rate_bp integer NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  payment_method text NOT NULL DEFAULT 'manual' CHECK (payment_method IN ('manual', 'card')),
  -- Card expiry only (month/year); card numbers are never stored.
  card_exp_month integer CHECK (card_exp_month BETWEEN 1 AND 12),
  card_exp_year integer CHECK (card_exp_year BETWEEN 2000 AND 2200),
  billing_email text,
  payment_terms_days integer NOT NULL DEFAULT 14 CHECK (payment_terms_days BETWEEN 0 AND 365),
  updated_at timestamptz NOT NULL,
  CHECK ((card_exp_month IS NULL) = (card_exp_year IS NULL))
);

-- The one counter row per sequence; invoice numbers are taken from it inside the invoice's transaction,
-- so a rolled-back invoice gives its number back and the sequence has no gaps.
CREATE TABLE billing_counters (
  name text PRIMARY KEY,
  next_value bigint NOT NULL CHECK (next_value >= 1)
);
INSERT INTO billing_counters (name, next_value) VALUES ('invoice', 1);

-- Invoices are accounting records: they outlive their client (client_id SET NULL, name kept).
CREATE TABLE invoices (
  id uuid PRIMARY KEY,
  number bigint NOT NULL UNIQUE,
  client_id uuid REFERENCES clients (id) ON DELETE SET NULL,
  client_name text NOT NULL,
  -- What the schedule created it for, e.g. 'go-live', 'term:2027-03', 'overage:2027-02'; NULL = manual.
  schedule_key text,
  issue_date date NOT NULL,
  due_date date NOT NULL,
  period_start date,
  period_end date,
  currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  subtotal_cents bigint NOT NULL CHECK (subtotal_cents >= 0),
  tax_rate_bp integer NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
  tax_cents bigint NOT NULL CHECK (tax_cents >= 0),
  total_cents bigint NOT NULL CHECK (total_cents >= 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'sent', 'paid', 'failed', 'void')),
  payment_provider text NOT NULL DEFAULT 'manual',
  provider_reference text,
  sent_to text,
  sent_at timestamptz,
  paid_at timestamptz,
  failed_at timestamptz,
  voided_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
-- The schedule's exactly-once guarantee: one invoice per client and schedule key, whatever process asks.
CREATE UNIQUE INDEX invoices_schedule_key ON invoices (client_id, schedule_key) WHERE schedule_key IS NOT NULL;
CREATE INDEX invoices_client_idx ON invoices (client_id, issue_date);
CREATE INDEX invoices_status_idx ON invoices (status, issue_date);

CREATE TABLE invoice_lines (
  invoice_id uuid NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('plan_fee', 'proration', 'overage', 'other')),
  description text NOT NULL,
  quantity numeric(12, 4) NOT NULL,
  unit_cents bigint NOT NULL,
  amount_cents bigint NOT NULL,
  PRIMARY KEY (invoice_id, position)
);

-- A contract binds a client to a plan from a start date; its terms live in numbered revisions.
CREATE TABLE contracts (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  start_date date NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX contracts_client_idx ON contracts (client_id);

-- Each revision keeps the exact text the client was asked to accept and its sha256; the plan is
-- snapshotted so editing or deleting the plan later never changes what was agreed.
CREATE TABLE contract_revisions (
  id uuid PRIMARY KEY,
  contract_id uuid NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
  revision integer NOT NULL CHECK (revision >= 1),
  plan_id uuid REFERENCES plans (id) ON DELETE SET NULL,
  plan_snapshot jsonb NOT NULL,
  free_text text NOT NULL DEFAULT '',
  late_payment_policy text NOT NULL DEFAULT '',
  payment_terms_days integer NOT NULL,
  body text NOT NULL,
  body_sha256 text NOT NULL,
  sent_to text,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (contract_id, revision)
);

CREATE TABLE contract_acceptances (
  revision_id uuid PRIMARY KEY REFERENCES contract_revisions (id) ON DELETE CASCADE,
  accepted_name text NOT NULL,
  accepted_at timestamptz NOT NULL,
  ip text NOT NULL,
  user_agent text NOT NULL DEFAULT '',
  body_sha256 text NOT NULL
);

-- Reminders and reviews the schedules produce. key is unique, so each one is written (and mailed) once.
CREATE TABLE billing_notices (
  id uuid PRIMARY KEY,
  key text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('term_ending', 'card_expiry_30', 'card_expiry_14', 'unpaid_review')),
  client_id uuid REFERENCES clients (id) ON DELETE CASCADE,
  notice_date date NOT NULL,
  recipient text,
  subject text NOT NULL,
  body text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'no_recipient')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz
);
CREATE INDEX billing_notices_pending_idx ON billing_notices (status) WHERE status = 'pending';
