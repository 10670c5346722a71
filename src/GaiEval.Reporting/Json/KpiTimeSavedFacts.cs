namespace GaiEval.Reporting.Json;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// 削減業務時間 from real use in analysis.json, by method and never merged: self-reported per survey wave, and measured per
/// task category. The gold-set estimate is <c>economics</c>.
/// </summary>
public sealed record KpiTimeSavedFacts(IReadOnlyList<WaveSelfReportedTime>? SelfReported, MeasuredTimeSavedResult? Measured);
