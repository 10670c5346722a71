namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>The recommendation rule per data class, applied through <see cref="DeploymentComparisonBuilder"/> to a stored run.</summary>
public sealed class RecommendationTests : IDisposable
{
    private static readonly List<GoldItem> Public = [.. CandidatePlan.Items("p", 20, Sensitivity.Public)];
    private static readonly List<GoldItem> Drafting = [.. CandidatePlan.Items("i", 20, Sensitivity.Internal, ItemUses.DocumentDrafting)];
    private static readonly List<GoldItem> Translation = [.. CandidatePlan.Items("t", 10, Sensitivity.Internal, ItemUses.ProofreadingTranslation)];
    private static readonly List<GoldItem> Extraction = [.. CandidatePlan.Items("u", 2, Sensitivity.Internal, ItemUses.ExtractionSummary)];
    private static readonly List<GoldItem> Confidential = [.. CandidatePlan.Items("c", 2, Sensitivity.Confidential)];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Lists_each_sensitivity_over_every_use_then_each_use_the_test_set_has()
    {
        DeploymentComparison comparison = await ThreeCandidatesAsync();

        Assert.Equal(
            [
                new DataClass(Sensitivity.Public, null), new DataClass(Sensitivity.Public, ItemUses.Dialogue),
                new DataClass(Sensitivity.Internal, null), new DataClass(Sensitivity.Internal, ItemUses.DocumentDrafting),
                new DataClass(Sensitivity.Internal, ItemUses.ProofreadingTranslation), new DataClass(Sensitivity.Internal, ItemUses.ExtractionSummary),
                new DataClass(Sensitivity.Confidential, null), new DataClass(Sensitivity.Confidential, ItemUses.Dialogue),
            ],
            comparison.Recommendations.Select(r => r.Class));
        Assert.Equal([20, 20, 32, 20, 10, 2, 2, 2], comparison.Recommendations.Select(r => r.Items));
        Assert.Equal(RecommendationRule.Steps, comparison.RecommendationRule);
    }

