namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;

/// <summary>One criterion's verdict in analysis.json, the metric named rather than described.</summary>
public sealed record CriterionFacts(Criterion Criterion, string Metric, CriterionOutcome Outcome, Estimate? Estimate, int? SampleSizeToSettle, string Reason)
{
    public static CriterionFacts Of(CriterionVerdict v) => new(v.Criterion, v.Metric.Name, v.Outcome, v.Estimate, v.SampleSizeToSettle, v.Reason);
}
