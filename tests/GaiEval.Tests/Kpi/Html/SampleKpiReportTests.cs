namespace GaiEval.Tests.Kpi.Html;

using System.Globalization;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Kpi;
using GaiEval.Tests.Support;

/// <summary>The sample ward's PoC data (testsets/sample-ward/kpi) as kpi-report.html, with the figures the generator checked.</summary>
public sealed class SampleKpiReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_sample_report_shows_the_checked_figures_of_all_five_kpis_and_the_harness_apart()
    {
        KpiFindings findings = Sample();
        var writer = new KpiReportWriter();
        await writer.WriteAsync(findings, folder.Path);
        string html = await File.ReadAllTextAsync(folder.File(writer.FileName));
        File.Copy(folder.File(writer.FileName), Path.Combine(Path.GetTempPath(), "gaieval-sample-kpi-report.html"), overwrite: true);
        string text = KpiReportWriterTests.Text(html);

        Assert.Matches(@"2026-10\s+\d+\s+94\b", text);
        Assert.Contains("55.3% [", text, StringComparison.Ordinal);
        Assert.Contains("75.2% [", text, StringComparison.Ordinal);
        Assert.Matches(@"2026-10\s+195 人", text);
        Assert.Matches(@"2026-12\s+352 人", text);
        Assert.Contains("評価ハーネス自身の利用 360 行は利用者に数えていません", text, StringComparison.Ordinal);
        Assert.Matches(@"全体\s+25\.7 分 \[", text);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(html, "<svg"));
        // No raw staff number (E + five digits in the exports) and no pseudonymised key reaches the page.
        Assert.DoesNotMatch(@"E\d{5}", html);
        Assert.DoesNotMatch($"{StaffKeyHasher.Prefix}[0-9a-f]{{16}}", html);
    }

    private KpiFindings Sample()
    {
        var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(folder.File("staff-key.secret")));
        List<SurveyResponse> survey = [.. new SurveyCsvReader(hasher, KpiMappingReader.Load(Kpi("survey-mapping.yaml"))).Read(Kpi("survey.csv")).ToListOrThrow()];
        List<UsageEvent> usage = [.. new UsageLogCsvReader(hasher, KpiMappingReader.Load(Kpi("usage-mapping.yaml"))).Read(Kpi("usage-log.csv")).ToListOrThrow()];
        List<TaskTiming> timings = [.. new TaskTimingCsvReader(hasher, KpiMappingReader.Load(Kpi("timings-mapping.yaml"))).Read(Kpi("timings.csv")).ToListOrThrow()];
        Dictionary<string, int> eligible = File.ReadLines(Kpi("eligible-staff.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        StoredKpiImport Source(KpiKind kind, string file, long rows, long harness) => new()
        {
            ImportId = (long)kind + 1, Kind = kind, FileName = file, ContentHash = "sample", Rows = rows, HarnessRows = harness,
            ImportedAt = DateTimeOffset.UnixEpoch,
        };

        return KpiFindingsBuilder.Build(
            [Source(KpiKind.Survey, "survey.csv", survey.Count, 0), Source(KpiKind.Usage, "usage-log.csv", usage.Count, usage.Count(e => e.FromHarness)), Source(KpiKind.Timing, "timings.csv", timings.Count, 0)],
            survey,
            usage,
            timings,
            new KpiFindingsInputs
            {
                EligibleStaff = eligible,
                Prices = new UsageTokenPrices(22.5, 90, "円"),
                Assumptions = new TimeSavedAssumptions { HourlyCost = 4000 },
                Provider = "platform-lgwan",
            });
    }

    private static string Kpi(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);
}