    [Fact]
    public async Task Recommends_the_cheapest_comparable_candidate_and_not_a_cheaper_one_clearly_worse()
    {
        DataClassRecommendation publicWork = Of(await ThreeCandidatesAsync(), Sensitivity.Public, null);

        // platform 20/20 is best, its Wilson lower bound 0.839; web 19/20 reaches up to 0.991 (comparable); cheap 5/20 reaches
        // only 0.469 (clearly worse). At the public volume of 4000: web 4000, platform 10,000 + 8000 = 18,000, cheap 2000.
        Assert.Equal((RecommendationKind.Recommended, "web"), (publicWork.Kind, publicWork.RecommendedId));
        Assert.Equal((4000.0, true), (publicWork.MonthlyVolume!.Value, publicWork.VolumeIsClassVolume));
        Assert.Equal([true, true, false], publicWork.Candidates.Select(c => c.QualityComparable));
        Assert.Equal([false, false, false], publicWork.Candidates.Select(c => c.BelowCriterion));
        Assert.Equal([4000.0, 18_000, 2000], publicWork.Candidates.Select(c => c.MonthlyCost!.Value));
        Assert.StartsWith("方式web を推奨", publicWork.Reason, StringComparison.Ordinal);
        Assert.Contains("月額 4,000 円", publicWork.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_out_a_candidate_for_the_classes_its_failed_required_criteria_cover_and_recommends_the_one_left()
    {
        DeploymentComparison comparison = await ThreeCandidatesAsync();
        DataClassRecommendation internalWork = Of(comparison, Sensitivity.Internal, null);

        // web may not receive internal items. platform 26/30 (its two extraction answers the rules left undecided do not count), cheap 7/30 (its two awaiting a verdict neither).
        // Over all internal uses neither is recommended: platform fails the required translation criterion (6/10 < 0.9), which
        // this class covers, and cheap the plan-wide one (12/50 < 0.4).
        Assert.Equal(RecommendationKind.NoneMeetsCriterion, internalWork.Kind);
        Assert.Null(internalWork.RecommendedId);
        Assert.Equal([false, true, true], internalWork.Candidates.Select(c => c.FailedGate));
        Assert.Equal([false, true, true], internalWork.Candidates.Select(c => c.MayHandle));
        Assert.Equal((0, 30, 30), (internalWork.Candidates[0].Accuracy.N, internalWork.Candidates[1].Accuracy.N, internalWork.Candidates[2].Accuracy.N));
        Assert.Equal(26.0 / 30, internalWork.Candidates[1].Accuracy.Value!.Value, 12);

        // At the internal volume of 2000: 10,000 + 2 × 2000 = 14,000.
        Assert.Equal(14_000, internalWork.Candidates[1].MonthlyCost!.Value, 6);
        // For drafting alone the translation criterion does not apply, and platform is the only one left.
        DataClassRecommendation drafting = Of(comparison, Sensitivity.Internal, ItemUses.DocumentDrafting);
        Assert.Equal((RecommendationKind.Recommended, "platform"), (drafting.Kind, drafting.RecommendedId));
        Assert.Equal([false, false, true], drafting.Candidates.Select(c => c.FailedGate));
    }

    [Fact]
    public async Task Recommends_nothing_for_a_class_no_candidate_may_handle()
    {
        DeploymentComparison comparison = await ThreeCandidatesAsync();

        foreach (DataClassRecommendation confidential in comparison.Recommendations.Where(r => r.Class.Sensitivity == Sensitivity.Confidential))
        {
            Assert.Equal(RecommendationKind.NoCandidateMayHandle, confidential.Kind);
            Assert.Null(confidential.RecommendedId);
            Assert.All(confidential.Candidates, c => Assert.False(c.MayHandle));
            Assert.Contains("機密", confidential.Reason, StringComparison.Ordinal);

            // The plan gives volumes per sensitivity but none for confidential work: no volume, rather than the plan's total.
            Assert.Null(confidential.MonthlyVolume);
            Assert.True(confidential.VolumeIsClassVolume);
        }
    }

    [Fact]
    public async Task Does_not_count_undecided_answers_and_calls_a_class_without_scored_answers_not_measured()
    {
        DataClassRecommendation extraction = Of(await ThreeCandidatesAsync(), Sensitivity.Internal, ItemUses.ExtractionSummary);

        Assert.Equal(RecommendationKind.NotMeasured, extraction.Kind);
        Assert.Null(extraction.RecommendedId);
        Assert.All(extraction.Candidates, c => Assert.Equal(0, c.Accuracy.N));
        Assert.Contains("要測定", extraction.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applies_a_use_scoped_criterion_to_that_use_and_the_plan_wide_one_elsewhere()
    {
        DeploymentComparison comparison = await ThreeCandidatesAsync();
        DataClassRecommendation translation = Of(comparison, Sensitivity.Internal, ItemUses.ProofreadingTranslation);

        // use:添削・翻訳 needs 0.9: platform 6/10 reaches 0.832, cheap 2/10 reaches 0.510 — both wholly below.
        Assert.Equal(0.9, translation.AccuracyThreshold);
        Assert.Equal(RecommendationKind.NoneMeetsCriterion, translation.Kind);
        Assert.Null(translation.RecommendedId);
        Assert.Equal([false, true, true], translation.Candidates.Select(c => c.BelowCriterion));
        Assert.Contains("0.9", translation.Reason, StringComparison.Ordinal);
        Assert.Equal(0.4, Of(comparison, Sensitivity.Internal, ItemUses.DocumentDrafting).AccuracyThreshold);
        Assert.Equal(0.4, Of(comparison, Sensitivity.Internal, null).AccuracyThreshold);
    }

    [Fact]
    public async Task Excludes_a_comparable_candidate_wholly_below_the_criterion_even_when_cheaper()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 4, Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("good", Sensitivity.Public, CandidatePlan.Priced(0, 5)),
            CandidatePlan.Candidate("cheap", Sensitivity.Public, CandidatePlan.Priced(0, 1))) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.9 }],
        };

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run
            .Answers("good", items, 3)
            .Answers("cheap", items, 2));

        // good 3/4: [0.301, 0.954]; cheap 2/4: [0.150, 0.850] reaches the best's lower bound but not 0.9.
        DataClassRecommendation publicWork = Of(comparison, Sensitivity.Public, null);
        Assert.Equal((RecommendationKind.Recommended, "good"), (publicWork.Kind, publicWork.RecommendedId));
        Assert.Equal([true, true], publicWork.Candidates.Select(c => c.QualityComparable));
        Assert.Equal([false, true], publicWork.Candidates.Select(c => c.BelowCriterion));
        Assert.Equal(1000.0, publicWork.MonthlyVolume);
        Assert.False(publicWork.VolumeIsClassVolume);
    }

    [Fact]
    public async Task Never_recommends_a_candidate_the_gate_judged_no_go_even_where_its_few_items_look_good_and_it_is_cheaper()
    {
        List<GoldItem> dialogue = [.. CandidatePlan.Items("d", 20, Sensitivity.Public)];
        List<GoldItem> drafting = [.. CandidatePlan.Items("w", 2, Sensitivity.Public, ItemUses.DocumentDrafting)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("good", Sensitivity.Public, CandidatePlan.Priced(0, 5)),
            CandidatePlan.Candidate("bad", Sensitivity.Public, CandidatePlan.Priced(0, 1))) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.8 }],
        };

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, [.. dialogue, .. drafting], plan, run => run
            .Answers("good", dialogue, 20).Answers("good", drafting, 2)
            .Answers("bad", dialogue, 5).Answers("bad", drafting, 2));

        // bad: 7/22 over the run, Wilson [0.164, 0.527] wholly below 0.8 → NO-GO. On the two drafting items it is 2/2 like good
        // ([0.342, 1]: reaches 0.8) and five times cheaper, yet the rule leaves it out.
        DataClassRecommendation draftingWork = Of(comparison, Sensitivity.Public, ItemUses.DocumentDrafting);
        Assert.Equal((RecommendationKind.Recommended, "good"), (draftingWork.Kind, draftingWork.RecommendedId));
        Assert.Equal([false, true], draftingWork.Candidates.Select(c => c.FailedGate));
        Assert.Equal([false, false], draftingWork.Candidates.Select(c => c.BelowCriterion));
        Assert.Contains("必須の基準が FAIL の候補", comparison.RecommendationRule[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leaves_the_choice_to_a_person_when_a_comparable_candidate_has_no_known_cost()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 4, Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("priced", Sensitivity.Public, CandidatePlan.Priced(0, 1)),
            CandidatePlan.Candidate("unpriced", Sensitivity.Public));

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run
            .Answers("priced", items, 4)
            .Answers("unpriced", items, 4));

        DataClassRecommendation publicWork = Of(comparison, Sensitivity.Public, null);
        Assert.Equal(RecommendationKind.Undecided, publicWork.Kind);
        Assert.Null(publicWork.RecommendedId);
        Assert.Equal(1000.0, publicWork.Candidates[0].MonthlyCost);
        Assert.Null(publicWork.Candidates[1].MonthlyCost);
        Assert.Contains("方式unpriced の月額費用が未記入（一時費用の一部の未記入を含む）か計算できない", publicWork.Reason, StringComparison.Ordinal);
        Assert.Contains("要判断", publicWork.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Takes_the_best_of_equally_accurate_candidates_by_its_lower_bound_whatever_the_plan_order()
    {
        // small 2/2 [0.342, 1] and large 20/20 [0.839, 1] are equally accurate; half 10/20 reaches only 0.701. Measured
        // against the small one's lower bound, the cheapest, half, would pass; against the large one's it does not.
        List<GoldItem> items = [.. CandidatePlan.Items("p", 20, Sensitivity.Public)];
        ProviderProfile small = CandidatePlan.Candidate("small", Sensitivity.Public, CandidatePlan.Priced(0, 2));
        ProviderProfile large = CandidatePlan.Candidate("large", Sensitivity.Public, CandidatePlan.Priced(0, 3));
        ProviderProfile half = CandidatePlan.Candidate("half", Sensitivity.Public, CandidatePlan.Priced(0, 1));
        using var other = new TempFolder();

        DataClassRecommendation smallFirst = Of(await CompareAsync(folder, small, large), Sensitivity.Public, null);
        DataClassRecommendation largeFirst = Of(await CompareAsync(other, large, small), Sensitivity.Public, null);

        Assert.Equal((RecommendationKind.Recommended, "small"), (smallFirst.Kind, smallFirst.RecommendedId));
        Assert.Equal((RecommendationKind.Recommended, "small"), (largeFirst.Kind, largeFirst.RecommendedId));
        Assert.False(Assert.Single(smallFirst.Candidates, c => c.ProviderId == "half").QualityComparable);

        Task<DeploymentComparison> CompareAsync(TempFolder into, ProviderProfile first, ProviderProfile second) =>
            CandidatePlan.CompareAsync(into, items, PricedRun.Plan(CandidatePlan.Yen(1000), first, second, half), run => run
                .Answers("small", items.Take(2), 2)
                .Answers("large", items, 20)
                .Answers("half", items, 10));
    }

    private static DataClassRecommendation Of(DeploymentComparison comparison, Sensitivity sensitivity, string? use) =>
        Assert.Single(comparison.Recommendations, r => r.Class == new DataClass(sensitivity, use));

    /// <summary>web (public only, 1 yen a task), platform (internal, 10,000 + 2 a task), cheap (internal, 0.5 a task).</summary>
    private Task<DeploymentComparison> ThreeCandidatesAsync()
    {
        GoldItem[] items = [.. Public, .. Drafting, .. Translation, .. Extraction, .. Confidential];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000, new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Internal] = 2000 }),
            CandidatePlan.Candidate("web", Sensitivity.Public, CandidatePlan.Priced(0, 1)),
            CandidatePlan.Candidate("platform", Sensitivity.Internal, CandidatePlan.Priced(10_000, 2)),
            CandidatePlan.Candidate("cheap", Sensitivity.Internal, CandidatePlan.Priced(0, 0.5))) with
        {
            Criteria =
            [
                new Criterion { Metric = "accuracy", Op = ">=", Value = 0.4 },
                new Criterion { Metric = "accuracy", Op = ">=", Value = 0.9, Scope = $"use:{ItemUses.ProofreadingTranslation}" },
            ],
        };
        return CandidatePlan.CompareAsync(folder, items, plan, run =>
        {
            run.Answers("web", Public, 19);
            run.Answers("platform", Public, 20).Answers("platform", Drafting, 20).Answers("platform", Translation, 6);
            run.Answers("cheap", Public, 5).Answers("cheap", Drafting, 5).Answers("cheap", Translation, 2);
            foreach (GoldItem item in Extraction)
            {
                run.RuleUndecided(item.Id, "platform", CandidatePlan.TokensPerAnswer, 0).Answer(item.Id, "cheap", correct: null, CandidatePlan.TokensPerAnswer, 0);
            }
        });
    }
}
