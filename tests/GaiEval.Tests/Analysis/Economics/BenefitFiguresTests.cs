namespace GaiEval.Tests.Analysis.Economics;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;

public sealed class BenefitFiguresTests
{
    [Fact]
    public void Cost_per_correct_answer_divides_the_monthly_cost_by_the_correct_answers_a_month()
    {
        UnitCost cost = BenefitFigures.CostPerCorrectAnswer(monthlyCost: 32_000, volume: 4000, Proportion.Wilson(8, 10))!;

        // 32,000 / (4000 × 0.8) = 10; bounds 32,000 / (4000 × 0.9433178) = 8.48070 and 32,000 / (4000 × 0.4901625) = 16.32112.
        Assert.Equal(10, cost.Value, 10);
        Assert.Equal(8.48070, cost.Low, 4);
        Assert.Equal(16.32112, cost.High!.Value, 4);
        Assert.Equal(10, cost.N);
    }

    [Fact]
    public void Cost_per_correct_answer_is_absent_without_a_correct_answer_or_a_volume()
    {
        Assert.Null(BenefitFigures.CostPerCorrectAnswer(32_000, 4000, Proportion.Wilson(0, 10)));
        Assert.Null(BenefitFigures.CostPerCorrectAnswer(32_000, 0, Proportion.Wilson(8, 10)));
    }

    [Fact]
    public void Cost_per_hour_saved_takes_its_bounds_from_the_hours_interval()
    {
        UnitCost cost = BenefitFigures.CostPerHourSaved(3900, new Estimate(39, 13, 52, 12, "test"))!;

        // 3900 / 39 = 100; bounds 3900 / 52 = 75 and 3900 / 13 = 300.
        Assert.Equal((100.0, 75.0, (double?)300.0), (cost.Value, cost.Low, cost.High));
    }

    [Fact]
    public void Cost_per_hour_saved_has_no_upper_bound_when_the_hours_may_be_zero_or_below()
    {
        UnitCost cost = BenefitFigures.CostPerHourSaved(3900, new Estimate(39, -6, 58.5, 12, "test"))!;

        // 3900 / 39 = 100; lower bound 3900 / 58.5 = 66.667; no finite upper bound.
        Assert.Equal(100, cost.Value, 10);
        Assert.Equal(66.667, cost.Low, 3);
        Assert.Null(cost.High);
        Assert.Null(BenefitFigures.CostPerHourSaved(3900, new Estimate(-2, -10, 4, 12, "test")));
    }

    [Fact]
    public void Net_benefit_shifts_the_personnel_cost_interval_by_the_monthly_cost()
    {
        Estimate net = BenefitFigures.NetMonthlyBenefit(new Estimate(156_000, 24_400, 234_300, 12, "test"), monthlyCost: 31_770);

        // 156,000 − 31,770 = 124,230; 24,400 − 31,770 = −7,370; 234,300 − 31,770 = 202,530.
        Assert.Equal((124_230.0, -7_370.0, 202_530.0), (net.Value!.Value, net.Low, net.High));
        Assert.Equal(12, net.N);
    }
}
