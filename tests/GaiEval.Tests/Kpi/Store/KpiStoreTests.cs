namespace GaiEval.Tests.Kpi.Store;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Results;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Kpi.Import;
using GaiEval.Tests.Support;

/// <summary>
/// KPI imports through a real store of each engine (<see cref="SqliteStoreTests"/>, <see cref="PostgresStoreTests"/>): one
/// transaction per file, nothing kept of a file with errors.
/// </summary>
public abstract class KpiStoreTests(EngineStore engine) : IAsyncLifetime
{
    private const string SurveyHeader = "wave,respondent,department,used,satisfaction,continue_intent,recommend,uses_per_week,minutes_saved_per_use,uses,comment\n";

    private readonly KpiImportFolder folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        folder.Dispose();
        await engine.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_survey_is_stored_whole_and_reads_back_as_it_was_read()
    {
        string path = folder.Write(
            "survey.csv",
            SurveyHeader +
            "2026-10,E00001,区民課,true,4,5,9,1-2,15-30,文書作成;対話生成,便利です\n" +
            "2026-12,E00002,税務課,false,,,,,,,\n" +
            "2026-11,E00003,,true,5,4,10,3,60以上,情報抽出・要約,\n");
        IReadOnlyList<SurveyResponse> expected = new SurveyCsvReader(folder.Hasher).Read(path).ToListOrThrow();
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();

        StoredKpiImport stored = await store.ImportSurveyAsync(File(KpiKind.Survey, path), new SurveyCsvReader(folder.Hasher).Read(path));

        Assert.Equal((3L, 0L, "2026-10", "2026-12"), (stored.Rows, stored.HarnessRows, stored.PeriodFrom, stored.PeriodTo));
        List<SurveyResponse> read = await ToListAsync(store.ReadSurveyResponsesAsync());
        Assert.Equal(3, read.Count);
        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i] with { Uses = [] }, read[i] with { Uses = [] });
            Assert.Equal(expected[i].Uses, read[i].Uses);
        }

        Assert.Equal(["文書作成", "対話生成"], read[0].Uses);
        Assert.Equal(new Band(60, null, "60以上"), read[2].MinutesSavedPerUse);
        Assert.Equal([stored], await store.ListKpiImportsAsync());
        Assert.Equal(stored, await store.FindKpiImportAsync(KpiKind.Survey, stored.ContentHash));
        Assert.Null(await store.FindKpiImportAsync(KpiKind.Usage, stored.ContentHash));
    }

    [SkippableFact]
    public async Task The_samples_survey_and_timings_read_back_exactly_as_their_readings_gave_them()
    {
        KpiMapping surveyMapping = KpiMappingReader.Load(Sample("survey-mapping.yaml"));
        KpiMapping timingMapping = KpiMappingReader.Load(Sample("timings-mapping.yaml"));
        IReadOnlyList<SurveyResponse> survey = new SurveyCsvReader(folder.Hasher, surveyMapping).Read(Sample("survey.csv")).ToListOrThrow();
        IReadOnlyList<TaskTiming> timings = new TaskTimingCsvReader(folder.Hasher, timingMapping).Read(Sample("timings.csv")).ToListOrThrow();
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();

        await store.ImportSurveyAsync(File(KpiKind.Survey, Sample("survey.csv")), new SurveyCsvReader(folder.Hasher, surveyMapping).Read(Sample("survey.csv")));
        await store.ImportTimingsAsync(File(KpiKind.Timing, Sample("timings.csv")), new TaskTimingCsvReader(folder.Hasher, timingMapping).Read(Sample("timings.csv")));

        List<SurveyResponse> storedSurvey = await ToListAsync(store.ReadSurveyResponsesAsync());
        Assert.Equal(312, storedSurvey.Count);
        Assert.Equal(survey.Select(r => r with { Uses = [] }), storedSurvey.Select(r => r with { Uses = [] }));
        Assert.Equal(survey.Select(r => string.Join("|", r.Uses)), storedSurvey.Select(r => string.Join("|", r.Uses)));
        Assert.Equal(timings, await ToListAsync(store.ReadTaskTimingsAsync()));
    }

    [SkippableFact]
    public async Task A_usage_log_keeps_harness_traffic_apart_and_its_period_in_utc()
    {
        string path = folder.Write(
            "usage.csv",
            "timestamp,user,department,input_tokens,output_tokens,model,use,feedback,source\n" +
            "2026-10-01T09:00:00+09:00,E00001,区民課,100,200,gpt-4.1,文書作成,good,user\n" +
            "2026-10-01T08:30:00+09:00,gaieval,,10,20,gpt-4.1,,,harness\n" +
            "2026-10-02T18:15:00+09:00,E00002,税務課,,,,,bad,user\n");
        IReadOnlyList<UsageEvent> expected = new UsageLogCsvReader(folder.Hasher).Read(path).ToListOrThrow();
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();

        StoredKpiImport stored = await store.ImportUsageAsync(File(KpiKind.Usage, path), new UsageLogCsvReader(folder.Hasher).Read(path));

        Assert.Equal((3L, 1L), (stored.Rows, stored.HarnessRows));
        Assert.Equal(("2026-09-30T23:30:00Z", "2026-10-02T09:15:00Z"), (stored.PeriodFrom, stored.PeriodTo));
        Assert.Equal(expected, await ToListAsync(store.ReadUsageEventsAsync()));
    }

    [SkippableFact]
    public async Task A_file_with_a_bad_row_after_good_ones_leaves_nothing_stored_and_tells_every_error()
    {
        string path = folder.Write(
            "timings.csv",
            "task,category,use,staff,minutes_without,minutes_with,date\n" +
            "案内文の作成,住民票・戸籍,文書作成,E00001,30,20,2026-11-04\n" +
            "議事録の要約,総務,情報抽出・要約,E00002,abc,10,2026-11-05\n" +
            "集計,税務,,E00003,40,35,2026-11-06\n" +
            "照会回答,税務,,E00004,40,35,2026-13-01\n");
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();

        InputException error = await Assert.ThrowsAsync<InputException>(
            () => store.ImportTimingsAsync(File(KpiKind.Timing, path), new TaskTimingCsvReader(folder.Hasher).Read(path)));

        Assert.Equal([(3, "minutes_without"), (5, "date")], KpiImportFolder.Places(error.Errors));
        Assert.Empty(await store.ListKpiImportsAsync());
        Assert.Empty(await ToListAsync(store.ReadTaskTimingsAsync()));
        Assert.Equal(0L, await engine.ScalarAsync<long>("SELECT count(*) FROM kpi_task_timings"));
        Assert.Equal(0L, await engine.ScalarAsync<long>("SELECT count(*) FROM kpi_imports"));
    }

    [SkippableFact]
    public async Task The_same_content_is_refused_a_second_time_for_its_kind()
    {
        string path = folder.Write("timings.csv", "task,category,staff,minutes_without,minutes_with\n集計,税務,E00001,40,35\n");
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();
        StoredKpiImport first = await store.ImportTimingsAsync(File(KpiKind.Timing, path), new TaskTimingCsvReader(folder.Hasher).Read(path));

        InputException again = await Assert.ThrowsAsync<InputException>(
            () => store.ImportTimingsAsync(File(KpiKind.Timing, path), new TaskTimingCsvReader(folder.Hasher).Read(path)));

        Assert.Contains("何も保存していません", Assert.Single(again.Errors).Message, StringComparison.Ordinal);
        Assert.Equal((1L, (string?)null), (first.Rows, first.PeriodFrom));
        Assert.Equal([first], await store.ListKpiImportsAsync());
        Assert.Single(await ToListAsync(store.ReadTaskTimingsAsync()));
    }

    [SkippableFact]
    public async Task A_file_with_only_its_header_is_refused_and_leaves_nothing_stored()
    {
        string path = folder.Write("timings.csv", "task,category,staff,minutes_without,minutes_with\n");
        await using IResultStore opened = await engine.OpenAsync();
        IKpiStore store = opened.Kpi();

        InputException error = await Assert.ThrowsAsync<InputException>(
            () => store.ImportTimingsAsync(File(KpiKind.Timing, path), new TaskTimingCsvReader(folder.Hasher).Read(path)));

        Assert.Contains("データの行がありません", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListKpiImportsAsync());
    }

    private static string Sample(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);

    private static KpiImportFile File(KpiKind kind, string path) => new(kind, Path.GetFileName(path), KpiFileHash.Of(path), null);

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> records)
    {
        List<T> list = [];
        await foreach (T record in records)
        {
            list.Add(record);
        }

        return list;
    }
}
