-- Schema version 6: KPIs from real use (issue 11). Every imported file is one row of kpi_imports; its records sit in the
-- table of its kind. Staff keys are stored only as keyed hashes (the secret is the file <db>.staff-key beside the database).

-- period_from / period_to: survey waves as written (2026-10), usage timestamps in UTC (yyyy-MM-ddTHH:mm:ssZ), timing dates
-- (yyyy-MM-dd); NULL when the file holds none. The same file (same content) is imported once per kind.
CREATE TABLE kpi_imports (
    import_id    INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('survey', 'usage', 'timing')),
    file_name    TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    mapping_file TEXT,
    rows         INTEGER NOT NULL,
    harness_rows INTEGER NOT NULL,
    period_from  TEXT,
    period_to    TEXT,
    imported_at  TEXT    NOT NULL,
    UNIQUE (kind, content_hash)
);

-- uses: JSON array of the chosen uses. Bands keep their edges (high NULL = open-ended) and the label as answered.
CREATE TABLE kpi_survey_responses (
    import_id                 INTEGER NOT NULL REFERENCES kpi_imports (import_id),
    line                      INTEGER NOT NULL,
    wave                      TEXT    NOT NULL,
    respondent                TEXT    NOT NULL,
    department                TEXT,
    used                      INTEGER,
    satisfaction              INTEGER,
    continue_intent           INTEGER,
    recommend                 INTEGER,
    uses_per_week_low         REAL,
    uses_per_week_high        REAL,
    uses_per_week_label       TEXT,
    minutes_saved_low         REAL,
    minutes_saved_high        REAL,
    minutes_saved_label       TEXT,
    uses                      TEXT    NOT NULL,
    comment                   TEXT,
    PRIMARY KEY (import_id, line)
);

-- timestamp: ISO-8601 round-trip text with the offset of the log.
CREATE TABLE kpi_usage_events (
    import_id     INTEGER NOT NULL REFERENCES kpi_imports (import_id),
    timestamp     TEXT    NOT NULL,
    user          TEXT    NOT NULL,
    department    TEXT,
    input_tokens  INTEGER,
    output_tokens INTEGER,
    model         TEXT,
    use           TEXT,
    feedback      TEXT CHECK (feedback IN ('good', 'bad')),
    from_harness  INTEGER NOT NULL
);

CREATE TABLE kpi_task_timings (
    import_id       INTEGER NOT NULL REFERENCES kpi_imports (import_id),
    line            INTEGER NOT NULL,
    task            TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    use             TEXT,
    staff           TEXT    NOT NULL,
    minutes_without REAL    NOT NULL,
    minutes_with    REAL    NOT NULL,
    date            TEXT,
    PRIMARY KEY (import_id, line)
);
