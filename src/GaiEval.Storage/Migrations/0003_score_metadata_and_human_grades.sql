-- Schema version 3: evaluator metadata on scores, and reviewers' grades of answers.

-- JSON object of string to string (e.g. a judge's provider, model, tokens); NULL when the evaluator gave none.
ALTER TABLE scores ADD COLUMN metadata TEXT;

-- One grade per answer; grading it again replaces the row. grade is kebab-case text of HumanGrade.
CREATE TABLE human_grades (
    run_id      TEXT    NOT NULL,
    item_id     TEXT    NOT NULL,
    provider_id TEXT    NOT NULL,
    repeat      BIGINT  NOT NULL,
    grade       TEXT    NOT NULL CHECK (grade IN ('correct', 'partial', 'wrong')),
    comment     TEXT,
    reviewer    TEXT    NOT NULL,
    graded_at   TEXT    NOT NULL,
    PRIMARY KEY (run_id, item_id, provider_id, repeat),
    FOREIGN KEY (run_id, item_id, provider_id, repeat) REFERENCES responses (run_id, item_id, provider_id, repeat)
);
