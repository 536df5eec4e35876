-- next-task orders claimable cases by (assigned_count DESC, id): an index in that exact order
-- lets the claim stop at the first usable row instead of sorting every open case.
DROP INDEX IF EXISTS cases_open_idx;
CREATE INDEX cases_claim_order_idx ON cases (project_id, is_gold, assigned_count DESC, id) WHERE status = 'ready';
