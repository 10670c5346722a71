-- Schema version 1: runs, their item snapshots, responses and scores.
-- Timestamps are ISO-8601 round-trip text ("O") with their offset; enums are kebab-case text.

CREATE TABLE runs (
    run_id        TEXT    NOT NULL PRIMARY KEY,
    plan_name     TEXT    NOT NULL,
    plan_file     TEXT    NOT NULL,
    plan_json     TEXT    NOT NULL,
    test_set_path TEXT    NOT NULL,
    test_set_hash TEXT    NOT NULL,
    item_count    INTEGER NOT NULL,
    repeats       INTEGER NOT NULL,
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
    ordinal     INTEGER NOT NULL,
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
    response_id   INTEGER NOT NULL PRIMARY KEY,
    run_id        TEXT    NOT NULL,
    item_id       TEXT    NOT NULL,
    provider_id   TEXT    NOT NULL,
    repeat        INTEGER NOT NULL,
    status        TEXT    NOT NULL,
    text          TEXT,
    error         TEXT,
    attempts      INTEGER NOT NULL,
    latency_ms    REAL,
    ttft_ms       REAL,
    total_ms      REAL,
    input_tokens  INTEGER,
    output_tokens INTEGER,
    token_source  TEXT    NOT NULL,
    tokenizer     TEXT,
    model         TEXT,
    retrieved_ids TEXT    NOT NULL, -- JSON array of strings
    cached        INTEGER NOT NULL,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT    NOT NULL,
    UNIQUE (run_id, item_id, provider_id, repeat),
    FOREIGN KEY (run_id, item_id) REFERENCES items (run_id, item_id)
);

CREATE TABLE scores (
    score_id    INTEGER NOT NULL PRIMARY KEY,
    run_id      TEXT    NOT NULL,
    item_id     TEXT    NOT NULL,
    provider_id TEXT    NOT NULL,
    repeat      INTEGER NOT NULL,
    evaluator   TEXT    NOT NULL,
    metric      TEXT    NOT NULL,
    value       REAL,
    label       TEXT,
    reason      TEXT,
    UNIQUE (run_id, item_id, provider_id, repeat, evaluator, metric),
    FOREIGN KEY (run_id, item_id, provider_id, repeat) REFERENCES responses (run_id, item_id, provider_id, repeat)
);
