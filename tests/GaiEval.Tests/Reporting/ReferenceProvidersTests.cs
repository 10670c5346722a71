namespace GaiEval.Tests.Reporting;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>
/// The conclusion of report.html and decision.md: providers that are not candidates are 参考, set apart and never given a
/// red NO-GO; a plan without candidates says there is nothing to judge; a provider not measured is named even without criteria.
/// </summary>
public sealed class ReferenceProvidersTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_failing_baseline_beside_a_candidate_is_reference_apart_from_the_candidate_and_never_a_red_no_go()
    {
        RunReport report = await ReportAsync(
            StoredRun.PlanOf(StoredRun.Provider("cloud") with { Candidate = true }, StoredRun.Provider("base")) with { Criteria = [Accuracy] },
            run => Answers(Answers(run, "cloud", correct: 30), "base", correct: 0));

        string conclusion = Conclusion(new HtmlReportWriter().Render(report));
        string decision = VerdictPart(new DecisionDocumentWriter().Render(report));

        Assert.Contains("<span class=\"badge go\">GO</span> cloud の表示名（導入候補）", conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("badge nogo", conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"tag ng\"", conclusion, StringComparison.Ordinal);
        int references = conclusion.IndexOf("<div class=\"references\"><h3><span class=\"badge ref\">参考</span>", StringComparison.Ordinal);
        Assert.True(references > conclusion.IndexOf("cloud の表示名（導入候補）", StringComparison.Ordinal), "the references come after the candidates");
        Assert.Contains("<h4>base の表示名（参考）: 満たさない必須の基準がある</h4>", conclusion[references..], StringComparison.Ordinal);
        Assert.Contains("**候補の方式についての判定: GO**", decision, StringComparison.Ordinal);
        Assert.Contains("| base | 満たさない必須の基準がある |", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("| base | NO-GO", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("### base", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_with_criteria_but_no_candidate_says_there_is_nothing_to_judge()
    {
        RunReport report = await ReportAsync(
            StoredRun.PlanOf(StoredRun.Provider("base")) with { Criteria = [Accuracy] },
            run => Answers(run, "base", correct: 30));

        string conclusion = Conclusion(new HtmlReportWriter().Render(report));
        string decision = VerdictPart(new DecisionDocumentWriter().Render(report));

        Assert.Contains("<p class=\"warn\">判定対象の候補（candidate: true）がありません。", conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("badge go", conclusion, StringComparison.Ordinal);
        Assert.Contains("<h4>base の表示名（参考）: 必須の基準をすべて満たす</h4>", conclusion, StringComparison.Ordinal);
        Assert.Contains("> **注意**: 判定対象の候補（candidate: true）がありません。", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("候補の方式についての判定", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_criteria_a_skipped_candidate_is_still_named_not_measured_with_why()
    {
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("base"), StoredRun.Provider("cloud") with { Candidate = true }) with
        {
            Skipped = new Dictionary<string, string> { ["cloud"] = "環境変数 OPENAI_API_KEY がありません" },
        };
        RunReport report = await ReportAsync(plan, run => Answers(run, "base", correct: 3));

        string conclusion = Conclusion(new HtmlReportWriter().Render(report));
        string decision = VerdictPart(new DecisionDocumentWriter().Render(report));

        Assert.Null(report.Decision);
        Assert.Contains("NOT MEASURED（未測定）: cloud の表示名（導入候補）— 実行開始時に使えなかったため飛ばした（--skip-unavailable）: 環境変数 OPENAI_API_KEY がありません", conclusion, StringComparison.Ordinal);
        Assert.Contains("> **NOT MEASURED（未測定）**: cloud（候補）— 実行開始時に使えなかったため飛ばした", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("base", decision, StringComparison.Ordinal);
    }

    private static readonly Criterion Accuracy = new() { Metric = "accuracy", Op = ">=", Value = 0.5 };

    private static StoredRun Answers(StoredRun run, string provider, int correct)
    {
        for (int i = 1; i <= 30; i++)
        {
            run.Answer($"q{i}", provider, i <= correct ? "1通300円です。" : "無料です。", correct: i <= correct, latencyMs: 5);
        }

        return run;
    }

    private static string Conclusion(string html)
    {
        int start = html.IndexOf("<section id=\"s1\">", StringComparison.Ordinal);
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static string VerdictPart(string markdown)
    {
        int start = markdown.IndexOf(". 判断と条件", StringComparison.Ordinal);
        return markdown[start..markdown.IndexOf(". ガバナンス", start, StringComparison.Ordinal)];
    }

    private async Task<RunReport> ReportAsync(EvalPlan plan, Action<StoredRun> answers)
    {
        await using StoredRun run = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, 30).Select(i => StoredRun.Item($"q{i}"))], plan);
        answers(run);
        RunResults results = await run.SaveAsync();
        return RunReport.Build(results);
    }
}
