using System.Text.Json;
using Dapper;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Results;
using GaiEval.Storage.Copy;
using GaiEval.Tests.Kpi.Import;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;
using Npgsql;

namespace GaiEval.Tests.Storage;

/// <summary>
/// The same calls written through the SQLite and the PostgreSQL store read back the same, record for record, and leave
/// the same values in every column (what a copy between the engines relies on).
/// </summary>
public sealed class SameResultsOnBothEnginesTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IAsyncLifetime
{
    /// <summary>Generated keys and the times the stores stamp themselves: each engine numbers and stamps its own rows.</summary>
    private static readonly HashSet<string> EngineOwnColumns = ["response_id", "score_id", "row_order", "imported_at", "created_at"];

    private static readonly string[] Tables =
    [
        "runs", "items", "responses", "scores", "human_grades", "response_cache", "kpi_imports", "kpi_survey_responses", "kpi_usage_events",
        "kpi_task_timings",
    ];

    private readonly SqliteEngineStore sqlite = new();
    private readonly PostgresEngineStore postgres = new(server);
    private readonly KpiImportFolder kpiFolder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        kpiFolder.Dispose();
        await sqlite.DisposeAsync();
        await postgres.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_run_written_through_both_stores_reads_back_the_same_everywhere()
    {
        string fromPostgres = await WriteAndReadAsync(postgres);
        string fromSqlite = await WriteAndReadAsync(sqlite);

        Assert.Equal(fromSqlite, fromPostgres);
        Assert.Contains("\"status\":\"scored\"", fromSqlite);
        Assert.Contains("0.30000000000000004", fromSqlite);
    }

    [SkippableFact]
    public async Task Every_column_holds_the_same_value_of_the_same_type_on_both_engines()
    {
        await WriteAndReadAsync(postgres);
        await WriteAndReadAsync(sqlite);

        foreach (string table in Tables)
        {
            IReadOnlyList<string> inSqlite = await RowsAsync(sqlite, table);
            IReadOnlyList<string> inPostgres = await RowsAsync(postgres, table);

            Assert.NotEmpty(inSqlite);
            Assert.Equal(inSqlite, inPostgres);
        }
    }

    /// <summary>
    /// Dapper.AOT's build-time code runs every Dapper call of both stores. Dapper's run-time path, which emits IL that Native AOT
    /// cannot run, caches under the connection's string each query that reads rows or takes parameters: none is cached for the
    /// stores' databases.
    /// </summary>
    [SkippableFact]
    public async Task No_call_of_either_store_goes_through_Dapper_s_run_time_code()
    {
        (EngineStore Engine, Func<Task<string>> Marker)[] engines =
        [
            (sqlite, () => Task.FromResult(sqlite.DatabasePath)),
            (postgres, async () => new NpgsqlConnectionStringBuilder(await postgres.ConnectionStringAsync()).SearchPath!),
        ];
        foreach ((EngineStore engine, Func<Task<string>> marker) in engines)
        {
            string database = await marker();
            await WriteAndReadAsync(engine);
            await using (IResultStore store = await engine.OpenAsync())
            {
                var copy = (IRunRowStore)store;
                StoredRunRows? rows = await copy.ReadRunRowsAsync(StorageSamples.RunId, [(KpiKind.Survey, KpiFileHash.Of(Sample("survey.csv")))]);
                Assert.NotNull(rows);
                Assert.Single(rows.KpiImports);
                Assert.False(await copy.InsertRunRowsAsync(rows));
            }

            Assert.Empty(CachedQueries(database));

            // The check sees Dapper's run-time calls on the same database: the tests' own is cached.
            Assert.Equal([1L], await engine.QueryAsync<long>("SELECT 1 + 0"));
            Assert.Contains("SELECT 1 + 0", CachedQueries(database));
        }
    }

