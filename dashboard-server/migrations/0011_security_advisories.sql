-- Security advisories the freelancer (or a script with an API token) records from the bulletins they
-- follow: "plugin <slug> before <fixed_in> has <title>". Updates that cross fixed_in are security
-- updates in the update center, the history and the monthly report. Matched at read time, so an
-- advisory published after an update was applied still marks that update as the fix it was.
CREATE TABLE security_advisories (
  id uuid PRIMARY KEY,
  item_type text NOT NULL CHECK (item_type IN ('core', 'plugin', 'theme')),
  -- Plugin folder (or single-file name without .php), theme stylesheet, or 'wordpress' for core.
  slug text NOT NULL,
  fixed_in text NOT NULL,
  -- First affected version; NULL = every version before fixed_in.
  affected_from text,
  severity text NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
  title text NOT NULL,
  reference_url text,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  UNIQUE (item_type, slug, fixed_in)
);
