-- GaiEval: who may see what, for the PostgreSQL schema of the current search_path (gaieval db roles prints this script,
-- gaieval db roles --apply runs it). Run it after GaiEval has created the tables, as their owner, by a role that may create
-- roles (CREATEROLE). Running it again changes nothing but re-grants; run it again after a GaiEval update adds tables.
--   gaieval_team     the ward's PoC team: reads and writes everything.
--   gaieval_manager  managers: read everything (reports), write nothing.
--   gaieval_vendor   vendors: read only their own answers, scores and grades (vendor_providers says which are theirs),
--                    never items (questions, references, rubrics of hidden items), runs, the cache or KPIs, and not the
--                    reasons, comments and diagnostics that may quote a reference answer.
-- The owner of the tables (the role that applies GaiEval's migrations) is not limited by the policies; SQLite has none of this.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gaieval_team') THEN
        CREATE ROLE gaieval_team NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gaieval_manager') THEN
        CREATE ROLE gaieval_manager NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gaieval_vendor') THEN
        CREATE ROLE gaieval_vendor NOLOGIN;
    END IF;
END
$$;

-- One row per vendor login role and each provider of a run that is its submission (round run: s1, s2, … of that run).
CREATE TABLE IF NOT EXISTS vendor_providers (
    login_role  TEXT NOT NULL,
    run_id      TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    PRIMARY KEY (login_role, run_id, provider_id)
);

DO $$
DECLARE
    schema_name TEXT := quote_ident(current_schema());
BEGIN
    EXECUTE 'GRANT USAGE, CREATE ON SCHEMA ' || schema_name || ' TO gaieval_team';
    EXECUTE 'GRANT USAGE ON SCHEMA ' || schema_name || ' TO gaieval_manager, gaieval_vendor';
    EXECUTE 'GRANT ALL ON ALL TABLES IN SCHEMA ' || schema_name || ' TO gaieval_team';
    EXECUTE 'GRANT ALL ON ALL SEQUENCES IN SCHEMA ' || schema_name || ' TO gaieval_team';
    EXECUTE 'REVOKE ALL ON ALL TABLES IN SCHEMA ' || schema_name || ' FROM gaieval_manager, gaieval_vendor';
    EXECUTE 'GRANT SELECT ON ALL TABLES IN SCHEMA ' || schema_name || ' TO gaieval_manager';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || schema_name || ' GRANT ALL ON TABLES TO gaieval_team';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || schema_name || ' GRANT ALL ON SEQUENCES TO gaieval_team';
    EXECUTE 'ALTER DEFAULT PRIVILEGES IN SCHEMA ' || schema_name || ' GRANT SELECT ON TABLES TO gaieval_manager';
END
$$;

-- Vendors: no items, runs, response_cache or kpi_* at all; of scores and grades only the columns that cannot quote an item.
GRANT SELECT ON responses, vendor_providers TO gaieval_vendor;
GRANT SELECT (score_id, run_id, item_id, provider_id, repeat, evaluator, metric, value, label, rating, failed) ON scores TO gaieval_vendor;
GRANT SELECT (run_id, item_id, provider_id, repeat, grade, graded_at) ON human_grades TO gaieval_vendor;

ALTER TABLE vendor_providers ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS gaieval_team_all ON vendor_providers;
CREATE POLICY gaieval_team_all ON vendor_providers TO gaieval_team USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS gaieval_manager_read ON vendor_providers;
CREATE POLICY gaieval_manager_read ON vendor_providers FOR SELECT TO gaieval_manager USING (true);
DROP POLICY IF EXISTS gaieval_vendor_own ON vendor_providers;
CREATE POLICY gaieval_vendor_own ON vendor_providers FOR SELECT TO gaieval_vendor USING (login_role = current_user);

ALTER TABLE responses ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS gaieval_team_all ON responses;
CREATE POLICY gaieval_team_all ON responses TO gaieval_team USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS gaieval_manager_read ON responses;
CREATE POLICY gaieval_manager_read ON responses FOR SELECT TO gaieval_manager USING (true);
DROP POLICY IF EXISTS gaieval_vendor_own ON responses;
CREATE POLICY gaieval_vendor_own ON responses FOR SELECT TO gaieval_vendor USING (EXISTS (
    SELECT 1 FROM vendor_providers v
    WHERE v.login_role = current_user AND v.run_id = responses.run_id AND v.provider_id = responses.provider_id));

ALTER TABLE scores ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS gaieval_team_all ON scores;
CREATE POLICY gaieval_team_all ON scores TO gaieval_team USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS gaieval_manager_read ON scores;
CREATE POLICY gaieval_manager_read ON scores FOR SELECT TO gaieval_manager USING (true);
DROP POLICY IF EXISTS gaieval_vendor_own ON scores;
CREATE POLICY gaieval_vendor_own ON scores FOR SELECT TO gaieval_vendor USING (EXISTS (
    SELECT 1 FROM vendor_providers v
    WHERE v.login_role = current_user AND v.run_id = scores.run_id AND v.provider_id = scores.provider_id));

ALTER TABLE human_grades ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS gaieval_team_all ON human_grades;
CREATE POLICY gaieval_team_all ON human_grades TO gaieval_team USING (true) WITH CHECK (true);
DROP POLICY IF EXISTS gaieval_manager_read ON human_grades;
CREATE POLICY gaieval_manager_read ON human_grades FOR SELECT TO gaieval_manager USING (true);
DROP POLICY IF EXISTS gaieval_vendor_own ON human_grades;
CREATE POLICY gaieval_vendor_own ON human_grades FOR SELECT TO gaieval_vendor USING (EXISTS (
    SELECT 1 FROM vendor_providers v
    WHERE v.login_role = current_user AND v.run_id = human_grades.run_id AND v.provider_id = human_grades.provider_id));
