namespace GaiEval.Core.Analysis.Economics;

using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// DESIGN.md's time saved per category: volume × (p·M̄ − R̄) / 60 hours a month, personnel cost = hours × hourly cost.
/// Categories without a volume, without items or without scored answers are listed as not estimated, never as zero.
/// </summary>
internal static class TimeSavedCalculator
{
    public const string CategoryMethod = "Wilson interval of accuracy carried through p·M − R (linear in p)";

    public const string SumMethod = "sum of the categories' bounds (conservative)";

    public static TimeSaved Calculate(PlanEconomics economics, IReadOnlyList<CategoryMeasurement> measured, TimeSavedBasis basis)
    {
        var estimated = new List<CategoryTimeSaved>();
        var gaps = new List<CategoryNotEstimated>();
        double? hourlyCost = economics.HourlyCost > 0 ? economics.HourlyCost : null;
        foreach (CategoryMeasurement category in measured)
        {
            if (!economics.MonthlyVolume.TryGetValue(category.Category, out double volume))
            {
                gaps.Add(new(category.Category, CategoryGap.NoVolume, null, "plan の economics.monthly_volume にこの分野の月間件数がありません"));
            }
            else if (category.Accuracy.N == 0)
            {
                gaps.Add(new(category.Category, CategoryGap.NoScoredAnswers, volume, "規則で採点された回答がありません（送信保留・失敗・判定待ちのみ）"));
            }
            else
            {
                estimated.Add(EstimateCategory(category, volume, hourlyCost, basis));
            }
        }

        HashSet<string> inTestSet = [.. measured.Select(m => m.Category)];
        foreach ((string category, double volume) in economics.MonthlyVolume.Where(v => !inTestSet.Contains(v.Key)))
        {
            gaps.Add(new(category, CategoryGap.NotInTestSet, volume, "テストセットにこの分野の項目がありません"));
        }

        Estimate? hours = Sum(estimated.Select(c => c.MonthlyHours));
        return new TimeSaved
        {
            Basis = basis,
            Categories = estimated,
            NotEstimated = gaps,
            MonthlyHours = hours,
            MonthlyPersonnelCost = hours is not null && hourlyCost is { } rate ? Scale(hours, rate, SumMethod) : null,
            CoveredVolume = estimated.Sum(c => c.MonthlyVolume),
            UncoveredVolume = gaps.Where(g => g.Reason != CategoryGap.NoVolume).Sum(g => g.MonthlyVolume ?? 0),
        };
    }

    private static CategoryTimeSaved EstimateCategory(CategoryMeasurement category, double volume, double? hourlyCost, TimeSavedBasis basis)
    {
        Proportion p = category.Accuracy;
        double Saving(double accuracy) => (accuracy * category.MeanHumanMinutes) - category.MeanReviewMinutes;
        double low = Math.Min(Saving(p.Low), Saving(p.High));
        double high = Math.Max(Saving(p.Low), Saving(p.High));
        var minutes = new Estimate(Saving(p.Value!.Value), low, high, p.N, CategoryMethod);
        Estimate hours = Scale(minutes, volume / 60, CategoryMethod);
        return new CategoryTimeSaved
        {
            Category = category.Category,
            MonthlyVolume = volume,
            ItemCount = category.ItemCount,
            MeanHumanMinutes = category.MeanHumanMinutes,
            MeanReviewMinutes = category.MeanReviewMinutes,
            Accuracy = Estimate.FromProportion(p),
            SavedMinutesPerTask = minutes,
            MonthlyHours = hours,
            MonthlyPersonnelCost = hourlyCost is { } rate ? Scale(hours, rate, CategoryMethod) : null,
            Basis = basis,
        };
    }

    /// <summary>A non-negative multiple of an estimate: the bounds scale with it.</summary>
    private static Estimate Scale(Estimate estimate, double factor, string method) =>
        new(estimate.Value * factor, estimate.Low * factor, estimate.High * factor, estimate.N, method);

    private static Estimate? Sum(IEnumerable<Estimate> parts)
    {
        List<Estimate> list = [.. parts];
        return list.Count == 0
            ? null
            : new Estimate(list.Sum(e => e.Value ?? 0), list.Sum(e => e.Low), list.Sum(e => e.High), list.Sum(e => e.N), SumMethod);
    }
}
