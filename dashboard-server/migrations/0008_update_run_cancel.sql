-- Cancelling an update run: jobs still queued (never dispatched) and their items end as 'cancelled';
-- jobs already out are left to finish, since an agent cannot be stopped safely mid-update. The run keeps
-- the time the cancel was asked for, and ends as 'cancelled' (not 'done') when its last job ends.
ALTER TABLE update_runs ADD COLUMN cancel_requested_at timestamptz;
ALTER TABLE update_runs ADD COLUMN cancel_requested_by uuid REFERENCES users (id) ON DELETE SET NULL;

ALTER TABLE update_run_sites DROP CONSTRAINT update_run_sites_status_check;
ALTER TABLE update_run_sites ADD CONSTRAINT update_run_sites_status_check CHECK (status IN ('queued', 'dispatched', 'running', 'done', 'failed', 'cancelled'));

ALTER TABLE update_run_items DROP CONSTRAINT update_run_items_status_check;
ALTER TABLE update_run_items ADD CONSTRAINT update_run_items_status_check CHECK (status IN ('queued', 'running', 'updated', 'failed', 'rolled_back', 'skipped_held', 'cancelled'));
