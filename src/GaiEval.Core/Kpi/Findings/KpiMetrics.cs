namespace GaiEval.Core.Kpi.Findings;

using GaiEval.Core.Analysis;

/// <summary>
/// The KPI figures a criterion may name, read from <see cref="KpiFindings"/>: each is the latest wave's or month's figure
/// with its interval (a census has none), or null with the reason it cannot be measured.
/// </summary>
public static class KpiMetrics
{
    public const string SatisfactionTopTwo = "satisfaction_top2";
    public const string SatisfactionMean = "satisfaction_mean";
    public const string Nps = "nps";
    public const string ActiveShare = "active_share";
    public const string HabitualShare = "habitual_share";
    public const string HoursSavedPerMonth = "hours_saved_per_month";
    public const string MeasuredMinutesSaved = "measured_minutes_saved";
    public const string BadFeedbackRate = "bad_feedback_rate";

    public static IReadOnlyList<string> Names { get; } =
        [SatisfactionTopTwo, SatisfactionMean, Nps, ActiveShare, HabitualShare, HoursSavedPerMonth, MeasuredMinutesSaved, BadFeedbackRate];

    public static bool IsKpiMetric(string metric) => Names.Contains(metric, StringComparer.Ordinal);

    /// <summary>The figure, or null; <see cref="WhyNotMeasured"/> tells why.</summary>
    public static Estimate? Measure(KpiFindings findings, string metric)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return metric switch
        {
            SatisfactionTopTwo => findings.LatestSatisfaction?.Users.TopTwo,
            SatisfactionMean => findings.LatestSatisfaction?.Users.Mean,
            Nps => findings.LatestSatisfaction?.Nps,
            ActiveShare => findings.LastMonth?.Share.Total.Rate,
            HabitualShare => Habitual(findings),
            HoursSavedPerMonth => findings.LatestSelfReportedTime?.HoursPerMonth,
            MeasuredMinutesSaved => findings.MeasuredTime?.Overall,
            BadFeedbackRate => findings.Feedback?.BadShare,
            _ => null,
        };
    }

    /// <summary>Why <see cref="Measure"/> gives nothing, in Japanese; null when it gives a figure.</summary>
    public static string? WhyNotMeasured(KpiFindings findings, string metric)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (Measure(findings, metric) is not null)
        {
            return null;
        }

        const string NoEligible = "対象職員数（kpi.eligible_staff）が与えられていない";
        return metric switch
        {
            SatisfactionTopTwo or SatisfactionMean when !findings.HasSurvey => "期間内の職員アンケートがない",
            SatisfactionTopTwo or SatisfactionMean => "利用者の満足度の回答がない",
            Nps => "アンケートに推奨度（recommend, 0〜10）の回答がない",
            ActiveShare or HabitualShare when !findings.HasUsage => "期間内の利用ログ（評価ハーネス以外）がない",
            ActiveShare or HabitualShare => NoEligible,
            HoursSavedPerMonth when !findings.HasSurvey => "期間内の職員アンケートがない",
            HoursSavedPerMonth when !findings.HasEligibleStaff => NoEligible,
            HoursSavedPerMonth => "削減時間（1回あたりの分・週あたりの回数）の回答がない",
            MeasuredMinutesSaved => "期間内の業務時間の実測（timing）がない",
            BadFeedbackRate => "利用ログに評価（good/bad）がない",
            _ => "実利用の指標ではない",
        };
    }

    /// <summary>Habitual users (active in ≥ 3 of the last 4 weeks) ÷ eligible staff; a census, no interval.</summary>
    private static Estimate? Habitual(KpiFindings findings) =>
        findings.Users?.Funnel is { Eligible: > 0 } funnel
            ? Estimate.Exact((double)funnel.Habitual / funnel.Eligible, funnel.Habitual, "定着利用者（直近4週のうち3週以上利用）÷ 対象職員（全数、区間なし）")
            : null;
}
