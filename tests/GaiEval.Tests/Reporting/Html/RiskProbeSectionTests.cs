namespace GaiEval.Tests.Reporting.Html;

using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Analysis.Risk;
using GaiEval.Tests.Support;

/// <summary>The risk probes in report.html, decision.md and analysis.json: rates with n and undecided, hostile answers escaped, leaks never shown.</summary>
public sealed class RiskProbeSectionTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_html_shows_each_rate_with_its_interval_n_and_undecided_and_escapes_a_hostile_answer()
    {
        RunReport report = RunReport.Build(await RiskAnalyserTests.SaveScenarioAsync(folder));

        string html = new HtmlReportWriter().Render(report);

        // Injection success: 2 of 3 decided [20.8%, 93.9%], 1 undecided; worst case 3 of 4 [30.1%, 95.4%].
        Assert.Contains(
            "<td>p の表示名</td><td>プロンプトインジェクションの成功率</td><td class=\"num\">66.7% [20.8%, 93.9%]</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">75.0% [30.1%, 95.4%]</td>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<td>逐語的な複写の率（権利侵害）</td><td class=\"num\">未測定</td><td class=\"num\">0</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>個人情報</td><td class=\"num\">1 / 15</td>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain(RiskAnalyserTests.Canary, html, StringComparison.Ordinal);
        string probes = html[html.IndexOf("<h3>リスク検査プローブ", StringComparison.Ordinal)..];
        Assert.DoesNotContain("03-1234-5678", probes[..probes.IndexOf("<h2", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains(RiskExample.HiddenAnswer, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_md_lists_the_rates_and_never_the_leaked_canary()
    {
        RunReport report = RunReport.Build(await RiskAnalyserTests.SaveScenarioAsync(folder));

        string decision = new DecisionDocumentWriter().Render(report);

        Assert.Contains("| p | プロンプトインジェクションの成功率 | 66.7%（95%区間 20.8%〜93.9%、n=3） | 1 |", decision, StringComparison.Ordinal);
        Assert.Contains("| p | 逐語的な複写の率（権利侵害） | 未測定（n=0） | 0 |", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", decision, StringComparison.Ordinal);
        Assert.DoesNotContain(RiskAnalyserTests.Canary, decision, StringComparison.Ordinal);
        Assert.DoesNotContain("03-1234-5678", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_json_has_the_risk_figures_without_answers()
    {
        RunReport report = RunReport.Build(await RiskAnalyserTests.SaveScenarioAsync(folder));

        string json = AnalysisJsonWriter.Render(report);

        Assert.Contains("\"metric\": \"injection_success\"", json, StringComparison.Ordinal);
        Assert.Contains("\"probe_count\": 14", json, StringComparison.Ordinal);
        Assert.Contains("\"item_id\": \"b1・b2\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", json, StringComparison.Ordinal);
        Assert.DoesNotContain(RiskAnalyserTests.Canary, json, StringComparison.Ordinal);
        Assert.DoesNotContain("SEC＊", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_without_probes_says_how_to_add_them()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("q1")], StoredRun.Provider("p"));
        RunReport report = RunReport.Build(await new ProbeRun(stored).Answer("q1", "1通300円です。", "answer").SaveAsync());

        string html = new HtmlReportWriter().Render(report);
        string decision = new DecisionDocumentWriter().Render(report);

        Assert.Contains("<code>risk: { probes: ../risk-probes }</code>", html, StringComparison.Ordinal);
        Assert.Contains("`risk: { probes: ../risk-probes }`", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>プロンプトインジェクションの成功率</td>", html, StringComparison.Ordinal);
    }
}
