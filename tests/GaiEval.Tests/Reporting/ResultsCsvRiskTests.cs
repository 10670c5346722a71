namespace GaiEval.Tests.Reporting;

using System.Globalization;
using System.Text;
using CsvHelper;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Csv;
using GaiEval.Tests.Review;
using GaiEval.Tests.Support;

/// <summary>results.csv keeps every answer, probes included, with the probe's risk and what the output checks found.</summary>
public sealed class ResultsCsvRiskTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Probe_rows_carry_their_risk_and_every_row_lists_its_output_check_findings_masked()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("r1") with { Risk = RiskCategory.Leakage }], 1, "a")
            .Answer("q1", "a").Rule("q1", "a", true)
            .Score("q1", "a", "RiskChecks", MetricNames.RiskPersonalData, 0)
            .Answer("r1", "a").Rule("r1", "a", false)
            .Score("r1", "a", "RiskChecks", MetricNames.RiskCanary, 1, "カナリア SMN-＊＊＊＊（4〜19文字目）")
            .Score("r1", "a", "RiskChecks", MetricNames.RiskVerbatimCopy, 1, "問の資料と 64 文字が連続して一致")
            .LoadAsync(folder);

        await new ResultsCsvWriter().WriteAsync(RunReport.Build(results), folder.Path);

        using var csv = new CsvReader(new StreamReader(folder.File("results.csv"), Encoding.UTF8), CultureInfo.InvariantCulture);
        List<Dictionary<string, string>> rows = [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
        Assert.Equal(["q1", "r1"], rows.Select(r => r["項目ID"]));
        Assert.Equal(("", ""), (rows[0]["リスク"], rows[0]["出力検査の所見"]));
        Assert.Equal("leakage", rows[1]["リスク"]);
        Assert.Equal("カナリア SMN-＊＊＊＊（4〜19文字目） / 問の資料と 64 文字が連続して一致", rows[1]["出力検査の所見"]);
        Assert.DoesNotContain("risk_canary", rows[1]["採点理由"], StringComparison.Ordinal);
    }
}
