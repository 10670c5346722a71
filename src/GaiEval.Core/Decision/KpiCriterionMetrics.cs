namespace GaiEval.Core.Decision;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Plans;

/// <summary>
/// The gate's figures when criteria may name KPI metrics (<see cref="KpiMetrics"/>): those come from the KPIs of real use,
/// and only for the provider whose real use they are (<see cref="KpiFindings.Provider"/>); every other metric comes from
/// <paramref name="inner"/> (the test run). A KPI criterion of any other provider is not measured, never borrowed.
/// A census share counted over part of its period (the last month cut short at either end, the last week cut short, fewer
/// than 4 weeks for the habitual share) is only a lower bound, so it is judged as the interval [share, 1]: it can pass,
/// but never fail on the days not yet seen. Users whose department is not in the eligible map are left out of a share (a
/// misspelt department would lower it), so while there are any the share is judged as [known ÷ eligible,
/// min(1, (known + unknown) ÷ eligible)]. The self-reported hours of a wave with departments not extrapolated undercount
/// the total, so they are judged as [low, no upper limit): they can pass, never fail.
/// </summary>
/// <param name="inner">The test run's figures.</param>
/// <param name="kpi">The KPIs from real use; null when the plan names none (every KPI criterion is then not measured).</param>
public sealed class KpiCriterionMetrics(ICriterionMetrics inner, KpiFindings? kpi) : ICriterionMetrics
{
    public Estimate? Measure(ProviderProfile provider, Criterion criterion) =>
        !KpiMetrics.IsKpiMetric(criterion.Metric) ? inner.Measure(provider, criterion)
        : Applies(provider, criterion) ? Judged(kpi!, criterion.Metric)
        : null;

    /// <summary>Whether the provider has any answer: a provider with none is not measured, whatever its real use.</summary>
    public string? WhyNotMeasured(ProviderProfile provider) => inner.WhyNotMeasured(provider);

    public string? WhyNotMeasured(ProviderProfile provider, Criterion criterion)
    {
        if (!KpiMetrics.IsKpiMetric(criterion.Metric))
        {
            return inner.WhyNotMeasured(provider, criterion);
        }

        return kpi switch
        {
            null => "計画に kpi:（実利用データ）がない",
            { Provider: null } => "計画の kpi.provider で実利用データの提供先を指定していない",
            _ when kpi.Provider != provider.Id => $"実利用データは {kpi.Provider} のもので、この提供先のものではない",
            _ when CriterionScope.Of(criterion).Kind != ScopeKind.All => "実利用の指標は scope: all でだけ測れる",
            _ => KpiMetrics.WhyNotMeasured(kpi, criterion.Metric),
        };
    }

    private static Estimate? Judged(KpiFindings kpi, string metric) => (KpiMetrics.Measure(kpi, metric), metric) switch
    {
        ({ } share, KpiMetrics.ActiveShare) => Share(
            share, kpi.LastMonth!.Share.UnknownDepartments.Sum(d => d.Count), kpi.LastMonth.Share.Total.Eligible ?? 0, MonthCut(kpi)),
        ({ } share, KpiMetrics.HabitualShare) => Share(share, kpi.Users!.Funnel!.UnknownDepartmentUsers, kpi.Users.Funnel.Eligible, WeeksCut(kpi)),
        ({ } hours, KpiMetrics.HoursSavedPerMonth) when kpi.LatestSelfReportedTime is { NotExtrapolated.Count: > 0 } wave => hours with
        {
            High = double.PositiveInfinity,
            Method = $"{hours.Method}; 回答者のいない部署（{string.Join("、", wave.NotExtrapolated)}）を外挿していないため合計は少なめで、"
                + "区間の下限から上限なしとして判定（基準を満たすとは判定できても、満たさないとは判定しない）",
        },
        (var estimate, _) => estimate,
    };

    /// <summary>Why the last month's share counts only part of the month; empty when it counts the whole month.</summary>
    private static List<string> MonthCut(KpiFindings kpi) =>
    [
        .. kpi.LastMonthIsPartial ? [$"最後の月は {Day(kpi.LastUsageDay)} までのデータのため下限（月全体ではこれ以上）"] : Array.Empty<string>(),
        .. kpi.LastMonthStartsLate ? [$"最後の月は {Day(kpi.FirstUsageDay)} からのデータのため下限（月全体ではこれ以上）"] : Array.Empty<string>(),
    ];

    /// <summary>Why the habitual share counts only part of its 4 weeks; empty when it counts them all.</summary>
    private static List<string> WeeksCut(KpiFindings kpi) =>
    [
        .. kpi.LastWeekIsPartial ? [$"最後の週は {Day(kpi.LastUsageDay)} までのデータのため下限（週全体ではこれ以上）"] : Array.Empty<string>(),
        .. kpi.Users!.Weeks.Count < UsersMeasure.LastWeeksCount
            ? [$"データが {kpi.Users.Weeks.Count} 週分しかなく直近{UsersMeasure.LastWeeksCount}週に満たないため下限（{UsersMeasure.LastWeeksCount}週そろえばこれ以上になりうる）"]
            : Array.Empty<string>(),
    ];

    /// <summary>
    /// A census share judged with what it cannot see: counted over part of its period, a lower bound [share, 1]; with users
    /// of departments outside the eligible map, [share, (counted + those users) ÷ eligible]; else the share as it is.
    /// </summary>
    private static Estimate Share(Estimate share, int unknownUsers, int eligible, IReadOnlyList<string> cut)
    {
        List<string> why = [.. cut];
        double high = share.High;
        if (unknownUsers > 0 && eligible > 0)
        {
            high = Math.Min(1, (double)(share.N + unknownUsers) / eligible);
            why.Add($"対象職員の一覧にない部署の利用者 {unknownUsers}人は割合に含めていない（部署名の誤記なら対象職員）ため、"
                + $"上限は（{share.N} + {unknownUsers}）÷ {eligible}");
        }

        if (cut.Count > 0)
        {
            high = 1;
            why.Add("上限は不明のため 1（基準を満たすとは判定できても、満たさないとは判定しない）");
        }

        return why.Count == 0 ? share : share with { Low = share.Value ?? share.Low, High = high, Method = $"{share.Method}; {string.Join("、", why)}" };
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private bool Applies(ProviderProfile provider, Criterion criterion) =>
        kpi?.Provider is { } owner && owner == provider.Id && CriterionScope.Of(criterion).Kind == ScopeKind.All;
}
