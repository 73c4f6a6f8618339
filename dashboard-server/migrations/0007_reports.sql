-- Monthly value reports: the freelancer's branding, one report per client and month, and its email
-- deliveries (an outbox: one row per message to send, every SMTP attempt recorded).

-- One row (id = 1): the business the reports are sent from.
CREATE TABLE report_branding (
  id smallint PRIMARY KEY CHECK (id = 1),
  business_name text NOT NULL DEFAULT '',
  logo text,
  accent_color text NOT NULL DEFAULT '#2563eb',
  reply_to text,
  footer text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL
);

-- (client_id, period) is unique: the guarantee behind "one report per client and month", whatever
-- the number of hub processes or scheduler runs. data is the snapshot of the month's figures taken
-- at generation, so a report reads the same later even after raw checks are pruned.
CREATE TABLE monthly_reports (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  period_start timestamptz NOT NULL,
  period_end timestamptz NOT NULL,
  timezone text NOT NULL,
  locale text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('auto_send', 'needs_approval')),
  status text NOT NULL CHECK (status IN ('needs_approval', 'approved', 'sent', 'failed')),
  data jsonb NOT NULL,
  note text NOT NULL DEFAULT '',
  planned_work text NOT NULL DEFAULT '',
  generated_at timestamptz NOT NULL,
  approved_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (client_id, period)
);
CREATE INDEX monthly_reports_period_idx ON monthly_reports (period, client_id);
CREATE INDEX monthly_reports_status_idx ON monthly_reports (status);

-- The email outbox. At most one 'initial' delivery per report and at most one pending delivery per
-- report: both unique indexes make a double approve, a double send or two schedulers queue one email.
CREATE TABLE report_deliveries (
  id uuid PRIMARY KEY,
  report_id uuid NOT NULL REFERENCES monthly_reports (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('initial', 'resend')),
  recipient text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  message_id text,
  delivered_at timestamptz,
  alerted_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX report_deliveries_initial_key ON report_deliveries (report_id) WHERE kind = 'initial';
CREATE UNIQUE INDEX report_deliveries_pending_key ON report_deliveries (report_id) WHERE status = 'pending';
CREATE INDEX report_deliveries_due_idx ON report_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX report_deliveries_report_idx ON report_deliveries (report_id, created_at);

-- Every SMTP attempt: when, and what the server answered (or the connection error).
CREATE TABLE report_delivery_attempts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  delivery_id uuid NOT NULL REFERENCES report_deliveries (id) ON DELETE CASCADE,
  attempt integer NOT NULL,
  at timestamptz NOT NULL,
  ok boolean NOT NULL,
  smtp_response text
);
CREATE INDEX report_delivery_attempts_delivery_idx ON report_delivery_attempts (delivery_id, at);
