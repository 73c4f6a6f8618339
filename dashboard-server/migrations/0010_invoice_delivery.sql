-- Invoice delivery that survives a failed email or a stopped process, and overage minutes recorded per
-- invoice so time logged late for an already invoiced month is billed once on a later invoice.

-- Delivery of the invoices the schedule creates for auto-send. send_due_at IS NULL = nothing pending
-- (manual drafts, sent invoices, or given up). A pass claims a due invoice by moving send_due_at forward
-- (the lease) and stamping send_claimed_at; an expired lease is taken over by any process.
ALTER TABLE invoices ADD COLUMN send_due_at timestamptz;
ALTER TABLE invoices ADD COLUMN send_claimed_at timestamptz;
ALTER TABLE invoices ADD COLUMN send_attempts integer NOT NULL DEFAULT 0 CHECK (send_attempts >= 0);
ALTER TABLE invoices ADD COLUMN last_send_error text;
CREATE INDEX invoices_send_due_idx ON invoices (send_due_at) WHERE send_due_at IS NOT NULL;

-- The notice left to the freelancer when an invoice could not be emailed after the last attempt.
ALTER TABLE billing_notices DROP CONSTRAINT billing_notices_kind_check;
ALTER TABLE billing_notices ADD CONSTRAINT billing_notices_kind_check CHECK (kind IN ('term_ending', 'card_expiry_30', 'card_expiry_14', 'unpaid_review', 'invoice_undelivered'));

-- Overage minutes billed per client and month, one row per invoice that billed them (written in the
-- invoice's transaction). A row with invoice_id NULL marks a month closed with nothing to bill. The sum
-- per month is what has been billed; minutes the work log shows beyond it were logged late.
CREATE TABLE overage_billed (
  client_id uuid NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
  month date NOT NULL CHECK (extract(day FROM month) = 1),
  invoice_id uuid REFERENCES invoices (id) ON DELETE CASCADE,
  minutes integer NOT NULL CHECK (minutes >= 0),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX overage_billed_invoice ON overage_billed (client_id, month, invoice_id) WHERE invoice_id IS NOT NULL;
CREATE UNIQUE INDEX overage_billed_closed ON overage_billed (client_id, month) WHERE invoice_id IS NULL;
