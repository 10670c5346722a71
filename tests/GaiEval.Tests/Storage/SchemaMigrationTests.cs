using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Migrations;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

namespace GaiEval.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private static readonly string[] VersionOneSchema =
    [
        "table:items", "table:responses", "table:runs", "table:scores",
    ];

    private static readonly string[] VersionTwoSchema =
    [
        "index:ix_responses_run_provider", "index:ix_scores_run_provider_metric",
        "table:items", "table:response_cache", "table:responses", "table:runs", "table:scores",
    ];

    private static readonly string[] LatestSchema =
    [
        "index:ix_responses_run_provider", "index:ix_scores_run_provider_metric",
        "table:human_grades", "table:items", "table:kpi_imports", "table:kpi_survey_responses", "table:kpi_task_timings",
        "table:kpi_usage_events", "table:response_cache", "table:responses", "table:runs", "table:scores",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_embedded_migrations_are_numbered_one_to_six()
    {
        Assert.Equal([1, 2, 3, 4, 5, 6], SchemaMigrator.All.Select(migration => migration.Version));
        Assert.Equal("0001_initial", SchemaMigrator.All[0].Name);
        Assert.Equal("0003_score_metadata_and_human_grades", SchemaMigrator.All[2].Name);
        Assert.Equal("0004_score_interpretation_and_diagnostics", SchemaMigrator.All[3].Name);
        Assert.Equal("0005_run_record", SchemaMigrator.All[4].Name);
        Assert.Equal("0006_kpi_imports", SchemaMigrator.All[5].Name);
        Assert.Equal(6, SchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task A_fresh_database_is_at_the_latest_version_with_the_whole_schema()
    {
        string path = folder.File("gaieval.db");

        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
    }

    [Fact]
    public async Task A_version_one_database_with_data_is_upgraded_and_keeps_its_data()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        IReadOnlyList<GoldItem> items = StorageSamples.Items();
        ResponseRecord response = StorageSamples.Response("q-10", "cloud-mini", 1);
        ScoreRecord score = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1);
        await OldDatabase.CreateAsync(path, schemaVersion: 1);
        await OldDatabase.AddRunAsync(path, run, "running", items);
        await OldDatabase.AddResponseAsync(path, response);
        await OldDatabase.AddScoreAsync(path, score);

        Assert.Equal(1L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(VersionOneSchema, await RawDatabase.SchemaObjectsAsync(path));

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);

        Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(run, (await store.FindRunAsync(run.RunId))!);
        IReadOnlyList<GoldItem> readItems = await store.ReadItemsAsync(run.RunId);
        Assert.Equal(items.Count, readItems.Count);
        StorageAssert.SameItem(items[0], readItems[0]);
        await foreach (ResponseRecord read in store.ReadResponsesAsync(run.RunId))
        {
            StorageAssert.SameResponse(response with { RetrievedTexts = null }, read);
        }

        Assert.True((await store.ReadResponseKeysAsync(run.RunId)).SetEquals([response.Key]));
        await foreach (ScoreRecord read in store.ReadScoresAsync(run.RunId))
        {
            Assert.Equal(score, read);
        }
    }

    [Fact]
    public async Task A_version_two_database_with_data_is_upgraded_and_takes_metadata_and_grades()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        ResponseRecord response = StorageSamples.Response("q-10", "cloud-mini", 1);
        ScoreRecord ruleScore = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1);
        await OldDatabase.CreateAsync(path, schemaVersion: 2);
        await OldDatabase.AddRunAsync(path, run, "running", StorageSamples.Items());
        await OldDatabase.AddResponseAsync(path, response);
        await OldDatabase.AddScoreAsync(path, ruleScore);

        Assert.Equal(2L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(VersionTwoSchema, await RawDatabase.SchemaObjectsAsync(path));

        await using (SqliteResultStore store = await SqliteResultStore.OpenAsync(path))
        {
            Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
            Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
            StorageAssert.SameRun(run, (await store.FindRunAsync(run.RunId))!);
            Assert.Equal([ruleScore], await ReadScoresAsync(store, run.RunId));

            ScoreRecord judgeScore = StorageSamples.Score("q-10", "cloud-mini", 1, "judge_equivalence", 5, evaluator: "EquivalenceJudge") with
            {
                Metadata = new Dictionary<string, string> { ["judge_provider"] = "判定役" },
            };
            await store.ReplaceScoresAsync(run.RunId, ["EquivalenceJudge"], [judgeScore]);
            await store.SaveHumanGradesAsync([StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Partial, "一部のみ")]);
        }

        await using SqliteResultStore reopened = await SqliteResultStore.OpenAsync(path);
        IReadOnlyList<ScoreRecord> scores = await ReadScoresAsync(reopened, run.RunId);
        Assert.Equal(2, scores.Count);
        Assert.Equal(ruleScore, scores[0]);
        Assert.Equal("判定役", scores[1].Metadata!["judge_provider"]);
        List<HumanGradeRecord> grades = [];
        await foreach (HumanGradeRecord grade in reopened.ReadHumanGradesAsync(run.RunId))
        {
            grades.Add(grade);
        }

        Assert.Equal([StorageSamples.Grade("q-10", "cloud-mini", 1, HumanGrade.Partial, "一部のみ")], grades);
    }

    [Fact]
    public async Task A_version_three_database_keeps_its_data_and_a_completed_run_without_scores_becomes_calls_complete()
    {
        string path = folder.File("gaieval.db");
        IReadOnlyList<GoldItem> items = StorageSamples.Items();
        DateTimeOffset finished = new DateTimeOffset(2025, 6, 1, 10, 0, 0, StorageSamples.Jst);
        RunInfo scored = StorageSamples.Run("scored-run") with { FinishedAt = finished };
        RunInfo killed = StorageSamples.Run("killed-before-scores") with { FinishedAt = finished };
        RunInfo stopped = StorageSamples.Run("stopped-run");
        ResponseRecord answer = StorageSamples.Response("q-10", "cloud-mini", 1, runId: scored.RunId);
        ResponseRecord unscored = StorageSamples.Response("q-10", "cloud-mini", 1, runId: killed.RunId);
        ScoreRecord score = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1) with { RunId = scored.RunId };
        await OldDatabase.CreateAsync(path, schemaVersion: 3);
        await OldDatabase.AddRunAsync(path, scored, "completed", items);
        await OldDatabase.AddRunAsync(path, killed, "completed", items);
        await OldDatabase.AddRunAsync(path, stopped, "interrupted", items);
        await OldDatabase.AddResponseAsync(path, answer);
        await OldDatabase.AddResponseAsync(path, unscored);
        await OldDatabase.AddScoreAsync(path, score);
        Assert.Equal(3L, await RawDatabase.UserVersionAsync(path));

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);

        Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(scored with { Status = RunStatus.Scored }, (await store.FindRunAsync(scored.RunId))!);
        StorageAssert.SameRun(killed with { Status = RunStatus.CallsComplete }, (await store.FindRunAsync(killed.RunId))!);
        StorageAssert.SameRun(stopped with { Status = RunStatus.Interrupted }, (await store.FindRunAsync(stopped.RunId))!);
        Assert.Null((await store.FindRunAsync(scored.RunId))!.KnowledgeHash);
        List<ResponseRecord> responses = [];
        await foreach (ResponseRecord read in store.ReadResponsesAsync(killed.RunId))
        {
            responses.Add(read);
        }

        ResponseRecord only = Assert.Single(responses);
        StorageAssert.SameResponse(unscored with { RetrievedTexts = null }, only);
        Assert.Equal([score], await ReadScoresAsync(store, scored.RunId));
        Assert.Equal(items.Count, (await store.ReadItemsAsync(killed.RunId)).Count);

        // New rows of the upgraded file keep what old ones could not.
        ResponseRecord later = StorageSamples.Response("q-1", "cloud-mini", 1, runId: stopped.RunId);
        await store.AddResponseAsync(later);
        await foreach (ResponseRecord read in store.ReadResponsesAsync(stopped.RunId))
        {
            StorageAssert.SameResponse(later, read);
        }
    }

    [Fact]
    public async Task A_version_three_database_is_upgraded_old_scores_read_without_interpretation_and_old_inconclusive_judges_are_marked()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        ScoreRecord ruleScore = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1, evaluator: "Correctness");
        ScoreRecord judged = StorageSamples.Score("q-10", "cloud-mini", 1, "judge_equivalence", 4, evaluator: "EquivalenceJudge");
        ScoreRecord notJudged = StorageSamples.Score("q-2", "cloud-mini", 1, "judge_equivalence", null, evaluator: "EquivalenceJudge") with
        {
            Reason = "模範解答なし: 同等性は判定しない",
        };
        ScoreRecord inconclusive = StorageSamples.Score("q-2", "cloud-mini", 1, "judge_relevance", null, evaluator: "RelevanceJudge") with
        {
            Reason = "判定不能: JSON として読めません",
        };
        await OldDatabase.CreateAsync(path, schemaVersion: 3);
        await OldDatabase.AddRunAsync(path, run, "running", StorageSamples.Items());
        await OldDatabase.AddResponseAsync(path, StorageSamples.Response("q-10", "cloud-mini", 1));
        await OldDatabase.AddResponseAsync(path, StorageSamples.Response("q-2", "cloud-mini", 1));
        foreach (ScoreRecord score in new[] { ruleScore, judged, notJudged, inconclusive })
        {
            await InsertVersionThreeScoreAsync(path, score);
        }

        Assert.Equal(3L, await RawDatabase.UserVersionAsync(path));
        Assert.DoesNotContain("rating", await ScoreColumnsAsync(path));

        await using (SqliteResultStore store = await SqliteResultStore.OpenAsync(path))
        {
            Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
            Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
            Assert.Contains("diagnostics", await ScoreColumnsAsync(path));
            IReadOnlyList<ScoreRecord> read = await ReadScoresAsync(store, run.RunId);
            Assert.Equal([ruleScore, judged, notJudged], read.Take(3));
            Assert.Equal(
                inconclusive with { Interpretation = new ScoreInterpretation(EvaluationRating.Inconclusive, true, inconclusive.Reason) },
                read[3]);
            Assert.True(read[3].IsInconclusive);
            Assert.False(read[2].IsInconclusive);

            ScoreRecord undecided = StorageSamples.Score("q-2", "cloud-mini", 1, "correct", null, evaluator: "Correctness") with
            {
                Reason = "判定保留: 拒否しつつ内容を答えている（漏れのある拒否）",
                Interpretation = new ScoreInterpretation(EvaluationRating.Inconclusive, true, "判定保留: 拒否しつつ内容を答えている（漏れのある拒否）"),
                Diagnostics = [new ScoreDiagnostic(EvaluationDiagnosticSeverity.Warning, "漏れのある拒否")],
            };
            await store.ReplaceScoresAsync(run.RunId, ["Correctness"], [undecided]);
        }

        await using SqliteResultStore reopened = await SqliteResultStore.OpenAsync(path);
        ScoreRecord stored = (await ReadScoresAsync(reopened, run.RunId)).Single(s => s.Evaluator == "Correctness");
        Assert.Equal(EvaluationRating.Inconclusive, stored.Interpretation!.Rating);
        Assert.True(stored.IsInconclusive);
        Assert.Equal([new ScoreDiagnostic(EvaluationDiagnosticSeverity.Warning, "漏れのある拒否")], stored.Diagnostics!);
    }

    [Fact]
    public async Task A_version_five_database_keeps_its_runs_and_takes_kpi_imports()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        ResponseRecord response = StorageSamples.Response("q-1", "bm25", 2);
        await using (SqliteResultStore old = await SqliteResultStore.OpenAsync(path, 5, CancellationToken.None))
        {
            await old.CreateRunAsync(run, StorageSamples.Items());
            await old.AddResponseAsync(response);
        }

        Assert.Equal(5L, await RawDatabase.UserVersionAsync(path));
        Assert.DoesNotContain("table:kpi_imports", await RawDatabase.SchemaObjectsAsync(path));

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);

        Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(run, (await store.FindRunAsync(run.RunId))!);
        await foreach (ResponseRecord read in store.ReadResponsesAsync(run.RunId))
        {
            StorageAssert.SameResponse(response, read);
        }

        string timings = folder.Write("timings.csv", "task,category,staff,minutes_without,minutes_with\n集計,税務,E00001,40,35\n");
        var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(path + ".staff-key"));
        StoredKpiImport stored = await store.ImportTimingsAsync(
            new KpiImportFile(KpiKind.Timing, "timings.csv", KpiFileHash.Of(timings), null), new TaskTimingCsvReader(hasher).Read(timings));
        Assert.Equal(1L, stored.Rows);
        Assert.Equal([stored], await store.ListKpiImportsAsync());
    }

    [Fact]
    public async Task Reopening_is_idempotent_and_the_data_survives()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        ResponseRecord response = StorageSamples.Response("q-1", "bm25", 2);
        await using (SqliteResultStore first = await SqliteResultStore.OpenAsync(path))
        {
            await first.CreateRunAsync(run, StorageSamples.Items());
            await first.AddResponseAsync(response);
        }

        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        await using SqliteResultStore third = await SqliteResultStore.OpenAsync(path);
        Assert.Equal(6L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(run, (await third.FindRunAsync(run.RunId))!);
        Assert.True((await third.ReadResponseKeysAsync(run.RunId)).SetEquals([response.Key]));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_both_versions_and_the_file()
    {
        string path = folder.File("gaieval.db");
        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        await RawDatabase.ExecuteAsync(path, "PRAGMA user_version = 99");

        DatabaseVersionException error = await Assert.ThrowsAsync<DatabaseVersionException>(() => SqliteResultStore.OpenAsync(path));
        Assert.Equal(path, error.DatabasePath);
        Assert.Equal(99, error.DatabaseVersion);
        Assert.Equal(6, error.SupportedVersion);
        Assert.Contains(path, error.Message);
        Assert.Contains("99", error.Message);
        Assert.Contains("版 6", error.Message);
        Assert.Equal(99L, await RawDatabase.UserVersionAsync(path));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        string path = folder.File("notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => SqliteResultStore.OpenAsync(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task The_database_is_in_wal_mode()
    {
        string path = folder.File("gaieval.db");

        await using (await SqliteResultStore.OpenAsync(path))
        {
            Assert.Equal("wal", await RawDatabase.ScalarAsync<string>(path, "PRAGMA journal_mode"));
        }

        Assert.Equal("wal", await RawDatabase.ScalarAsync<string>(path, "PRAGMA journal_mode"));
    }

    /// <summary>Writes a score with the columns version 3 has, as the GaiEval of that version did.</summary>
    private static Task InsertVersionThreeScoreAsync(string path, ScoreRecord score) =>
        RawDatabase.ExecuteAsync(
            path,
            "INSERT INTO scores (run_id, item_id, provider_id, repeat, evaluator, metric, value, label, reason, metadata) " +
            "VALUES (@RunId, @ItemId, @ProviderId, @Repeat, @Evaluator, @Metric, @Value, @Label, @Reason, NULL)",
            score);

    private static Task<IReadOnlyList<string>> ScoreColumnsAsync(string path) =>
        RawDatabase.QueryAsync<string>(path, "SELECT name FROM pragma_table_info('scores')");

    private static async Task<IReadOnlyList<ScoreRecord>> ReadScoresAsync(SqliteResultStore store, string runId)
    {
        List<ScoreRecord> scores = [];
        await foreach (ScoreRecord score in store.ReadScoresAsync(runId))
        {
            scores.Add(score);
        }

        return scores;
    }
}
