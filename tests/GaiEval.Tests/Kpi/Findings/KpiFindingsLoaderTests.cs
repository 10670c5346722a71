namespace GaiEval.Tests.Kpi.Findings;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage;
using GaiEval.Tests.Kpi.Import;

/// <summary>The store's reads by import and the findings loaded from the selected imports, through a real SQLite file holding two imports of each kind.</summary>
public sealed class KpiFindingsLoaderTests : IDisposable
{
    private const string SurveyHeader = "wave,respondent,department,used,satisfaction\n";
    private const string UsageHeader = "timestamp,user,department,input_tokens,output_tokens,feedback,source\n";
    private const string TimingHeader = "task,category,staff,minutes_without,minutes_with,date\n";

    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Each_read_gives_only_the_records_of_the_imports_asked_for()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.Folder.File("kpi.db"));
        (long survey1, long survey2) = (await ImportSurveyAsync(store, "s1.csv", "2026-10,E1,総務課,true,5\n2026-10,E2,総務課,true,4\n"),
            await ImportSurveyAsync(store, "s2.csv", "2026-11,E3,税務課,true,2\n"));
        (long usage1, long usage2) = (await ImportUsageAsync(store, "u1.csv", "2026-10-05T10:00:00+09:00,E1,総務課,1,2,bad,user\n"),
            await ImportUsageAsync(store, "u2.csv", "2026-11-05T10:00:00+09:00,E3,税務課,1,2,,user\n2026-11-06T10:00:00+09:00,E4,税務課,1,2,,user\n"));
        (long timing1, long timing2) = (await ImportTimingsAsync(store, "t1.csv", "集計,税務,E1,40,30,2026-10-07\n"),
            await ImportTimingsAsync(store, "t2.csv", "照会,総務,E2,20,5,2026-11-07\n"));

        Assert.Equal(["2026-10", "2026-10"], await Waves(store, [survey1]));
        Assert.Equal(["2026-11"], await Waves(store, [survey2]));
        Assert.Equal(["2026-10", "2026-10", "2026-11"], await Waves(store, null));
        Assert.Equal(["2026-10", "2026-10", "2026-11"], await Waves(store, [survey2, survey1]));
        Assert.Empty(await Waves(store, []));
        Assert.Empty(await Waves(store, [usage1, timing2]));
        Assert.Equal([UsageFeedback.Bad], (await ToListAsync(store.ReadUsageEventsAsync([usage1]))).Select(e => e.Feedback));
        Assert.Equal(2, (await ToListAsync(store.ReadUsageEventsAsync([usage2]))).Count);
        Assert.Equal(3, (await ToListAsync(store.ReadUsageEventsAsync())).Count);
        Assert.Equal([10.0], (await ToListAsync(store.ReadTaskTimingsAsync([timing1]))).Select(t => t.MinutesWithout - t.MinutesWith));
        Assert.Equal([15.0], (await ToListAsync(store.ReadTaskTimingsAsync([timing2]))).Select(t => t.MinutesWithout - t.MinutesWith));
    }

    [Fact]
    public async Task The_findings_are_computed_from_the_selected_imports_only_and_name_them_as_sources()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.Folder.File("kpi.db"));
        long october = await ImportSurveyAsync(store, "s1.csv", "2026-10,E1,総務課,true,5\n2026-10,E2,総務課,true,4\n2026-10,E5,総務課,true,1\n");
        long november = await ImportSurveyAsync(store, "s2.csv", "2026-11,E3,税務課,true,2\n");
        long usage = await ImportUsageAsync(store, "u1.csv", "2026-10-05T10:00:00+09:00,E1,総務課,1,2,bad,user\n");

        KpiFindings findings = await KpiFindingsLoader.LoadAsync(
            store, new KpiFindingsInputs { Selection = new KpiSelection([october, usage]), Provider = "cloud" });

        Assert.Equal([october, usage], findings.Sources.Select(s => s.ImportId));
        Assert.DoesNotContain(november, findings.Sources.Select(s => s.ImportId));
        Assert.Equal("2026-10", findings.LatestSatisfaction!.Wave);
        Assert.Equal(2.0 / 3, KpiMetrics.Measure(findings, KpiMetrics.SatisfactionTopTwo)!.Value!.Value, 12);
        Assert.Equal(1.0, KpiMetrics.Measure(findings, KpiMetrics.BadFeedbackRate)!.Value!.Value, 12);
        Assert.False(findings.HasTimings);
    }

    private async Task<long> ImportSurveyAsync(SqliteResultStore store, string name, string rows)
    {
        string path = folder.Write(name, SurveyHeader + rows);
        return (await store.ImportSurveyAsync(File(KpiKind.Survey, path), new SurveyCsvReader(folder.Hasher).Read(path))).ImportId;
    }

    private async Task<long> ImportUsageAsync(SqliteResultStore store, string name, string rows)
    {
        string path = folder.Write(name, UsageHeader + rows);
        return (await store.ImportUsageAsync(File(KpiKind.Usage, path), new UsageLogCsvReader(folder.Hasher).Read(path))).ImportId;
    }

    private async Task<long> ImportTimingsAsync(SqliteResultStore store, string name, string rows)
    {
        string path = folder.Write(name, TimingHeader + rows);
        return (await store.ImportTimingsAsync(File(KpiKind.Timing, path), new TaskTimingCsvReader(folder.Hasher).Read(path))).ImportId;
    }

    private static async Task<List<string>> Waves(SqliteResultStore store, IReadOnlyList<long>? ids) =>
        [.. (await ToListAsync(store.ReadSurveyResponsesAsync(ids))).Select(r => r.Wave)];

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
