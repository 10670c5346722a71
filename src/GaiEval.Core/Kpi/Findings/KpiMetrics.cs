namespace GaiEval.Core.Kpi.Findings;

using System.Globalization;
using GaiEval.Core.Analysis;

/// <summary>
/// The KPI figures a criterion may name, read from <see cref="KpiFindings"/>: each is the latest wave's or month's figure
/// with its interval (a census has none), its method naming the wave, month or days it comes from, or null with the
/// reason it cannot be measured.
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
        string? wave = findings.LatestSatisfaction?.Wave;
        return metric switch
        {
            SatisfactionTopTwo => Named(findings.LatestSatisfaction?.Users.TopTwo, $"{wave}回次"),
            SatisfactionMean => Named(findings.LatestSatisfaction?.Users.Mean, $"{wave}回次"),
            Nps => Named(findings.LatestSatisfaction?.Nps, $"{wave}回次"),
            ActiveShare => Named(findings.LastMonth?.Share.Total.Rate, $"{findings.LastMonth?.Month}月"),
            HabitualShare => Habitual(findings),
            HoursSavedPerMonth => Named(findings.LatestSelfReportedTime?.HoursPerMonth, $"{findings.LatestSelfReportedTime?.Wave}回次"),
            MeasuredMinutesSaved => Named(findings.MeasuredTime?.Overall, "期間内の実測すべて"),
            BadFeedbackRate => Named(findings.Feedback?.BadShare, $"{Day(findings.FirstUsageDay)}〜{Day(findings.LastUsageDay)}の利用ログ"),
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
            HoursSavedPerMonth when findings.SelfReportedTime is [.., { Answered: 0 } latest] =>
                $"最新の回次（{latest.Wave}）に削減時間（1回あたりの分・週あたりの回数）を答えた利用者がいない",
            HoursSavedPerMonth when findings.SelfReportedTime is [.., { } latest] => $"最新の回次（{latest.Wave}）の回答者の部署が、どれも対象職員の一覧にない",
            HoursSavedPerMonth => "削減時間（1回あたりの分・週あたりの回数）の回答がない",
            MeasuredMinutesSaved => "期間内の業務時間の実測（timing）がない",
            BadFeedbackRate => "利用ログに評価（good/bad）がない",
            _ => "実利用の指標ではない",
        };
    }

    /// <summary>Habitual users (active in ≥ 3 of the last 4 weeks) ÷ eligible staff; a census, no interval.</summary>
    private static Estimate? Habitual(KpiFindings findings) =>
        findings.Users?.Funnel is { Eligible: > 0 } funnel
            ? Estimate.Exact(
                (double)funnel.Habitual / funnel.Eligible,
                funnel.Habitual,
                $"直近の週（{string.Join("〜", new[] { funnel.LastWeeks[0], funnel.LastWeeks[^1] }.Distinct(StringComparer.Ordinal))}）: "
                + "定着利用者（直近4週のうち3週以上利用）÷ 対象職員（全数、区間なし）")
            : null;

    /// <summary>The estimate with what it was measured over (a wave, a month, days) before its method.</summary>
    private static Estimate? Named(Estimate? estimate, string over) => estimate is null ? null : estimate with { Method = $"{over}: {estimate.Method}" };

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
