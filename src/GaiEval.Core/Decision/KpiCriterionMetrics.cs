namespace GaiEval.Core.Decision;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;

/// <summary>
/// The gate's figures when criteria may name KPI metrics (<see cref="KpiMetrics"/>): those come from the KPIs of real use,
/// and only for the provider whose real use they are (<see cref="KpiFindings.Provider"/>); every other metric comes from
/// <paramref name="inner"/> (the test run). A KPI criterion of any other provider is not measured, never borrowed.
/// A census share counted over part of its period (the last month or week of the log cut short) is only a lower bound,
/// so it is judged as the interval [share, 1]: it can pass, but never fail on the days not yet seen.
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
        ({ } share, KpiMetrics.ActiveShare) when kpi.LastMonthIsPartial => LowerBound(share, $"最後の月は {Day(kpi)} までのデータのため下限（月全体ではこれ以上）"),
        ({ } share, KpiMetrics.HabitualShare) when kpi.LastWeekIsPartial => LowerBound(share, $"最後の週は {Day(kpi)} までのデータのため下限（週全体ではこれ以上）"),
        (var estimate, _) => estimate,
    };

    private static Estimate LowerBound(Estimate share, string why) =>
        share with { Low = share.Value ?? share.Low, High = 1, Method = $"{share.Method}; {why}、上限は不明のため 1" };

    private static string Day(KpiFindings kpi) => kpi.LastUsageDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private bool Applies(ProviderProfile provider, Criterion criterion) =>
        kpi?.Provider is { } owner && owner == provider.Id && CriterionScope.Of(criterion).Kind == ScopeKind.All;
}
