-- Review (adjudication) and PHI safety: findings, reviews and recorded export overrides.

-- A data lead's final answer for a case; the dissenting annotations stay untouched.
CREATE TABLE adjudications (
    id              bigserial PRIMARY KEY,
    case_id         bigint NOT NULL UNIQUE REFERENCES cases(id),
    project_id      bigint NOT NULL REFERENCES projects(id),
    adjudicator_id  bigint NOT NULL REFERENCES users(id),
    final_payload   jsonb NOT NULL,
    rationale       text NOT NULL CHECK (length(rationale) > 0),
    version         integer NOT NULL DEFAULT 1,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX adjudications_project_idx ON adjudications (project_id, case_id);

-- Why a case is quarantined: detector findings at import, or a clinician's "contains PHI" flag.
-- Offsets are Unicode code points into the named text field of the case.
CREATE TABLE phi_findings (
    id            bigserial PRIMARY KEY,
    case_id       bigint NOT NULL REFERENCES cases(id),
    source        text NOT NULL CHECK (source IN ('import', 'clinician_flag', 'export_scan')),
    field         text NOT NULL DEFAULT 'note_text',
    start_offset  integer,
    end_offset    integer,
    category      text NOT NULL,
    flagged_by    bigint REFERENCES users(id),
    status        text NOT NULL DEFAULT 'open'
                  CHECK (status IN ('open', 'false_positive', 'redacted', 'surrogated')),
    reviewed_by   bigint REFERENCES users(id),
    reviewed_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX phi_findings_case_idx ON phi_findings (case_id, status);

-- A recorded decision that a specific detector hit in a case is a known false positive, so the
-- export gate may publish it. Matched by case, category and the SHA-256 of the matched text.
CREATE TABLE phi_overrides (
    id            bigserial PRIMARY KEY,
    case_id       bigint NOT NULL REFERENCES cases(id),
    category      text NOT NULL,
    text_sha256   text NOT NULL,
    reason        text NOT NULL CHECK (length(reason) > 0),
    created_by    bigint NOT NULL REFERENCES users(id),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (case_id, category, text_sha256)
);

-- Skips are part of the assignment; PHI flags quarantine the case (see phi_findings).
ALTER TABLE cases ADD COLUMN quarantined_at timestamptz;
