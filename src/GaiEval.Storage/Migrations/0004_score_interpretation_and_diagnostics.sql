-- Schema version 4: what each evaluator concluded, kept beside its numbers (scores table only).

-- The metric's EvaluationMetricInterpretation: rating as kebab-case text of EvaluationRating, failed 0/1, and its reason.
-- All three NULL when the evaluator gave no interpretation.
ALTER TABLE scores ADD COLUMN rating TEXT
    CHECK (rating IN ('unknown', 'inconclusive', 'unacceptable', 'poor', 'average', 'good', 'exceptional'));
ALTER TABLE scores ADD COLUMN failed BIGINT CHECK (failed IN (0, 1));
ALTER TABLE scores ADD COLUMN interpretation_reason TEXT;

-- JSON array of {"severity": "error|warning|informational", "message": "..."}; NULL when the metric has no diagnostic.
ALTER TABLE scores ADD COLUMN diagnostics TEXT;

-- Before version 4 a judge that could not decide left its metric without a value and a reason starting 判定不能;
-- mark those rows inconclusive so that nothing has to read the reason text any more.
UPDATE scores
SET rating = 'inconclusive', failed = 1, interpretation_reason = reason
WHERE value IS NULL AND metric LIKE 'judge\_%' ESCAPE '\' AND reason LIKE '判定不能%';
