namespace GaiEval.Core.Analysis.Economics;

/// <summary>What a provider's cost buys: cost per correct answer, cost per hour saved and the net monthly benefit.</summary>
internal static class BenefitFigures
{
    public const string PerCorrectMethod = "monthly cost ÷ (volume × accuracy), bounds from the Wilson interval";

    public const string PerHourMethod = "monthly cost ÷ hours saved, bounds from the hours' interval";

    public const string NetBenefitMethod = "personnel cost saved − monthly cost, bounds from the personnel cost's interval";

    /// <summary>Cost ÷ (volume × p); null when nothing was answered correctly or there is no volume.</summary>
    public static UnitCost? CostPerCorrectAnswer(double monthlyCost, double volume, Proportion accuracy)
    {
        if (volume <= 0 || accuracy.Successes == 0)
        {
            return null;
        }

        double PerCorrect(double p) => monthlyCost / (volume * p);
        return new UnitCost(PerCorrect(accuracy.Value!.Value), PerCorrect(accuracy.High), PerCorrect(accuracy.Low), accuracy.N, PerCorrectMethod);
    }

    /// <summary>Cost ÷ hours; null when the hours are zero or below; no upper bound when the hours' lower bound is zero or below.</summary>
    public static UnitCost? CostPerHourSaved(double monthlyCost, Estimate hours)
    {
        if (hours.Value is not > 0)
        {
            return null;
        }

        return new UnitCost(monthlyCost / hours.Value.Value, monthlyCost / hours.High, hours.Low > 0 ? monthlyCost / hours.Low : null, hours.N, PerHourMethod);
    }

    public static Estimate NetMonthlyBenefit(Estimate personnelCostSaved, double monthlyCost) =>
        new(personnelCostSaved.Value - monthlyCost, personnelCostSaved.Low - monthlyCost, personnelCostSaved.High - monthlyCost, personnelCostSaved.N, NetBenefitMethod);
}
