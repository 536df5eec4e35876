-- Export jobs started through the REST API: the request, its progress while the exporter runs in
-- the background, and the outcome. The export itself is recorded by the exporter in export_runs.
CREATE TABLE export_jobs (
    id               bigserial PRIMARY KEY,
    project_id       bigint NOT NULL REFERENCES projects(id),
    requested_by     bigint NOT NULL REFERENCES users(id),
    request          jsonb NOT NULL,
    output_dir       text NOT NULL DEFAULT '',
    status           text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
    cases_total      bigint NOT NULL DEFAULT 0,
    cases_read       bigint NOT NULL DEFAULT 0,
    records_written  bigint NOT NULL DEFAULT 0,
    bytes_written    bigint NOT NULL DEFAULT 0,
    export_run_id    bigint REFERENCES export_runs(id),
    result           jsonb,
    manifest_sha256  text,
    error            text,
    error_kind       text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz
);
CREATE INDEX export_jobs_project_idx ON export_jobs (project_id, id);
