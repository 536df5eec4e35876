-- Atomic next-task assignment: a per-case counter of live assignments, checked and bumped in
-- the same UPDATE so concurrent callers can never give a case to more than k clinicians.
ALTER TABLE cases ADD COLUMN assigned_count integer NOT NULL DEFAULT 0 CHECK (assigned_count >= 0);
UPDATE cases c SET assigned_count = (SELECT count(*) FROM assignments a WHERE a.case_id = c.id AND a.status <> 'skipped');
CREATE INDEX cases_open_idx ON cases (project_id, is_gold, assigned_count, id) WHERE status = 'ready';
