-- Safe updates: the hold list and update runs (one job per site, one row per item), claimed through
-- PostgreSQL so several hub processes share the work and a run survives a restart. The history of what
-- happened stays in update_events (0004); these tables hold the live progress of runs.

-- "Do not update X" for one site (site_id) or every site (site_id NULL). below_version: only versions
-- from this one on are held ("stay below 6.0"); NULL holds every version.
CREATE TABLE update_holds (
  id uuid PRIMARY KEY,
  site_id uuid REFERENCES sites (id) ON DELETE CASCADE,
  item_type text NOT NULL CHECK (item_type IN ('core', 'plugin', 'theme', 'translation')),
  item_id text NOT NULL,
  below_version text,
  reason text NOT NULL,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX update_holds_key ON update_holds (coalesce(site_id, '00000000-0000-0000-0000-000000000000'::uuid), item_type, item_id);

-- Every change to a run, a job or an item takes the next number: the progress stream sends the rows
-- changed since the last number it sent (and Last-Event-ID resumes from there).
CREATE SEQUENCE update_change_seq;

CREATE TABLE update_runs (
  id uuid PRIMARY KEY,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'cancelled')),
  concurrency integer NOT NULL CHECK (concurrency BETWEEN 1 AND 50),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  -- Jobs not ended yet. Each job's end decrements it in the same statement; the one that reaches 0 ends
  -- the run (row locking orders concurrent ends, so exactly one sees 0).
  open_jobs integer NOT NULL DEFAULT 0 CHECK (open_jobs >= 0),
  seq bigint NOT NULL
);
CREATE INDEX update_runs_created_idx ON update_runs (created_at DESC, id DESC);
CREATE INDEX update_runs_open_idx ON update_runs (created_at, id) WHERE status IN ('queued', 'running');

-- One job per site. command_id is chosen when the run is created, so a job dispatched again (its lease
-- ran out) re-sends the same command, which the agent executes at most once. While a job is out, the
-- site has a maintenance window whose reason names the run ("Update run <run id>").
CREATE TABLE update_run_sites (
  run_id uuid NOT NULL REFERENCES update_runs (id) ON DELETE CASCADE,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  position integer NOT NULL,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'dispatched', 'running', 'done', 'failed')),
  command_id uuid NOT NULL,
  dispatch_count integer NOT NULL DEFAULT 0,
  lease_until timestamptz,
  error text,
  dispatched_at timestamptz,
  finished_at timestamptz,
  seq bigint NOT NULL,
  PRIMARY KEY (run_id, site_id)
);
CREATE UNIQUE INDEX update_run_sites_command_key ON update_run_sites (command_id);
CREATE INDEX update_run_sites_active_idx ON update_run_sites (run_id, status, position) WHERE status IN ('queued', 'dispatched', 'running');
CREATE INDEX update_run_sites_seq_idx ON update_run_sites (run_id, seq);

CREATE TABLE update_run_items (
  run_id uuid NOT NULL,
  site_id uuid NOT NULL,
  position integer NOT NULL,
  item_type text NOT NULL CHECK (item_type IN ('core', 'plugin', 'theme', 'translation')),
  item_id text NOT NULL,
  item_name text NOT NULL DEFAULT '',
  from_version text,
  to_version text,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'updated', 'failed', 'rolled_back', 'skipped_held')),
  reason_code text,
  reason text,
  event_id uuid,
  finished_at timestamptz,
  seq bigint NOT NULL,
  PRIMARY KEY (run_id, site_id, item_type, item_id),
  FOREIGN KEY (run_id, site_id) REFERENCES update_run_sites (run_id, site_id) ON DELETE CASCADE
);
CREATE INDEX update_run_items_seq_idx ON update_run_items (run_id, seq);
