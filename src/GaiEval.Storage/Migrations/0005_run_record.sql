-- Schema version 5: a run record that says what happened and what the providers were given.

-- SHA-256 of the knowledge base the run used; NULL when the plan had none or the run is older than version 5.
ALTER TABLE runs ADD COLUMN knowledge_hash TEXT;

-- The error that stopped a run whose status is 'failed'; NULL otherwise.
ALTER TABLE runs ADD COLUMN failure TEXT;

-- JSON array of the retrieved passages' texts, in the order of retrieved_ids; NULL for responses older than version 5.
ALTER TABLE responses ADD COLUMN retrieved_texts TEXT;

-- 'completed' meant "every call is stored", scored or not. A run with stored scores was scored; one without was killed
-- (or stopped by an error) before its scores were committed.
UPDATE runs
SET status = CASE WHEN EXISTS (SELECT 1 FROM scores s WHERE s.run_id = runs.run_id) THEN 'scored' ELSE 'calls-complete' END
WHERE status = 'completed';
