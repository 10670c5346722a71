namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>The candidates compared on the calls every one of them answered and had scored, Holm across the candidate pairs only.</summary>
public sealed class CommonComparisonTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Counts_only_the_calls_every_candidate_answered_and_had_scored()
    {
        DeploymentComparison comparison = await CompareAsync();

        // c1..c8 are common; d1 (r awaiting a verdict), d2 (q failed), d3 (r withheld) and d4 (q left undecided by the rules) drop out for every candidate.
        Assert.Equal(8, comparison.CommonCalls);
        Assert.Equal(["p", "q", "r"], comparison.Candidates.Select(c => c.ProviderId));
        CandidateColumn p = comparison.Candidates[0];
        Assert.Equal((1.0, 8), (p.CommonAccuracy.Value!.Value, p.CommonAccuracy.N));
        Assert.Equal((0.0, 8), (comparison.Candidates[1].CommonAccuracy.Value!.Value, comparison.Candidates[1].CommonAccuracy.N));
        Assert.Equal((1.0, 8), (comparison.Candidates[2].CommonAccuracy.Value!.Value, comparison.Candidates[2].CommonAccuracy.N));

        // Its own accuracy keeps d1..d4, all wrong: 8 / 12.
        Assert.Equal((8.0 / 12, 12), (p.Accuracy.Value!.Value, p.Accuracy.N));
    }

    [Fact]
    public async Task Adjusts_with_Holm_across_the_candidate_pairs_and_leaves_the_baseline_out()
    {
        DeploymentComparison comparison = await CompareAsync();

        Assert.Equal([("p", "q"), ("p", "r"), ("q", "r")], comparison.CommonComparisons.Select(c => (c.ProviderA, c.ProviderB)));
        Assert.All(comparison.CommonComparisons, c => Assert.Equal(8, c.N));

        // p–q: b = 8, c = 0 → p = 2 / 2⁸ = 0.0078125; q–r likewise; p–r: no discordant call → 1. Holm over these three pairs:
        // the smallest × 3 = 0.0234375, the next × 2 raised to it; with the baseline's three pairs it would be × 6.
        PairedComparison pq = comparison.CommonComparisons[0];
        Assert.Equal((8, 0, 0, 0), (pq.OnlyACorrect, pq.OnlyBCorrect, pq.BothCorrect, pq.NeitherCorrect));
        Assert.Equal(0.0078125, pq.PValue, 15);
        Assert.Equal(0.0234375, pq.AdjustedPValue, 12);
        Assert.Equal(ComparisonOutcome.ABetter, pq.Outcome);
        PairedComparison qr = comparison.CommonComparisons[2];
        Assert.Equal(0.0234375, qr.AdjustedPValue, 12);
        Assert.Equal(ComparisonOutcome.BBetter, qr.Outcome);
        PairedComparison pr = comparison.CommonComparisons[1];
        Assert.Equal((8, 1.0, ComparisonOutcome.Indistinguishable), (pr.BothCorrect, pr.AdjustedPValue, pr.Outcome));
    }

    [Fact]
    public async Task Says_so_when_no_call_is_common_to_every_candidate()
    {
        GoldItem[] items = [CandidatePlan.Item("a1", Sensitivity.Public), CandidatePlan.Item("a2", Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(null, CandidatePlan.Candidate("p", Sensitivity.Public), CandidatePlan.Candidate("q", Sensitivity.Public));

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run
            .Answer("a1", "p", true)
            .Answer("a2", "q", true));

        Assert.Equal(0, comparison.CommonCalls);
        PairedComparison pair = Assert.Single(comparison.CommonComparisons);
        Assert.Equal((0, ComparisonOutcome.Indistinguishable), (pair.N, pair.Outcome));
        Assert.All(comparison.Candidates, c => Assert.Equal(0, c.CommonAccuracy.N));
        Assert.Contains(comparison.Notes, n => n.Contains("共通の項目での比較はできません", StringComparison.Ordinal));
    }

    private Task<DeploymentComparison> CompareAsync()
    {
        List<GoldItem> common = [.. CandidatePlan.Items("c", 8, Sensitivity.Public)];
        GoldItem[] items =
        [
            .. common, CandidatePlan.Item("d1", Sensitivity.Public), CandidatePlan.Item("d2", Sensitivity.Public),
            CandidatePlan.Item("d3", Sensitivity.Internal), CandidatePlan.Item("d4", Sensitivity.Public),
        ];
        EvalPlan plan = PricedRun.Plan(
            null,
            CandidatePlan.Candidate("p", Sensitivity.Internal),
            CandidatePlan.Candidate("base", Sensitivity.Internal) with { Candidate = false },
            CandidatePlan.Candidate("q", Sensitivity.Internal),
            CandidatePlan.Candidate("r", Sensitivity.Public));
        return CandidatePlan.CompareAsync(folder, items, plan, run =>
        {
            run.Answers("p", common, correct: 8).Answers("q", common, correct: 0).Answers("r", common, correct: 8);

            // The baseline answered only c1, wrongly: were it a column, nothing but c1 would be common.
            run.Answer("c1", "base", false);
            run.Answer("d1", "p", false).Answer("d1", "q", false).Answer("d1", "r", correct: null);
            run.Answer("d2", "p", false).NotAnswered("d2", "q", ResponseStatus.Error).Answer("d2", "r", false);
            run.Answer("d3", "p", false).Answer("d3", "q", false).NotAnswered("d3", "r", ResponseStatus.Withheld);
            run.Answer("d4", "p", false).RuleUndecided("d4", "q").Answer("d4", "r", false);
        });
    }
}
