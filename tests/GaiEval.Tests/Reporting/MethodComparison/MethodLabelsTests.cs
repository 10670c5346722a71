namespace GaiEval.Tests.Reporting.MethodComparison;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Reporting.Methods;

public sealed class MethodLabelsTests
{
    private static readonly Dictionary<string, string> Names = new() { ["a"] = "甲", ["b"] = "乙" };

    [Fact]
    public void Two_candidates_with_the_same_costs_are_always_the_same_amount()
    {
        var equal = new BreakEven { FirstProviderId = "a", SecondProviderId = "b", Kind = BreakEvenKind.Equal, Explanation = "同じ" };

        Assert.Equal("常に同額", MethodLabels.BreakEven(equal, Names));
    }

    [Fact]
    public void A_crossing_names_its_volume_and_the_cheaper_one()
    {
        var crosses = new BreakEven { FirstProviderId = "a", SecondProviderId = "b", Kind = BreakEvenKind.Crosses, Volume = 1388.9, CheaperAtPlanVolume = "b", Explanation = "交わる" };
        var parallel = new BreakEven { FirstProviderId = "a", SecondProviderId = "b", Kind = BreakEvenKind.Parallel, CheaperAtPlanVolume = "a", Explanation = "平行" };

        Assert.Equal("分岐 1,389 件/月、乙 が安い", MethodLabels.BreakEven(crosses, Names));
        Assert.Equal("交わらない、甲 が安い", MethodLabels.BreakEven(parallel, Names));
    }
}
