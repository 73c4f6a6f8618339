-- Backups: normalised backup records per site, what each backup plugin looked like in the latest
-- report, per-site policy overrides, the current verdict, verdict-change events and their alerts,
-- and S3 credentials (encrypted) for the hub's own offsite verification. The daily evaluation claims
-- its run in job_runs (0002).

-- One row per backup a site's plugin (origin 'agent') or the freelancer (origin 'hub') recorded.
-- History is kept: a backup that drops out of a report stays here. seen_generated_at / seen_report_id
-- name the newest report that listed it: the records of the site's latest backups report
-- (backup_site_state.report_id) are the "current" ones, i.e. what the plugin says is still kept. The
-- report id, not its second-resolution timestamp, decides: two reports can share a second.
CREATE TABLE backup_records (
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  origin text NOT NULL CHECK (origin IN ('agent', 'hub')),
  source text NOT NULL,
  backup_id text NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  ok boolean NOT NULL,
  size_bytes bigint,
  parts jsonb NOT NULL DEFAULT '[]'::jsonb,
  destinations jsonb NOT NULL DEFAULT '[]'::jsonb,
  offsite boolean NOT NULL,
  evidence text NOT NULL CHECK (evidence IN ('listed-at-destination', 'uploaded-per-log', 'destination-configured', 'none')),
  notes text,
  first_seen_at timestamptz NOT NULL,
  seen_generated_at timestamptz NOT NULL,
  seen_report_id uuid,
  PRIMARY KEY (site_id, origin, source, backup_id)
);
CREATE INDEX backup_records_site_time_idx ON backup_records (site_id, finished_at);

-- The latest report that carried a backups section, per site, and the source statuses it listed.
-- section_hash: while a site's section stays the same (most hourly reports), only the times move
-- forward; report_id keeps naming the report whose records are current, so nothing is rewritten.
CREATE TABLE backup_site_state (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  report_id uuid NOT NULL,
  section_hash text NOT NULL,
  generated_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  sources jsonb NOT NULL
);

-- Per-site overrides; NULL = inherit (plan default when plans exist, then the hub's global default).
CREATE TABLE backup_policies (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  max_offsite_age_h integer CHECK (max_offsite_age_h BETWEEN 1 AND 87600),
  min_retention_days integer CHECK (min_retention_days BETWEEN 0 AND 60),
  min_evidence text CHECK (min_evidence IN ('listed-at-destination', 'uploaded-per-log', 'destination-configured')),
  updated_at timestamptz NOT NULL
);

-- The current verdict per site; the row is locked while a verdict is re-evaluated, which is what
-- makes every transition be recorded (and alerted) exactly once.
CREATE TABLE backup_verdicts (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  verdict text CHECK (verdict IN ('ok', 'warning', 'failing', 'unknown')),
  reasons jsonb NOT NULL DEFAULT '[]'::jsonb,
  newest_offsite_at timestamptz,
  evidence text,
  evaluated_at timestamptz,
  changed_at timestamptz
);
CREATE INDEX backup_verdicts_verdict_idx ON backup_verdicts (verdict);

-- Verdict transitions, kept for the monthly report. from_verdict is NULL on a site's first evaluation.
CREATE TABLE backup_verdict_events (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  from_verdict text,
  to_verdict text NOT NULL,
  reasons jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX backup_verdict_events_site_idx ON backup_verdict_events (site_id, at);

-- One alert per verdict event (the unique key is the guarantee), for the freelancer only. Delivered
-- through the hub's alert channels; attempts/next_attempt_at make delivery retryable across processes.
CREATE TABLE backup_alerts (
  id uuid PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE REFERENCES backup_verdict_events (id) ON DELETE CASCADE,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  title text NOT NULL,
  text text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  last_error text,
  next_attempt_at timestamptz NOT NULL,
  delivered_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX backup_alerts_due_idx ON backup_alerts (next_attempt_at) WHERE status = 'pending';

-- S3-compatible destination the hub lists itself. The secret is AES-256-GCM ciphertext (iv, tag and
-- data, base64) under RETAINER_SECRET_KEY; it is never returned by the API.
CREATE TABLE backup_storage (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  endpoint text,
  region text NOT NULL,
  bucket text NOT NULL,
  prefix text NOT NULL DEFAULT '',
  force_path_style boolean NOT NULL DEFAULT false,
  access_key_id text NOT NULL,
  secret_ciphertext text NOT NULL,
  updated_at timestamptz NOT NULL,
  last_verified_at timestamptz,
  verification jsonb
);
