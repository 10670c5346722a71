-- Schema version 1: runs, their item snapshots, responses and scores.
-- Timestamps are ISO-8601 round-trip text ("O") with their offset; enums are kebab-case text.
-- One script for SQLite and PostgreSQL: types both read the same way (BIGINT, DOUBLE PRECISION, TEXT), and each engine
-- difference a named placeholder in double braces that SchemaDialect fills in (auto_id: a generated integer primary key).

CREATE TABLE runs (
    run_id        TEXT    NOT NULL PRIMARY KEY,
    plan_name     TEXT    NOT NULL,
    plan_file     TEXT    NOT NULL,
    plan_json     TEXT    NOT NULL,
    test_set_path TEXT    NOT NULL,
    test_set_hash TEXT    NOT NULL,
    item_count    BIGINT  NOT NULL,
    repeats       BIGINT  NOT NULL,
    tool_version  TEXT    NOT NULL,
    criteria_json TEXT    NOT NULL,
    criteria_hash TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT
);

-- ordinal is the 1-based position in the test set; item_json is the whole GoldItem (GaiEvalJson.Options).
CREATE TABLE items (
    run_id      TEXT    NOT NULL REFERENCES runs (run_id),
    ordinal     BIGINT  NOT NULL,
    item_id     TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    use         TEXT    NOT NULL,
    sensitivity TEXT    NOT NULL,
    expect      TEXT    NOT NULL,
    item_json   TEXT    NOT NULL,
    PRIMARY KEY (run_id, item_id),
    UNIQUE (run_id, ordinal)
);

-- One row per call; the unique key makes a second store of the same call fail.
CREATE TABLE responses (
    response_id   {{auto_id}},
    run_id        TEXT    NOT NULL,
    item_id       TEXT    NOT NULL,
    provider_id   TEXT    NOT NULL,
    repeat        BIGINT  NOT NULL,
    status        TEXT    NOT NULL,
    text          TEXT,
    error         TEXT,
    attempts      BIGINT  NOT NULL,
    latency_ms    DOUBLE PRECISION,
    ttft_ms       DOUBLE PRECISION,
    total_ms      DOUBLE PRECISION,
    input_tokens  BIGINT,
    output_tokens BIGINT,
    token_source  TEXT    NOT NULL,
    tokenizer     TEXT,
    model         TEXT,
    retrieved_ids TEXT    NOT NULL, -- JSON array of strings
    cached        BIGINT  NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NOT NULL,
    UNIQUE (run_id, item_id, provider_id, repeat),
    FOREIGN KEY (run_id, item_id) REFERENCES items (run_id, item_id)
);

CREATE TABLE scores (
    score_id    {{auto_id}},
    run_id      TEXT    NOT NULL,
    item_id     TEXT    NOT NULL,
    provider_id TEXT    NOT NULL,
    repeat      BIGINT  NOT NULL,
    evaluator   TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    value       DOUBLE PRECISION,
    label       TEXT,
    reason      TEXT,
    UNIQUE (run_id, item_id, provider_id, repeat, evaluator, metric),
    FOREIGN KEY (run_id, item_id, provider_id, repeat) REFERENCES responses (run_id, item_id, provider_id, repeat)
);
