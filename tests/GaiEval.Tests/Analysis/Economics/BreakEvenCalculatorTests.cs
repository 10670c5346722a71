namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis.Economics;

public sealed class BreakEvenCalculatorTests
{
    private static readonly CostLine Cloud = new("cloud", "クラウド", FixedMonthly: 0, VariablePerTask: 0.5);
    private static readonly CostLine OnPrem = new("on-prem", "オンプレミス", FixedMonthly: 150_000, VariablePerTask: 0);

    [Fact]
    public void Finds_the_volume_where_pay_per_token_meets_a_fixed_cost()
    {
        BreakEven breakEven = BreakEvenCalculator.Between(Cloud, OnPrem, planVolume: 4000);

        // 0 + 0.5 v = 150,000 + 0 v → v = 150,000 / 0.5 = 300,000 tasks a month.
        Assert.Equal(BreakEvenKind.Crosses, breakEven.Kind);
        Assert.Equal(300_000, breakEven.Volume!.Value, 6);
        Assert.Equal(("cloud", "on-prem"), (breakEven.CheaperBelow, breakEven.CheaperAbove));

        // At 4000 tasks: cloud 2,000 vs on-prem 150,000.
        Assert.Equal("cloud", breakEven.CheaperAtPlanVolume);
        Assert.Contains("月 300,000 件", breakEven.Explanation, StringComparison.Ordinal);
        Assert.Contains("少なければ クラウド、多ければ オンプレミス", breakEven.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_the_same_volume_whichever_provider_comes_first()
    {
        // Fixed 10,000 and 2 per task against fixed 40,000 and 0.5 per task: v = 30,000 / 1.5 = 20,000.
        var a = new CostLine("a", "A", 10_000, 2);
        var b = new CostLine("b", "B", 40_000, 0.5);

        BreakEven forward = BreakEvenCalculator.Between(a, b, planVolume: 25_000);
        BreakEven backward = BreakEvenCalculator.Between(b, a, planVolume: 25_000);

        Assert.Equal(20_000, forward.Volume!.Value, 6);
        Assert.Equal(20_000, backward.Volume!.Value, 6);
        Assert.Equal(("a", "b"), (forward.CheaperBelow, forward.CheaperAbove));
        Assert.Equal(("a", "b"), (backward.CheaperBelow, backward.CheaperAbove));

        // At 25,000: A 60,000 vs B 52,500.
        Assert.Equal("b", forward.CheaperAtPlanVolume);
    }

    [Fact]
    public void Parallel_lines_never_cross_and_the_lower_fixed_cost_is_always_cheaper()
    {
        var a = new CostLine("a", "A", 50_000, 1);
        var b = new CostLine("b", "B", 20_000, 1);

        BreakEven breakEven = BreakEvenCalculator.Between(a, b, planVolume: 4000);

        Assert.Equal(BreakEvenKind.Parallel, breakEven.Kind);
        Assert.Null(breakEven.Volume);
        Assert.Equal(("b", "b", "b"), (breakEven.CheaperBelow, breakEven.CheaperAbove, breakEven.CheaperAtPlanVolume));
        Assert.Contains("交わりません", breakEven.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_lines_have_no_cheaper_provider()
    {
        var a = new CostLine("a", "A", 30_000, 0.25);
        var b = new CostLine("b", "B", 30_000, 0.25);

        BreakEven breakEven = BreakEvenCalculator.Between(a, b, planVolume: 4000);

        Assert.Equal(BreakEvenKind.Equal, breakEven.Kind);
        Assert.Null(breakEven.Volume);
        Assert.Equal(((string?)null, (string?)null, (string?)null), (breakEven.CheaperBelow, breakEven.CheaperAbove, breakEven.CheaperAtPlanVolume));
        Assert.Contains("等しく", breakEven.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_that_meet_only_at_a_negative_volume_do_not_cross()
    {
        // 100 + 2 v = 200 + 3 v → v = (200 − 100) / (2 − 3) = −100: A is cheaper at every positive volume.
        var a = new CostLine("a", "A", 100, 2);
        var b = new CostLine("b", "B", 200, 3);

        BreakEven breakEven = BreakEvenCalculator.Between(a, b, planVolume: 4000);

        Assert.Equal(BreakEvenKind.NoCrossingAtPositiveVolume, breakEven.Kind);
        Assert.Null(breakEven.Volume);
        Assert.Equal(("a", "a", "a"), (breakEven.CheaperBelow, breakEven.CheaperAbove, breakEven.CheaperAtPlanVolume));
    }

    [Fact]
    public void Lines_with_the_same_fixed_cost_meet_only_at_zero_volume()
    {
        var a = new CostLine("a", "A", 5000, 0.3);
        var b = new CostLine("b", "B", 5000, 0.2);

        BreakEven breakEven = BreakEvenCalculator.Between(a, b, planVolume: 4000);

        Assert.Equal(BreakEvenKind.NoCrossingAtPositiveVolume, breakEven.Kind);
        Assert.Equal(("b", "b"), (breakEven.CheaperBelow, breakEven.CheaperAbove));
    }

    [Fact]
    public void Two_providers_cost_the_same_at_the_plan_volume_when_it_is_the_break_even()
    {
        BreakEven breakEven = BreakEvenCalculator.Between(Cloud, OnPrem, planVolume: 300_000);

        Assert.Null(breakEven.CheaperAtPlanVolume);
    }
}
