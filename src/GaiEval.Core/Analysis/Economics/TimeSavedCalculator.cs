namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Analysis.Statistics;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// DESIGN.md's time saved: per item c·M − R (<see cref="ItemSaving"/>), summed over a category's items and scaled by the
/// category's monthly volume ÷ its item count, never accuracy × mean minutes; hours a month = minutes ÷ 60, personnel cost
/// = hours × hourly cost. The intervals are a bootstrap over items, resampled within categories, with the total taken
/// from the same resamples. Categories without a volume, without items or without any answer with a verdict are listed
/// as not estimated, never as zero.
/// </summary>
internal static class TimeSavedCalculator
{
    public static TimeSaved Calculate(
        PlanEconomics economics, IReadOnlyList<CategoryMeasurement> measured, TimeSavedBasis basis, int seed = Bootstrap.DefaultSeed)
    {
        var estimable = new List<(CategoryMeasurement Category, double Volume)>();
        var gaps = new List<CategoryNotEstimated>();
        double? hourlyCost = economics.HourlyCost > 0 ? economics.HourlyCost : null;
        foreach (CategoryMeasurement category in measured)
        {
            if (!economics.MonthlyVolume.TryGetValue(category.Category, out double volume))
            {
                gaps.Add(new(category.Category, CategoryGap.NoVolume, null, "plan の economics.monthly_volume にこの分野の月間件数がありません"));
            }
            else if (category.Decided == 0)
            {
                gaps.Add(new(category.Category, CategoryGap.NoScoredAnswers, volume, "正誤の判定がある回答がありません（送信保留・失敗・判定待ちのみ）"));
            }
            else
            {
                estimable.Add((category, volume));
            }
        }

        HashSet<string> inTestSet = [.. measured.Select(m => m.Category)];
        foreach ((string category, double volume) in economics.MonthlyVolume.Where(v => !inTestSet.Contains(v.Key)))
        {
            gaps.Add(new(category, CategoryGap.NotInTestSet, volume, "テストセットにこの分野の項目がありません"));
        }

        StratifiedTotal? bootstrap = StratifiedBootstrap.Total(
            [.. estimable.Select(e => (IReadOnlyList<double>)[.. e.Category.Items.Select(i => i.Minutes)])],
            [.. estimable.Select(e => e.Volume)],
            seed: seed);
        List<CategoryTimeSaved> estimated = [.. estimable.Select((e, k) => EstimateCategory(e.Category, e.Volume, bootstrap!.Means[k], hourlyCost, basis))];
        Estimate? hours = bootstrap is null ? null : Scale(bootstrap.Total, 1.0 / 60);
        return new TimeSaved
        {
            Basis = basis,
            Categories = estimated,
            NotEstimated = gaps,
            MonthlyHours = hours,
            MonthlyPersonnelCost = hours is not null && hourlyCost is { } rate ? Scale(hours, rate) : null,
            CoveredVolume = estimated.Sum(c => c.MonthlyVolume),
            UncoveredVolume = gaps.Where(g => g.Reason != CategoryGap.NoVolume).Sum(g => g.MonthlyVolume ?? 0),
            UndecidedAnswers = estimated.Sum(c => c.UndecidedAnswers),
            UnansweredCalls = estimated.Sum(c => c.UnansweredCalls),
        };
    }

    private static CategoryTimeSaved EstimateCategory(CategoryMeasurement category, double volume, Estimate perTask, double? hourlyCost, TimeSavedBasis basis)
    {
        Estimate hours = Scale(perTask, volume / 60);
        return new CategoryTimeSaved
        {
            Category = category.Category,
            MonthlyVolume = volume,
            ItemCount = category.ItemCount,
            CorrectItems = category.CorrectItems,
            DecidedAnswers = category.Decided,
            UndecidedAnswers = category.Undecided,
            UnansweredCalls = category.Unanswered,
            SavedMinutesPerTask = perTask,
            MonthlyHours = hours,
            MonthlyPersonnelCost = hourlyCost is { } rate ? Scale(hours, rate) : null,
            Basis = basis,
        };
    }

    /// <summary>A non-negative multiple of an estimate: the bounds scale with it (a percentile interval is equivariant).</summary>
    private static Estimate Scale(Estimate estimate, double factor) =>
        new(estimate.Value * factor, estimate.Low * factor, estimate.High * factor, estimate.N, estimate.Method);
}
