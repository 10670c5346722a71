namespace GaiEval.Tests.Kpi.Doc;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Reporting.Decision;
using GaiEval.Tests.Support;

/// <summary>The sample ward's invented PoC (testsets/sample-ward/kpi) in decision.md and analysis.json: every KPI filled, none 要記入.</summary>
public sealed class SampleDecisionKpiTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_samples_decision_md_shows_all_five_kpis_and_leaves_none_to_fill()
    {
        (KpiFindings kpi, IReadOnlySet<string> keys) = SampleFindings();
        RunReport report = (await PlannedRun.BuildAsync(folder, "お答えできません。")) with { Kpi = kpi };

        string markdown = new DecisionDocumentWriter().Render(report);
        string json = AnalysisJsonWriter.Render(report);

        Dictionary<string, string> sections = Regex.Split(markdown, @"^## \d+\. ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n', StringComparison.Ordinal)], s => s);
        Assert.Equal(
            ["目的と範囲", "利用者の声", "良かった点と課題", "ガバナンス"],
            [.. sections.Where(s => s.Value.Contains(DecisionDocumentWriter.ToFillMark, StringComparison.Ordinal)).Select(s => s.Key)]);
        Assert.Contains("| 2026-12 | 352人 |", sections["利用状況"], StringComparison.Ordinal);
        Assert.Contains("| 2026-12 | ", sections["利用者の声"], StringComparison.Ordinal);
        Assert.Contains("75.2%（95%区間 ", sections["利用者の声"], StringComparison.Ordinal);
        Assert.Contains("n=141", sections["利用者の声"], StringComparison.Ordinal);
        Assert.Contains("| 実測（業務時間の計測、全体） | 25.7分/件（95%区間 ", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains("自己申告（職員アンケート 2026-12）", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains("### 実利用のトークン数と費用（利用ログ）", sections["コスト"], StringComparison.Ordinal);
        Assert.DoesNotContain("未測定（期間内", markdown, StringComparison.Ordinal);
        Assert.True(keys.Count > 300, $"{keys.Count} staff keys");
        Assert.DoesNotContain(Regex.Matches(markdown + json, "s-[0-9a-f]{8,}").Select(m => m.Value), keys.Contains);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal(KpiMetrics.Names.Count, document.RootElement.GetProperty("kpis").GetProperty("metrics").GetArrayLength());
    }

    private static string Kpi(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);

    private (KpiFindings Findings, IReadOnlySet<string> StaffKeys) SampleFindings()
    {
        var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(folder.File("staff-key.secret")));
        IReadOnlyList<SurveyResponse> survey = new SurveyCsvReader(hasher, KpiMappingReader.Load(Kpi("survey-mapping.yaml"))).Read(Kpi("survey.csv")).ToListOrThrow();
        IReadOnlyList<UsageEvent> usage = new UsageLogCsvReader(hasher, KpiMappingReader.Load(Kpi("usage-mapping.yaml"))).Read(Kpi("usage-log.csv")).ToListOrThrow();
        IReadOnlyList<TaskTiming> timings = new TaskTimingCsvReader(hasher, KpiMappingReader.Load(Kpi("timings-mapping.yaml"))).Read(Kpi("timings.csv")).ToListOrThrow();
        Dictionary<string, int> eligible = File.ReadLines(Kpi("eligible-staff.csv")).Skip(1).Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        HashSet<string> keys = [.. survey.Select(r => r.Respondent), .. usage.Select(e => e.User), .. timings.Select(t => t.Staff)];
        return (KpiFindingsBuilder.Build([], survey, usage, timings, new KpiFindingsInputs
        {
            EligibleStaff = eligible,
            Prices = new UsageTokenPrices(300, 1200, "円"),
            Assumptions = new TimeSavedAssumptions { HourlyCost = 4000 },
            Provider = "cloud",
        }), keys);
    }
}
