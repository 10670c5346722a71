namespace GaiEval.Reporting.Text;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;

/// <summary>
/// A census count against eligible staff (users, respondents), e.g. 「352人 / 605人（58.2%）」: the count beside its
/// denominator, so that the count is never read as a sample size n. Every report writes shares of eligible staff with this.
/// </summary>
internal static class Headcounts
{
    public const string NoEligible = "対象職員数がないため割合は未測定";

    /// <summary>
    /// The count and its share; for a department outside the eligible list, its count alone; without any eligible staff
    /// (the total over no department counts no one) 「未測定」, never 0人.
    /// </summary>
    public static string Of(DepartmentRate rate) =>
        rate.Rate?.Value is { } share ? $"{Numbers.Count(rate.Count)}人 / {Numbers.Count(rate.Eligible ?? 0)}人（{Numbers.Percent(share)}）"
        : rate.Eligible is null ? $"{Numbers.Count(rate.Count)}人（{NoEligible}）"
        : KpiText.NotMeasured("対象職員数がない");

    public static string Of(int count, int eligible) =>
        eligible > 0 ? $"{Numbers.Count(count)}人 / {Numbers.Count(eligible)}人（{Numbers.Percent((double)count / eligible)}）" : $"{Numbers.Count(count)}人（{NoEligible}）";

    /// <summary>「（2026-11-23までのデータ、下限）」 when the log's last month ends early, so that its users are a lower bound.</summary>
    public static string LastMonthNote(KpiFindings kpi) => kpi.LastMonthIsPartial ? PartialNote(kpi) : string.Empty;

    /// <summary>The same note when the log's last ISO week ends early (the habitual users are then a lower bound).</summary>
    public static string LastWeekNote(KpiFindings kpi) => kpi.LastWeekIsPartial ? PartialNote(kpi) : string.Empty;

    private static string PartialNote(KpiFindings kpi) =>
        $"（{kpi.LastUsageDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}までのデータ、下限）";
}
