namespace GaiEval.Tests.Kpi.Html;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Reporting.Kpi;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>A log holding only the harness's own two calls is no real use: tokens are not measured, and the page says why.</summary>
public sealed class HarnessOnlyLogTests
{
    [Fact]
    public void Tokens_of_a_harness_only_log_are_not_measured_with_the_harness_rows_named()
    {
        KpiFindings findings = Build(usage: [Harness(2026, 10, 1), Harness(2026, 10, 2)]);

        string html = new KpiReportWriter().Render(findings);

        Assert.Null(findings.Tokens);
        Assert.Contains("期間内の利用ログに評価ハーネスの行（2 行）しかない", html, StringComparison.Ordinal);
    }
}
