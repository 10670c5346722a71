namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// 削減業務時間 from real use in analysis.json, by method and never merged: self-reported per survey wave, and measured per
/// task category. The gold-set estimate is <c>economics</c>. Departments answered by fewer than five staff are withheld.
/// </summary>
public sealed record KpiTimeSavedFacts(IReadOnlyList<SelfReportedTimeFacts>? SelfReported, MeasuredTimeSavedResult? Measured)
{
    public static KpiTimeSavedFacts Of(IReadOnlyList<WaveSelfReportedTime> selfReported, MeasuredTimeSavedResult? measured) =>
        new(selfReported.Count > 0 ? [.. selfReported.Select(SelfReportedTimeFacts.Of)] : null, measured);
}
