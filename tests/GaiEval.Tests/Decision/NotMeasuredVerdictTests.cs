namespace GaiEval.Tests.Decision;

using GaiEval.Cli.Commands;
using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Tests.Support;

/// <summary>
/// The verdicts a gate gives when something could not be measured: a candidate with no answer is 要追加検証 (never judged
/// from empty figures, never NO-GO on its error rate), no candidate at all exits 3, and economics that cannot be computed
/// leave the accuracy criteria judged and only the money criteria NOT MEASURED.
/// </summary>
public sealed class NotMeasuredVerdictTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_candidate_not_measured_is_needs_more_evidence_with_every_criterion_not_measured_and_its_figures_never_asked()
    {
        ProviderProfile candidate = StoredRun.Provider("cloud") with { Candidate = true };
        EvalPlan plan = new()
        {
            Name = "計画",
            PlanFile = "plan.yaml",
            TestSet = "items.jsonl",
            Providers = [candidate],
            Criteria = [Criteria.Of(DecisionMetrics.ErrorRate, "<=", 0.1), Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.5)],
        };
        var metrics = new UnmeasuredMetrics("送った 3 件すべてが失敗した");

        GateDecision decision = new GateJudge(metrics, Criteria.NeverAsked).Decide(StoredRun.RunInfoFor(plan, 3), plan);

        ProviderVerdict verdict = Assert.Single(decision.Providers);
        Assert.Equal(OverallOutcome.NeedsMoreEvidence, verdict.Outcome);
        Assert.Equal("送った 3 件すべてが失敗した", verdict.NotMeasured);
        Assert.StartsWith("NOT MEASURED（未測定）: 送った 3 件すべてが失敗した", verdict.Reason, StringComparison.Ordinal);
        Assert.All(verdict.Criteria, c => Assert.Equal(CriterionOutcome.NotMeasured, c.Outcome));
        Assert.Equal("エラー・タイムアウト率 ≤ 0.1: 測定されていない（送った 3 件すべてが失敗した）", verdict.Criteria[0].Reason);
        Assert.Equal(0, metrics.Asked);
        Assert.Equal([verdict], decision.NotMeasuredCandidates);
        Assert.Equal(3, GateCommand.ExitCodeOf(decision));
    }

    [Fact]
    public void A_gate_with_no_candidate_exits_3_and_keeps_the_others_as_references()
    {
        EvalPlan plan = new()
        {
            Name = "計画",
            PlanFile = "plan.yaml",
            TestSet = "items.jsonl",
            Providers = [StoredRun.Provider("base")],
            Criteria = [Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.5)],
        };
        var metrics = new FixedMetrics().Set("base", DecisionMetrics.Accuracy, Criteria.Interval(0.9, 0.85, 0.95));

        GateDecision decision = new GateJudge(metrics, Criteria.NeverAsked).Decide(StoredRun.RunInfoFor(plan, 3), plan);

        Assert.Null(decision.CandidatesOutcome);
        Assert.Equal(["base"], decision.References.Select(r => r.Provider.Id));
        Assert.Equal("必須の基準をすべて満たす", VerdictNames.Reference(decision.References[0]));
        Assert.Equal(3, GateCommand.ExitCodeOf(decision));
        Assert.Contains("判定対象の候補（candidate: true）がありません", GateTable.Conclusion(decision), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Economics_without_an_exchange_rate_leave_accuracy_judged_and_cost_not_measured_with_the_reason()
    {
        ProviderProfile cloud = StoredRun.Provider("cloud") with
        {
            Candidate = true,
            Pricing = new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.6 },
        };
        EvalPlan plan = StoredRun.PlanOf(cloud) with
        {
            Economics = new Economics { HourlyCost = 4000, MonthlyVolume = new Dictionary<string, double> { ["住民票・戸籍"] = 1000 } },
            Criteria = [Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.5), Criteria.Of(DecisionMetrics.MonthlyCost, "<=", 100000)],
        };
        RunResults results;
        await using (StoredRun run = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, 30).Select(i => StoredRun.Item($"q{i}"))], plan))
        {
            for (int i = 1; i <= 30; i++)
            {
                run.Answer($"q{i}", "cloud", "1通300円です", correct: true, latencyMs: 5);
            }

            results = await run.SaveAsync();
        }

        GateDecision gate = new GateJudge(new RunCriterionMetrics(results), SettlingSampleSize.Wilson).Decide(results);
        RunReport report = RunReport.Build(results);

        foreach (GateDecision decision in new[] { gate, report.Decision! })
        {
            ProviderVerdict verdict = Assert.Single(decision.Providers);
            Assert.Equal(CriterionOutcome.Pass, verdict.Criteria[0].Outcome);
            Assert.Equal(CriterionOutcome.NotMeasured, verdict.Criteria[1].Outcome);
            Assert.Contains("為替レートがありません: USD → JPY", verdict.Criteria[1].Reason, StringComparison.Ordinal);
            Assert.Equal(OverallOutcome.NeedsMoreEvidence, verdict.Outcome);
        }

        Assert.Null(report.Economics);
        Assert.Contains(report.Notes, n => n.StartsWith("費用と削減時間は計算できません", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pricing_that_is_not_set_makes_only_the_cost_criterion_not_measured_and_says_so()
    {
        ProviderProfile cloud = StoredRun.Provider("cloud") with { Candidate = true };
        EvalPlan plan = StoredRun.PlanOf(cloud) with
        {
            Economics = new Economics { HourlyCost = 4000, MonthlyVolume = new Dictionary<string, double> { ["住民票・戸籍"] = 1000 } },
            Criteria = [Criteria.Of(DecisionMetrics.Accuracy, ">=", 0.5), Criteria.Of(DecisionMetrics.MonthlyCost, "<=", 100000, required: false)],
        };
        RunResults results;
        await using (StoredRun run = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, 30).Select(i => StoredRun.Item($"q{i}"))], plan))
        {
            for (int i = 1; i <= 30; i++)
            {
                run.Answer($"q{i}", "cloud", "1通300円です", correct: true, latencyMs: 5);
            }

            results = await run.SaveAsync();
        }

        ProviderVerdict verdict = Assert.Single(new GateJudge(new RunCriterionMetrics(results), SettlingSampleSize.Wilson).Decide(results).Providers);

        Assert.Equal(OverallOutcome.Go, verdict.Outcome);
        Assert.Equal("月額費用 ≤ 100,000 円/月: 測定できない（費用を算出できない: 料金未設定）", verdict.Criteria[1].Reason);
    }

    /// <summary>A metric source for a provider with nothing measured: it must never be asked for a figure.</summary>
    private sealed class UnmeasuredMetrics(string why) : ICriterionMetrics
    {
        public int Asked { get; private set; }

        public Estimate? Measure(ProviderProfile provider, Criterion criterion)
        {
            Asked++;
            return null;
        }

        public string? WhyNotMeasured(ProviderProfile provider) => why;
    }
}
