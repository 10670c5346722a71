-- Schema version 4 is the scores migration of the speech-acts work (issue 10, part 1).
-- This empty placeholder only keeps the numbering without gaps on this branch: delete it when that migration is merged.
SELECT 1;
