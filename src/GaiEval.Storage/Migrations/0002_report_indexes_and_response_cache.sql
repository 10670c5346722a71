-- Schema version 2: indexes for the report queries, and a table for the response cache.

-- Per-provider report queries; the unique key (run_id, item_id, ...) does not serve them.
CREATE INDEX ix_responses_run_provider ON responses (run_id, provider_id);

-- Per-provider, per-metric aggregates; its run_id prefix also serves reading all scores of a run.
CREATE INDEX ix_scores_run_provider_metric ON scores (run_id, provider_id, metric);

CREATE TABLE response_cache (
    cache_key     TEXT NOT NULL PRIMARY KEY,
    provider_id   TEXT NOT NULL,
    response_json TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
