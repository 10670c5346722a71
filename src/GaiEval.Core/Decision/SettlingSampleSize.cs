namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Kpi.Findings;

/// <summary>How many observations would settle an inconclusive criterion; null whenever it cannot be told.</summary>
public static class SettlingSampleSize
{
    /// <summary>
    /// For a Wilson share: the smallest n at which the Wilson interval at the observed rate lies wholly on one side of the
    /// threshold (<see cref="SampleSize.ToSettle"/>); null for any other estimate.
    /// </summary>
    public static int? Wilson(Estimate estimate, double threshold) =>
        estimate is { Method: "Wilson" } ? Share(estimate, threshold) : null;

    /// <summary>
    /// The rule for a criterion's metric. KPI metrics have their own: the shares of respondents or rated uses
    /// (<see cref="KpiMetrics.SatisfactionTopTwo"/>, <see cref="KpiMetrics.BadFeedbackRate"/>) by <see cref="Share"/>, the
    /// bootstrap means and totals by <see cref="BootstrapMean"/>, the census shares of eligible staff none (a census has
    /// no interval to narrow). Every other metric keeps <paramref name="otherwise"/>.
    /// </summary>
    public static Func<Estimate, double, int?> For(string metric, Func<Estimate, double, int?> otherwise) => metric switch
    {
        KpiMetrics.SatisfactionTopTwo or KpiMetrics.BadFeedbackRate => Share,
        KpiMetrics.SatisfactionMean or KpiMetrics.Nps or KpiMetrics.HoursSavedPerMonth or KpiMetrics.MeasuredMinutesSaved => BootstrapMean,
        KpiMetrics.ActiveShare or KpiMetrics.HabitualShare => Unknown,
        _ => otherwise,
    };

    /// <summary>The Wilson rule of <see cref="Wilson"/> for a share whose method is labelled (e.g. ユーザーの評価, Wilson).</summary>
    public static int? Share(Estimate estimate, double threshold) =>
        estimate is { Value: { } observed and >= 0 and <= 1 } && threshold is >= 0 and <= 1 && SampleSize.ToSettle(observed, threshold) is { } n
            ? (int)Math.Min(n, int.MaxValue)
            : null;

    /// <summary>
    /// For a bootstrap interval of a mean (or of a total of means): its half-width on the threshold's side shrinks as
    /// 1/√n, so it stops reaching the threshold once n' &gt; n·(half-width ÷ |value − threshold|)², if the value stayed as
    /// observed. Null when the value is on the threshold or the interval has no width on that side (a census).
    /// </summary>
    public static int? BootstrapMean(Estimate estimate, double threshold)
    {
        if (estimate is not { Value: { } value, N: > 0 } || value == threshold)
        {
            return null;
        }

        double half = threshold < value ? value - estimate.Low : estimate.High - value;
        double ratio = half / Math.Abs(value - threshold);
        if (!(half > 0) || !double.IsFinite(ratio))
        {
            return null;
        }

        double n = Math.Floor(estimate.N * ratio * ratio) + 1;
        return n >= int.MaxValue ? int.MaxValue : (int)n;
    }

    private static int? Unknown(Estimate estimate, double threshold) => null;
}
