-- Uptime monitoring (monitors, checks, incidents, daily rollups, maintenance windows), alert channels
-- and deliveries, and the claim table that makes daily jobs run once across hub processes.

-- One monitor per site. Settings and the checker's state live in one row so a check result is one
-- UPDATE. next_check_at is the schedule: a process claims a due row with FOR UPDATE SKIP LOCKED and
-- moves it forward in the same statement, so N processes never run the same check twice.
CREATE TABLE monitors (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  url text,
  interval_s integer NOT NULL DEFAULT 60 CHECK (interval_s BETWEEN 30 AND 86400),
  timeout_ms integer NOT NULL DEFAULT 10000 CHECK (timeout_ms BETWEEN 100 AND 60000),
  accepted_status_codes text[] NOT NULL DEFAULT ARRAY['200-399'],
  keyword text,
  keyword_mode text NOT NULL DEFAULT 'contains' CHECK (keyword_mode IN ('contains', 'not_contains')),
  follow_redirects boolean NOT NULL DEFAULT true,
  max_redirects integer NOT NULL DEFAULT 5 CHECK (max_redirects BETWEEN 0 AND 10),
  check_tls boolean NOT NULL DEFAULT true,
  slow_ms integer CHECK (slow_ms > 0),
  confirm_failures integer NOT NULL DEFAULT 2 CHECK (confirm_failures BETWEEN 1 AND 10),
  paused boolean NOT NULL DEFAULT false,
  next_check_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'unknown' CHECK (status IN ('unknown', 'up', 'down', 'degraded')),
  consecutive_failures integer NOT NULL DEFAULT 0,
  first_failure_at timestamptz,
  last_check_at timestamptz,
  last_error_class text,
  tls_expires_at timestamptz,
  down_incident_id uuid,
  silent_incident_id uuid,
  tls_incident_id uuid,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
) WITH (fillfactor = 70);
-- Only next_check_at is indexed among the columns every check rewrites; the partial index keeps
-- paused monitors out of the claim scan.
CREATE INDEX monitors_due_idx ON monitors (next_check_at) WHERE NOT paused;

-- Raw checks, kept UPTIME_RETENTION_DAYS. scheduled_for is when the check was due (lag = checked_at - scheduled_for).
-- suppressed = run inside a maintenance window: shown, but excluded from uptime and incidents.
CREATE TABLE uptime_checks (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  checked_at timestamptz NOT NULL,
  scheduled_for timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('up', 'down', 'degraded')),
  http_status integer,
  response_ms integer,
  tls_expires_at timestamptz,
  error_class text CHECK (error_class IN ('dns', 'connect', 'tls', 'timeout', 'status', 'keyword', 'redirect', 'other')),
  error text,
  suppressed boolean NOT NULL DEFAULT false
);
CREATE INDEX uptime_checks_site_time_idx ON uptime_checks (site_id, checked_at);
CREATE INDEX uptime_checks_time_idx ON uptime_checks (checked_at);

-- started_at is the first failing check (confirmation back-dates it); opened_at when it was confirmed.
CREATE TABLE uptime_incidents (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('down', 'agent_silent', 'tls_expiring')),
  cause text NOT NULL,
  detail text,
  started_at timestamptz NOT NULL,
  opened_at timestamptz NOT NULL,
  resolved_at timestamptz
);
-- At most one open incident of each kind per site: the guard that makes alerts one per incident.
CREATE UNIQUE INDEX uptime_incidents_open_key ON uptime_incidents (site_id, kind) WHERE resolved_at IS NULL;
CREATE INDEX uptime_incidents_site_idx ON uptime_incidents (site_id, started_at);

-- Kept forever: one row per site per UTC day.
CREATE TABLE uptime_daily (
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  day date NOT NULL,
  checks integer NOT NULL,
  up_checks integer NOT NULL,
  p50_ms integer,
  p95_ms integer,
  incident_minutes double precision NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, day)
);

CREATE TABLE maintenance_windows (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  reason text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE INDEX maintenance_windows_site_idx ON maintenance_windows (site_id, ends_at);

-- A row claims (job, period) for one process; a claim never finished is taken over after a lease.
CREATE TABLE job_runs (
  job text NOT NULL,
  period text NOT NULL,
  claimed_at timestamptz NOT NULL,
  finished_at timestamptz,
  result jsonb,
  PRIMARY KEY (job, period)
);

-- config is validated against the channel type's own schema before it is stored.
CREATE TABLE alert_channels (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  type text NOT NULL,
  config jsonb NOT NULL,
  enabled boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX alert_channels_name_key ON alert_channels (lower(name));

-- One row per (incident, channel, event): the unique key is the deduplication.
CREATE TABLE alert_deliveries (
  id uuid PRIMARY KEY,
  incident_id uuid NOT NULL REFERENCES uptime_incidents (id) ON DELETE CASCADE,
  channel_id uuid NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  event text NOT NULL CHECK (event IN ('opened', 'resolved')),
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (incident_id, channel_id, event)
);
CREATE INDEX alert_deliveries_due_idx ON alert_deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX alert_deliveries_created_idx ON alert_deliveries (created_at);
