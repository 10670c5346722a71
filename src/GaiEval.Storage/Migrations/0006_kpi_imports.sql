-- Schema version 6: KPIs from real use (issue 11). Every imported file is one row of kpi_imports; its records sit in the
-- table of its kind. Staff keys are stored only as keyed hashes (the secret is the file <db>.staff-key beside the database).

-- period_from / period_to: survey waves as written (2026-10), usage timestamps in UTC (yyyy-MM-ddTHH:mm:ssZ), timing dates
-- (yyyy-MM-dd); NULL when the file holds none. The same file (same content) is imported once per kind.
CREATE TABLE kpi_imports (
    import_id    {{auto_id}},
    kind         TEXT    NOT NULL CHECK (kind IN ('survey', 'usage', 'timing')),
    file_name    TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    mapping_file TEXT,
    rows         BIGINT  NOT NULL,
    harness_rows BIGINT  NOT NULL,
    period_from  TEXT,
    period_to    TEXT,
    imported_at  TEXT    NOT NULL,
    UNIQUE (kind, content_hash)
);

-- uses: JSON array of the chosen uses. Bands keep their edges (high NULL = open-ended) and the label as answered.
CREATE TABLE kpi_survey_responses (
    import_id                 BIGINT  NOT NULL REFERENCES kpi_imports (import_id),
    line                      BIGINT  NOT NULL,
    wave                      TEXT    NOT NULL,
    respondent                TEXT    NOT NULL,
    department                TEXT,
    used                      BIGINT,
    satisfaction              BIGINT,
    continue_intent           BIGINT,
    recommend                 BIGINT,
    uses_per_week_low         DOUBLE PRECISION,
    uses_per_week_high        DOUBLE PRECISION,
    uses_per_week_label       TEXT,
    minutes_saved_low         DOUBLE PRECISION,
    minutes_saved_high        DOUBLE PRECISION,
    minutes_saved_label       TEXT,
    uses                      TEXT    NOT NULL,
    comment                   TEXT,
    PRIMARY KEY (import_id, line)
);

-- timestamp: ISO-8601 round-trip text with the offset of the log. Events are read back in the order imported:
-- the insertion_order placeholder is SQLite's rowid, a column of its own in PostgreSQL. "user" is quoted: PostgreSQL reserves the word.
CREATE TABLE kpi_usage_events (
    {{insertion_order}}
    import_id     BIGINT  NOT NULL REFERENCES kpi_imports (import_id),
    timestamp     TEXT    NOT NULL,
    "user"        TEXT    NOT NULL,
    department    TEXT,
    input_tokens  BIGINT,
    output_tokens BIGINT,
    model         TEXT,
    use           TEXT,
    feedback      TEXT CHECK (feedback IN ('good', 'bad')),
    from_harness  BIGINT  NOT NULL
);

CREATE TABLE kpi_task_timings (
    import_id       BIGINT  NOT NULL REFERENCES kpi_imports (import_id),
    line            BIGINT  NOT NULL,
    task            TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    use             TEXT,
    staff           TEXT    NOT NULL,
    minutes_without DOUBLE PRECISION    NOT NULL,
    minutes_with    DOUBLE PRECISION    NOT NULL,
    date            TEXT,
    PRIMARY KEY (import_id, line)
);
