namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>
/// What the recommendation says beside its choice: candidates left out and why, a class only partly scored, a gate still
/// 要追加検証, a sensitivity with workload but no item, and the common set that an unmeasured candidate cannot empty.
/// </summary>
public sealed class RecommendationCaveatTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_disqualified_candidate_does_not_set_the_bar_and_every_left_out_candidate_is_named_with_why()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 20, Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("perfect", Sensitivity.Public, CandidatePlan.Priced(0, 1)),
            CandidatePlan.Candidate("fair", Sensitivity.Public, CandidatePlan.Priced(0, 2)),
            CandidatePlan.Candidate("poor", Sensitivity.Public, CandidatePlan.Priced(0, 0.5))) with
        {
            Criteria =
            [
                new Criterion { Metric = "accuracy", Op = ">=", Value = 0.3 },
                new Criterion { Metric = "refusal_accuracy", Op = ">=", Value = 0.9 },
            ],
        };

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run
            .Answers("perfect", items, 20)
            .Answers("fair", items, 12)
            .Answers("poor", items, 7));

        // No item is a refusal item, so refusal_accuracy is NOT MEASURED for all: nobody fails it. perfect 20/20 [0.839, 1]
        // sets the bar; fair 12/20 reaches only 0.781 and poor 7/20 0.567: both clearly worse, and said to be.
        DataClassRecommendation publicWork = Assert.Single(comparison.Recommendations, r => r.Class == new DataClass(Sensitivity.Public, null));
        Assert.Equal("perfect", publicWork.RecommendedId);
        Assert.Contains("方式fair、方式poor はこの区分の正答率が最も高い候補より明らかに低いため除いています。", publicWork.Reason, StringComparison.Ordinal);

        // The same run judged with a stricter accuracy criterion that perfect alone meets would leave the others below it:
        // the bar is then taken among those left, never among the disqualified.
        using var other = new TempFolder();
        EvalPlan strict = plan with { Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.9 }] };
        DeploymentComparison judged = await CandidatePlan.CompareAsync(other, items, strict, run => run
            .Answers("perfect", items, 12)
            .Answers("fair", items, 20)
            .Answers("poor", items, 20));
        DataClassRecommendation strictPublic = Assert.Single(judged.Recommendations, r => r.Class == new DataClass(Sensitivity.Public, null));

        // perfect (12/20 here) fails the gate (interval [0.387, 0.781] below 0.9); fair and poor (20/20) are comparable, poor cheaper.
        Assert.Equal("poor", strictPublic.RecommendedId);
        Assert.Contains("方式perfect はこの区分にかかる必須の基準が FAIL のため除いています。", strictPublic.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_class_only_partly_scored_and_a_gate_still_undecided_are_said_beside_the_choice()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 10, Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("sheet", Sensitivity.Public, CandidatePlan.Priced(0, 1))) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.9 }],
        };

        // Only 4 of the 10 answers came back from the collection sheet, all right: [0.510, 1] straddles 0.9 → 要追加検証.
        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run.Answers("sheet", items.Take(4), 4));

        DataClassRecommendation publicWork = Assert.Single(comparison.Recommendations, r => r.Class == new DataClass(Sensitivity.Public, null));
        Assert.Equal("sheet", publicWork.RecommendedId);
        Assert.Contains("この区分の 10 件のうち採点できたのは 4 件だけです", publicWork.Reason, StringComparison.Ordinal);
        Assert.Contains("方式sheet の判定（go/no-go）は要追加検証です。", publicWork.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sensitivity_with_workload_but_no_item_gets_a_row_that_asks_for_items()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 3, Sensitivity.Public)];
        var volumes = new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Confidential] = 650 };
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000, volumes),
            CandidatePlan.Candidate("onprem", Sensitivity.Confidential, CandidatePlan.Priced(100_000, 0)));

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run.Answers("onprem", items, 3));

        DataClassRecommendation confidential = Assert.Single(comparison.Recommendations, r => r.Class == new DataClass(Sensitivity.Confidential, null));
        Assert.Equal((0, RecommendationKind.NotMeasured), (confidential.Items, confidential.Kind));
        Assert.Contains("テストセットにこの区分の項目がない", confidential.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_with_nothing_scored_does_not_empty_the_common_set()
    {
        List<GoldItem> items = [.. CandidatePlan.Items("p", 6, Sensitivity.Public)];
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000),
            CandidatePlan.Candidate("a", Sensitivity.Public, CandidatePlan.Priced(0, 1)),
            CandidatePlan.Candidate("b", Sensitivity.Public, CandidatePlan.Priced(0, 1)),
            CandidatePlan.Candidate("silent", Sensitivity.Public, CandidatePlan.Priced(0, 1)));

        DeploymentComparison comparison = await CandidatePlan.CompareAsync(folder, items, plan, run => run
            .Answers("a", items, 6)
            .Answers("b", items, 3));

        Assert.Equal(6, comparison.CommonCalls);
        Assert.Equal([6, 6, 0], comparison.Candidates.Select(c => c.CommonAccuracy.N));
        Assert.Equal(6, comparison.CommonComparisons.Single(c => (c.ProviderA, c.ProviderB) == ("a", "b")).N);
        Assert.Contains(comparison.Notes, n => n.Contains("方式silent は採点された回答がないため、共通の項目での比較から外しています", StringComparison.Ordinal));
    }
}
