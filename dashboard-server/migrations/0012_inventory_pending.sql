-- The pending part of each stored inventory, kept by PostgreSQL itself next to the inventory: the
-- update center reads these small columns instead of unpacking every site's whole inventory (plugins,
-- themes, translations) on each request. Generated, so no writer can forget them.
ALTER TABLE site_inventory
  ADD COLUMN pending_plugins jsonb GENERATED ALWAYS AS (jsonb_path_query_array(inventory, '$.plugins[*] ? (@.update_version != null)')) STORED,
  ADD COLUMN pending_themes jsonb GENERATED ALWAYS AS (jsonb_path_query_array(inventory, '$.themes[*] ? (@.update_version != null)')) STORED,
  ADD COLUMN core_version text GENERATED ALWAYS AS (inventory -> 'core' ->> 'version') STORED,
  ADD COLUMN core_update_version text GENERATED ALWAYS AS (inventory -> 'core' ->> 'update_version') STORED,
  ADD COLUMN pending_translations jsonb GENERATED ALWAYS AS (COALESCE(inventory -> 'translations', '[]'::jsonb)) STORED;
