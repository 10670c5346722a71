using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

/// <summary>The statements that read and write the same way on SQLite and PostgreSQL (Dapper's @names; each store keeps only its own).</summary>
internal static class StoreSql
{
    public const string SelectCachedResponse = "SELECT response_json FROM response_cache WHERE cache_key = @Key";

    public const string InsertCachedResponse =
        "INSERT INTO response_cache (cache_key, provider_id, response_json, created_at) " +
        "VALUES (@Key, @ProviderId, @ResponseJson, @CreatedAt) ON CONFLICT (cache_key) DO NOTHING";

    public const string UpsertHumanGrade =
        "INSERT INTO human_grades (run_id, item_id, provider_id, repeat, grade, comment, reviewer, graded_at) " +
        "VALUES (@RunId, @ItemId, @ProviderId, @Repeat, @Grade, @Comment, @Reviewer, @GradedAt) " +
        "ON CONFLICT (run_id, item_id, provider_id, repeat) DO UPDATE SET " +
        "grade = excluded.grade, comment = excluded.comment, reviewer = excluded.reviewer, graded_at = excluded.graded_at";

    public const string SelectHumanGrades =
        $"SELECT {HumanGradeRow.SelectColumns} FROM human_grades g JOIN items i ON i.run_id = g.run_id AND i.item_id = g.item_id " +
        "WHERE g.run_id = @RunId ORDER BY i.ordinal, g.provider_id, g.repeat";

    public const string InsertKpiImport =
        "INSERT INTO kpi_imports (kind, file_name, content_hash, mapping_file, rows, harness_rows, period_from, period_to, imported_at) " +
        "VALUES (@Kind, @FileName, @ContentHash, @MappingFile, 0, 0, NULL, NULL, @ImportedAt) RETURNING import_id";

    public const string CompleteKpiImport =
        "UPDATE kpi_imports SET rows = @Rows, harness_rows = @HarnessRows, period_from = @PeriodFrom, period_to = @PeriodTo " +
        "WHERE import_id = @ImportId";

    public const string SelectResponseKeys = $"SELECT {ResponseKeyRow.SelectColumns} FROM responses WHERE run_id = @RunId";

    public const string SelectResponses =
        $"SELECT {ResponseRow.SelectColumns} FROM responses r JOIN items i ON i.run_id = r.run_id AND i.item_id = r.item_id " +
        "WHERE r.run_id = @RunId ORDER BY i.ordinal, r.provider_id, r.repeat";

    public const string InsertRun =
        "INSERT INTO runs (run_id, plan_name, plan_file, plan_json, test_set_path, test_set_hash, item_count, repeats, tool_version, " +
        "criteria_json, criteria_hash, knowledge_hash, status, failure, started_at, finished_at) VALUES (@RunId, @PlanName, @PlanFile, " +
        "@PlanJson, @TestSetPath, @TestSetHash, @ItemCount, @Repeats, @ToolVersion, @CriteriaJson, @CriteriaHash, @KnowledgeHash, @Status, " +
        "@Failure, @StartedAt, @FinishedAt)";

    public const string SelectRun = $"SELECT {RunRow.SelectColumns} FROM runs WHERE run_id = @RunId";

    public const string UpdateRunStatus =
        "UPDATE runs SET status = @Status, finished_at = @FinishedAt, failure = NULL WHERE run_id = @RunId";

    public const string UpdateRunFailed = "UPDATE runs SET status = @Status, failure = @Failure WHERE run_id = @RunId";

    public const string SelectItems = "SELECT item_json AS ItemJson FROM items WHERE run_id = @RunId ORDER BY ordinal";

    // score_id keeps, within one response, the order in which the evaluators reported their metrics.
    public const string SelectScores =
        $"SELECT {ScoreRow.SelectColumns} FROM scores s JOIN items i ON i.run_id = s.run_id AND i.item_id = s.item_id " +
        "WHERE s.run_id = @RunId ORDER BY i.ordinal, s.provider_id, s.repeat, s.score_id";

    public const string CountResponses = "SELECT COUNT(*) FROM responses WHERE run_id = @RunId AND status = @Status";

    public const string SelectKpiImport = $"SELECT {KpiImportRow.SelectColumns} FROM kpi_imports WHERE kind = @Kind AND content_hash = @ContentHash";

    public const string SelectKpiImports = $"SELECT {KpiImportRow.SelectColumns} FROM kpi_imports ORDER BY import_id";
}
