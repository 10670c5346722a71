namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// 削減業務時間 (b), measured by time-and-motion: each observation is paired (the same task by the same member of staff
/// without and with AI), so its difference is taken first and the differences are averaged, with a bootstrap interval.
/// </summary>
public static class MeasuredTimeSaved
{
    public const string MethodText = "実測: 1作業ごとの対応のある差（AIなし − AIあり、確認時間を含む）の平均、分／件";

    public static MeasuredTimeSavedResult Measure(IReadOnlyList<TaskTiming> timings, int seed = Bootstrap.DefaultSeed)
    {
        Estimate? Mean(IEnumerable<TaskTiming> group)
        {
            Estimate? mean = Bootstrap.MeanOf([.. group.Select(t => t.MinutesWithout - t.MinutesWith)], seed: seed);
            return mean is null ? null : mean with { Method = $"{MethodText}; {mean.Method}" };
        }

        List<CategoryTimeDifference> categories = [.. timings.GroupBy(t => t.Category.Trim(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CategoryTimeDifference(g.Key, Mean(g)!))];
        return new MeasuredTimeSavedResult(categories, Mean(timings), MethodText);
    }
}
