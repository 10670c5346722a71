namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>削減業務時間 (b), measured: per category and overall (null without observations), minutes per task.</summary>
public sealed record MeasuredTimeSavedResult(IReadOnlyList<CategoryTimeDifference> Categories, Estimate? Overall, string Method);
