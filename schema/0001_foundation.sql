-- Concord foundation schema: people, projects, cases, assignments, annotations, audit.
-- Migrations are the one source of truth for tables; never edit an applied file, add a new one.

CREATE TABLE users (
    id             bigserial PRIMARY KEY,
    username       text NOT NULL UNIQUE CHECK (username ~ '^[A-Za-z0-9._@-]{1,64}$'),
    display_name   text NOT NULL DEFAULT '',
    role           text NOT NULL CHECK (role IN ('clinician', 'data_lead', 'admin')),
    specialties    text[] NOT NULL DEFAULT '{}',
    password_hash  text NOT NULL,
    disabled       boolean NOT NULL DEFAULT false,
    -- pseudonymous id used in exports instead of the username
    pseudonym      text NOT NULL UNIQUE DEFAULT ('ann-' || substr(md5(random()::text || clock_timestamp()::text), 1, 12)),
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);

-- Bearer tokens are stored only as SHA-256 digests.
CREATE TABLE sessions (
    token_hash    bytea PRIMARY KEY,
    user_id       bigint NOT NULL REFERENCES users(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_seen_at  timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE projects (
    id              bigserial PRIMARY KEY,
    slug            text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,63}$'),
    name            text NOT NULL,
    description     text NOT NULL DEFAULT '',
    annotation_schema jsonb NOT NULL,
    schema_version  integer NOT NULL DEFAULT 1,
    overlap_k       integer NOT NULL DEFAULT 2 CHECK (overlap_k BETWEEN 1 AND 50),
    gold_rate       double precision NOT NULL DEFAULT 0 CHECK (gold_rate >= 0 AND gold_rate <= 1),
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- One multimodal item. patient_key is already a pseudonym (never a source identifier).
CREATE TABLE cases (
    id            bigserial PRIMARY KEY,
    project_id    bigint NOT NULL REFERENCES projects(id),
    external_id   text NOT NULL,
    patient_key   text NOT NULL,
    specialty     text NOT NULL DEFAULT '',
    note_text     text NOT NULL DEFAULT '',
    -- conversation, candidate responses (with model identities), rubric criteria, ...
    content       jsonb NOT NULL DEFAULT '{}',
    is_gold       boolean NOT NULL DEFAULT false,
    gold_answer   jsonb,
    status        text NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'quarantined', 'retired')),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, external_id)
);
CREATE INDEX cases_project_idx ON cases (project_id, id);
CREATE INDEX cases_patient_idx ON cases (project_id, patient_key);

-- Images and audio, served only to people allowed to see the case.
CREATE TABLE case_media (
    id          bigserial PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases(id),
    position    integer NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('image', 'audio')),
    mime_type   text NOT NULL,
    sha256      text NOT NULL,
    data        bytea NOT NULL,
    UNIQUE (case_id, kind, position)
);

CREATE TABLE assignments (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL REFERENCES cases(id),
    user_id         bigint NOT NULL REFERENCES users(id),
    -- order in which candidate responses were shown, e.g. ["m2","m1"]: what "A"/"B" meant
    response_order  jsonb NOT NULL DEFAULT '[]',
    status          text NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'submitted', 'skipped')),
    skip_reason     text,
    assigned_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, user_id)
);
CREATE INDEX assignments_user_idx ON assignments (user_id, id);

-- One clinician's answer for one case; version increases with every write.
CREATE TABLE annotations (
    id              bigserial PRIMARY KEY,
    assignment_id   bigint NOT NULL UNIQUE REFERENCES assignments(id),
    case_id         bigint NOT NULL REFERENCES cases(id),
    user_id         bigint NOT NULL REFERENCES users(id),
    project_id      bigint NOT NULL REFERENCES projects(id),
    schema_version  integer NOT NULL,
    status          text NOT NULL CHECK (status IN ('draft', 'submitted')),
    payload         jsonb NOT NULL,
    version         integer NOT NULL DEFAULT 1,
    time_on_task_ms bigint NOT NULL DEFAULT 0 CHECK (time_on_task_ms >= 0),
    flagged_phi     boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    submitted_at    timestamptz
);
CREATE INDEX annotations_project_idx ON annotations (project_id, status, case_id);

-- Replay store for writes carrying an Idempotency-Key.
CREATE TABLE idempotency_keys (
    user_id          bigint NOT NULL REFERENCES users(id),
    key              text NOT NULL,
    request_hash     text NOT NULL,
    response_status  integer NOT NULL,
    response_body    text NOT NULL,
    response_etag    text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, key)
);

-- Append-only record of every write, read of case content, login and refused access.
CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id     bigint,
    action       text NOT NULL,
    target_type  text NOT NULL DEFAULT '',
    target_id    text NOT NULL DEFAULT '',
    request_id   text NOT NULL DEFAULT '',
    client_addr  text NOT NULL DEFAULT '',
    detail       jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, at);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- A recorded, immutable export run.
CREATE TABLE export_runs (
    id               bigserial PRIMARY KEY,
    project_id       bigint NOT NULL REFERENCES projects(id),
    created_by       bigint REFERENCES users(id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    task             text NOT NULL,
    options          jsonb NOT NULL,
    snapshot_id      text NOT NULL DEFAULT '',
    status           text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed')),
    output_dir       text NOT NULL DEFAULT '',
    manifest_sha256  text,
    record_count     bigint,
    error            text
);
