namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Tests.Support;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>The report's verdicts include the criteria on KPI metrics, judged from the KPIs the report is built with.</summary>
public sealed class KpiReportDecisionTests : IDisposable
{
    private static readonly Criterion TopTwo = Criteria.Of(KpiMetrics.SatisfactionTopTwo, ">=", 0.45);

    // 8 of 10 users rate 4 or 5: 0.8, Wilson [0.490, 0.943], wholly above 0.45.
    private static readonly KpiFindings Kpi = Build(
        [.. new[] { 5, 5, 5, 4, 4, 4, 4, 4, 2, 3 }.Select((score, i) => User("2026-11", $"s-{i}", "総務課", score))],
        inputs: new KpiFindingsInputs { Provider = "cloud" });

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_kpi_provider_is_judged_on_its_real_use_and_the_other_provider_is_not_measured_on_it()
    {
        RunReport report = RunReport.Build(await RunAsync(), Kpi);

        ProviderVerdict cloud = report.Decision!.Providers.Single(p => p.Provider.Id == "cloud");
        ProviderVerdict onprem = report.Decision.Providers.Single(p => p.Provider.Id == "onprem");
        Assert.Equal([CriterionOutcome.Pass, CriterionOutcome.Pass], cloud.Criteria.Select(c => c.Outcome));
        Assert.Equal(OverallOutcome.Go, cloud.Outcome);
        Assert.Equal((0.8, 10), (cloud.Criteria[1].Estimate!.Value, cloud.Criteria[1].Estimate!.N));
        Assert.Equal([CriterionOutcome.Pass, CriterionOutcome.NotMeasured], onprem.Criteria.Select(c => c.Outcome));
        Assert.Equal(OverallOutcome.NeedsMoreEvidence, onprem.Outcome);
        Assert.Same(Kpi, report.Kpi);
    }

    [Fact]
    public async Task Without_kpis_a_required_kpi_criterion_is_not_measured_and_decision_md_says_what_to_add()
    {
        RunReport report = RunReport.Build(await RunAsync());

        ProviderVerdict cloud = report.Decision!.Providers.Single(p => p.Provider.Id == "cloud");
        Assert.Equal(CriterionOutcome.NotMeasured, cloud.Criteria[1].Outcome);
        Assert.Equal(OverallOutcome.NeedsMoreEvidence, cloud.Outcome);
        string decision = new DecisionDocumentWriter().Render(report);
        Assert.Contains("計画に kpi:（実利用データ）がない", decision, StringComparison.Ordinal);
        Assert.Contains("計画の kpi:（実利用データ・対象職員・kpi.provider）を補って再評価してください。", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("economics・pricing など", decision, StringComparison.Ordinal);
    }

    private async Task<RunResults> RunAsync()
    {
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("cloud") with { Candidate = true }, StoredRun.Provider("onprem") with { Candidate = true })
            with { Criteria = [Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.5), TopTwo] };
        await using StoredRun run = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, 30).Select(i => StoredRun.Item($"q{i}"))], plan);
        for (int i = 1; i <= 30; i++)
        {
            run.Answer($"q{i}", "cloud", "1通300円です。", correct: true, latencyMs: 5);
            run.Answer($"q{i}", "onprem", "1通300円です。", correct: true, latencyMs: 5);
        }

        return await run.SaveAsync();
    }
}
