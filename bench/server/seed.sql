-- Bulk seed for the server benchmark (psql -v users=1000 -v cases=200000 -v preassigned=170000).
-- 1,000 clinicians, each with a session whose bearer token is "bench-<id>" (sessions.token_hash is
-- sha256 of the token); one project "bench" with the single-choice schema of the tests, overlap k=3;
-- 200,000 cases of which the first :preassigned carry their k=3 assignments: case x goes to clinicians
-- ((x-1 + j*333) % users) + 1 for j = 0, 1, 2. The j=0 assignment stays open (the submit benchmarks
-- take those), j=1 is open too, j=2 was already submitted (annotation, audit and idempotency rows),
-- so the tables and their indexes are not empty when the clock starts. The rest of the cases are
-- unassigned and feed next-task claims.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO users (id, username, display_name, role, specialties, password_hash, pseudonym)
SELECT g, 'clin' || g, 'Clinician ' || g, 'clinician', '{}', 'bench-no-password-login', 'ann-bench' || g
FROM generate_series(1, :users) g;
SELECT setval('users_id_seq', :users) AS ignored \gset

INSERT INTO sessions (token_hash, user_id, expires_at)
SELECT sha256(convert_to('bench-' || g, 'UTF8')), g, now() + interval '6 hours'
FROM generate_series(1, :users) g;

INSERT INTO projects (id, slug, name, annotation_schema, schema_version, overlap_k, gold_rate)
VALUES (1, 'bench', 'Benchmark', '{"version": 1, "fields": [
    {"id": "finding", "kind": "single_choice", "label": "Finding", "required": true,
     "options": [{"value": "normal", "label": "Normal", "key": "1"},
                 {"value": "abnormal", "label": "Abnormal", "key": "2"},
                 {"value": "uncertain", "label": "Uncertain", "key": "3"}]}]}', 1, 3, 0);
SELECT setval('projects_id_seq', 1) AS ignored \gset

-- About 600 characters of note per case.
INSERT INTO cases (id, project_id, external_id, patient_key, specialty, note_text, content, status, assigned_count)
SELECT g, 1, 'case-' || g, 'pt-' || (g % 60000), '',
       'Case ' || g || '. ' || repeat('Patient seen in clinic; vitals stable; ' || md5(g::text) || '. ', 8),
       '{}', 'ready', CASE WHEN g <= :preassigned THEN 3 ELSE 0 END
FROM generate_series(1, :cases) g;
SELECT setval('cases_id_seq', :cases) AS ignored \gset

INSERT INTO assignments (case_id, user_id, status)
SELECT g, ((g - 1 + j * 333) % :users) + 1, CASE WHEN j = 2 THEN 'submitted' ELSE 'assigned' END
FROM generate_series(1, :preassigned) g, generate_series(0, 2) j
ORDER BY g, j;

INSERT INTO annotations (assignment_id, case_id, user_id, project_id, schema_version, status, payload, submitted_at)
SELECT a.id, a.case_id, a.user_id, 1, 1, 'submitted', '{"finding": "abnormal"}', now()
FROM assignments a WHERE a.status = 'submitted';

INSERT INTO audit_log (actor_id, action, target_type, target_id, request_id, client_addr, detail)
SELECT n.user_id, 'annotation.submit', 'annotation', n.id::text, 'seed-' || n.id, '127.0.0.1',
       jsonb_build_object('case_id', n.case_id, 'version', 1)
FROM annotations n;

INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body, response_etag)
SELECT n.user_id, 'seed-' || n.id, md5(n.id::text) || md5(n.case_id::text), 201,
       '{"case_id":' || n.case_id || ',"status":"submitted","payload":{"finding":"abnormal"},"version":1}', '"v1"'
FROM annotations n;
COMMIT;
VACUUM ANALYZE;
