namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>One criterion judged for one provider, with the estimate it rests on and the reason in Japanese.</summary>
public sealed record CriterionVerdict
{
    public required Criterion Criterion { get; init; }

    public required DecisionMetric Metric { get; init; }

    public required CriterionOutcome Outcome { get; init; }

    /// <summary>Null when the metric was not measured.</summary>
    public Estimate? Estimate { get; init; }

    /// <summary>For an inconclusive criterion: the sample size that would settle it at the observed value, when it can be told.</summary>
    public int? SampleSizeToSettle { get; init; }

    /// <summary>e.g. 「正答率 0.912 [0.874, 0.940] ≥ 0.85: 区間全体が基準を満たす」.</summary>
    public required string Reason { get; init; }
}