    /// <summary>Writes the run, its answers, scores, grades, cache entries and the sample's KPI files; returns all read back as JSON.</summary>
    private async Task<string> WriteAndReadAsync(EngineStore engine)
    {
        await using IResultStore store = await engine.OpenWithRunAsync();
        ResponseRecord[] responses =
        [
            StorageSamples.Response("q-10", "cloud-mini", 1) with { LatencyMs = 0.1 + 0.2, TtftMs = double.Epsilon, TotalMs = 1e300 },
            StorageSamples.Response("q-10", "cloud-mini", 2) with { Text = "絵文字😀と改行\r\nとタブ\tと全角　空白", Cached = false },
            StorageSamples.Response("q-1", "bm25", 1) with { Status = ResponseStatus.Withheld, Text = null, InputTokens = null, RetrievedTexts = null },
        ];
        await store.AddResponseAsync(responses[0]);
        await store.AddResponsesAsync(responses[1..]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator], [StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1)]);
        await store.ReplaceScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator], [.. Scores()]);
        await store.AddScoresAsync(StorageSamples.RunId, [StorageSamples.RuleEvaluator], [StorageSamples.Score("q-1", "bm25", 1, "correct", null)]);
        await store.SaveHumanGradesAsync([StorageSamples.Grade("q-10", "cloud-mini", 2, HumanGrade.Partial, "一部のみ")]);
        await store.SetRunStatusAsync(StorageSamples.RunId, RunStatus.Scored, new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.FromHours(-9.5)));
        await store.Cache().SaveAsync("key-1", "cloud-mini", """{"text":"1通300円です。"}""");
        await ImportKpiSamplesAsync(store.Kpi());

        var everything = new
        {
            Runs = await store.ListRunsAsync(),
            Items = await store.ReadItemsAsync(StorageSamples.RunId),
            Keys = (await store.ReadResponseKeysAsync(StorageSamples.RunId)).Select(key => $"{key.ItemId}/{key.ProviderId}/{key.Repeat}").Order(StringComparer.Ordinal).ToArray(),
            Responses = await store.ReadResponsesAsync(StorageSamples.RunId).ToListAsync(),
            Withheld = await store.CountResponsesAsync(StorageSamples.RunId, ResponseStatus.Withheld),
            Scores = await store.ReadScoresAsync(StorageSamples.RunId).ToListAsync(),
            Grades = await store.ReadHumanGradesAsync(StorageSamples.RunId).ToListAsync(),
            Cached = await store.Cache().FindAsync("key-1"),
            Imports = (await store.Kpi().ListKpiImportsAsync()).Select(import => import with { ImportedAt = DateTimeOffset.UnixEpoch }),
            Survey = await store.Kpi().ReadSurveyResponsesAsync().ToListAsync(),
            Usage = await store.Kpi().ReadUsageEventsAsync().ToListAsync(),
            Timings = await store.Kpi().ReadTaskTimingsAsync([2]).ToListAsync(),
        };
        return JsonSerializer.Serialize(everything, ReflectionJson.Options);
    }

    private static IEnumerable<ScoreRecord> Scores()
    {
        yield return StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 0.1 + 0.2) with
        {
            Metadata = new Dictionary<string, string> { ["judge"] = "cloud-mini", ["理由"] = "窓口の場所を示す" },
            Interpretation = new ScoreInterpretation(EvaluationRating.Good, false, "必須語句が一致"),
            Diagnostics = [new ScoreDiagnostic(EvaluationDiagnosticSeverity.Warning, "長い回答")],
        };
        // Not -0.0: SQLite keeps a REAL without fraction as an integer and reads it back as +0.0; PostgreSQL keeps the sign.
        yield return StorageSamples.Score("q-10", "cloud-mini", 2, "char_f1", 0.0) with
        {
            Interpretation = new ScoreInterpretation(EvaluationRating.Inconclusive, true, null),
        };
    }

    private async Task ImportKpiSamplesAsync(IKpiStore store)
    {
        KpiMapping survey = KpiMappingReader.Load(Sample("survey-mapping.yaml"));
        KpiMapping timings = KpiMappingReader.Load(Sample("timings-mapping.yaml"));
        KpiMapping usage = KpiMappingReader.Load(Sample("usage-mapping.yaml"));
        await store.ImportSurveyAsync(File(KpiKind.Survey, "survey.csv"), new SurveyCsvReader(kpiFolder.Hasher, survey).Read(Sample("survey.csv")));
        await store.ImportTimingsAsync(File(KpiKind.Timing, "timings.csv"), new TaskTimingCsvReader(kpiFolder.Hasher, timings).Read(Sample("timings.csv")));
        await store.ImportUsageAsync(File(KpiKind.Usage, "usage-log.csv"), new UsageLogCsvReader(kpiFolder.Hasher, usage).Read(Sample("usage-log.csv")));
    }

    /// <summary>Each row of the table as "column=type:value", in a stable order, without the engine's own columns.</summary>
    private static async Task<IReadOnlyList<string>> RowsAsync(EngineStore engine, string table)
    {
        IReadOnlyList<object> rows = await engine.QueryAsync<object>($"SELECT * FROM {table}");
        return
        [
            .. rows.Cast<IDictionary<string, object?>>()
                .Select(row => string.Join(
                    " ",
                    row.Where(column => !EngineOwnColumns.Contains(column.Key)).OrderBy(column => column.Key, StringComparer.Ordinal)
                        .Select(column => $"{column.Key}={Typed(column.Value)}")))
                .Order(StringComparer.Ordinal),
        ];
    }

    private static string Typed(object? value) => value switch
    {
        null or DBNull => "null",
        long or int => $"integer:{value}",
        double number => $"real:{BitConverter.DoubleToInt64Bits(number)}",
        string text => $"text:{text}",
        _ => throw new InvalidOperationException($"A column holds a {value.GetType().Name}, a type the schema does not use."),
    };

    private static string[] CachedQueries(string database) =>
        [.. SqlMapper.GetCachedSQL().Where(entry => entry.Item1.Contains(database, StringComparison.Ordinal)).Select(entry => entry.Item2)];

    private static string Sample(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);

    private static KpiImportFile File(KpiKind kind, string file) => new(kind, file, KpiFileHash.Of(Sample(file)), null);
}
