-- Users, clients, sites, enrollment, agent reports, nonces and commands.

CREATE TABLE settings (
  key text PRIMARY KEY,
  value text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'technician')),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- One-time first-run links; only the hash of the token is kept.
CREATE TABLE setup_tokens (
  token_hash text PRIMARY KEY,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

CREATE TABLE clients (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  contact_email text NOT NULL,
  locale text NOT NULL DEFAULT 'en',
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX clients_name_idx ON clients (lower(name));

-- The fleet summary columns (wp_version … updates_total) are denormalised from the latest report
-- so the fleet list stays one indexed query at thousands of sites.
CREATE TABLE sites (
  id uuid PRIMARY KEY,
  client_id uuid NOT NULL REFERENCES clients (id),
  label text NOT NULL,
  url text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'connected', 'revoked')),
  public_key text,
  agent_site_url text,
  enrolled_at timestamptz,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  wp_version text,
  -- wp_version as a zero-padded key ("00006.00008.00001") so the fleet sorts versions numerically cheaply.
  wp_version_sort text,
  php_version text,
  agent_version text,
  commands_url text,
  last_report_id uuid,
  last_report_generated_at timestamptz,
  last_report_at timestamptz,
  updates_core integer NOT NULL DEFAULT 0,
  updates_plugins integer NOT NULL DEFAULT 0,
  updates_themes integer NOT NULL DEFAULT 0,
  updates_translations integer NOT NULL DEFAULT 0,
  updates_total integer NOT NULL DEFAULT 0
) WITH (fillfactor = 70);
-- Every report rewrites its site row. The columns it changes are deliberately not indexed and pages
-- keep free space (fillfactor), so those updates stay HOT (no index maintenance). Sorting the fleet by
-- them is an in-memory sort of at most a few thousand rows.
CREATE INDEX sites_client_idx ON sites (client_id);
CREATE INDEX sites_label_idx ON sites (lower(label), id);

-- Only the hash of an enrollment code is stored: the code itself is shown once.
CREATE TABLE enrollment_codes (
  code_hash text PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE INDEX enrollment_codes_site_idx ON enrollment_codes (site_id);

-- Ledger of every report received: the primary key is what makes a re-sent report a no-op.
CREATE TABLE reports (
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  report_id uuid NOT NULL,
  generated_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  trigger text NOT NULL,
  size_bytes integer NOT NULL,
  PRIMARY KEY (site_id, report_id)
);
CREATE INDEX reports_received_idx ON reports (site_id, received_at);

-- The latest inventory per site. Rewritten only when its content changes (inventory_hash): most hourly
-- reports repeat the previous inventory, and rewriting a ~10 KB jsonb each time is the costliest part
-- of ingest. report_id/generated_at name the first report that carried this content.
CREATE TABLE site_inventory (
  site_id uuid PRIMARY KEY REFERENCES sites (id) ON DELETE CASCADE,
  inventory_hash text NOT NULL,
  report_id uuid NOT NULL,
  generated_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  inventory jsonb NOT NULL
);

-- Nonces seen per site; rows older than twice the signature window are pruned.
CREATE TABLE agent_nonces (
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  nonce text NOT NULL,
  seen_at timestamptz NOT NULL,
  PRIMARY KEY (site_id, nonce)
);
CREATE INDEX agent_nonces_seen_idx ON agent_nonces (seen_at);

CREATE TABLE commands (
  id uuid PRIMARY KEY,
  site_id uuid NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  type text NOT NULL,
  args jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'done', 'failed', 'expired')),
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  sent_at timestamptz,
  delivery_attempts integer NOT NULL DEFAULT 0,
  last_delivery_error text,
  finished_at timestamptz,
  result jsonb
);
CREATE INDEX commands_open_idx ON commands (site_id, created_at) WHERE status IN ('pending', 'sent');
CREATE INDEX commands_site_idx ON commands (site_id, created_at);
