namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;

/// <summary>
/// The KPIs from real use in analysis.json: every figure with its method and n, a part left out when its data was not
/// given (<see cref="Metrics"/> says why). Aggregates only: no staff key, no per-user row and no free text of staff.
/// </summary>
public sealed record KpiFacts(
    string? Provider,
    KpiSelection Selection,
    IReadOnlyList<KpiSourceFacts> Sources,
    IReadOnlyDictionary<string, int> EligibleStaff,
    TimeSavedAssumptions Assumptions,
    IReadOnlyList<SatisfactionWaveFacts>? Satisfaction,
    IReadOnlyList<SelfReportedUse>? SelfReportedUse,
    KpiUsersFacts? Users,
    KpiTokensFacts? Tokens,
    KpiTimeSavedFacts TimeSaved,
    FeedbackResult? Feedback,
    IReadOnlyList<KpiMetricFacts> Metrics,
    IReadOnlyList<string> Notes)
{
    public static KpiFacts Of(KpiFindings kpi)
    {
        ArgumentNullException.ThrowIfNull(kpi);
        return new(
            kpi.Provider,
            kpi.Selection,
            [.. kpi.Sources.Select(KpiSourceFacts.Of)],
            kpi.EligibleStaff,
            kpi.Assumptions,
            kpi.Satisfaction is { } satisfaction ? [.. satisfaction.Waves.Select(SatisfactionWaveFacts.Of)] : null,
            kpi.SelfReportedUse.Count > 0 ? kpi.SelfReportedUse : null,
            kpi.Users is { } users ? KpiUsersFacts.Of(users) : null,
            kpi.Tokens is { } tokens ? KpiTokensFacts.Of(tokens) : null,
            KpiTimeSavedFacts.Of(kpi.SelfReportedTime, kpi.MeasuredTime),
            kpi.Feedback,
            [.. KpiMetrics.Names.Select(name => new KpiMetricFacts(name, KpiMetrics.Measure(kpi, name), KpiMetrics.WhyNotMeasured(kpi, name)))],
            kpi.Notes);
    }
}
