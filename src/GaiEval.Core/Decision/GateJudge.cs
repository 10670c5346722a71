namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// Judges every provider of a run against a set of criteria, from estimates supplied by <paramref name="metrics"/>;
/// <paramref name="sampleSizeToSettle"/> gives, for an estimate and a threshold, the sample size at which the observed
/// value would settle the criterion (null when it cannot be told); a KPI metric uses its own rule instead
/// (<see cref="SettlingSampleSize.For"/>).
/// </summary>
public sealed class GateJudge(ICriterionMetrics metrics, Func<Estimate, double, int?> sampleSizeToSettle)
{
    public CriterionVerdict Judge(ProviderProfile provider, Criterion criterion)
    {
        Estimate? estimate = metrics.Measure(provider, criterion);
        return CriterionJudge.Judge(
            criterion, estimate, SettlingSampleSize.For(criterion.Metric, sampleSizeToSettle), estimate is null ? metrics.WhyNotMeasured(provider, criterion) : null);
    }

    /// <summary>A provider not measured at all is 要追加検証 with every criterion NOT MEASURED; else its criteria decide.</summary>
    public ProviderVerdict Judge(ProviderProfile provider, IReadOnlyList<Criterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(criteria);
        return metrics.WhyNotMeasured(provider) is { } why
            ? OverallJudge.NotMeasured(provider, [.. criteria.Select(c => CriterionJudge.NotMeasured(c, why))], why)
            : OverallJudge.Combine(provider, [.. criteria.Select(c => Judge(provider, c))]);
    }

    /// <summary>
    /// Judges the providers of <paramref name="plan"/> (the run's own plan) against <paramref name="criteria"/>, or against
    /// the plan's criteria when null, and compares their hash with the one <paramref name="run"/> stored when it started.
    /// </summary>
    public GateDecision Decide(RunInfo run, EvalPlan plan, IReadOnlyList<Criterion>? criteria = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(plan);
        IReadOnlyList<Criterion> used = criteria ?? plan.Criteria;
        return new GateDecision
        {
            Run = run,
            Criteria = used,
            Providers = [.. plan.Providers.Select(p => Judge(p, used))],
            CriteriaHash = PlanSnapshot.CriteriaHash(plan with { Criteria = used }),
        };
    }

    public GateDecision Decide(RunResults results, IReadOnlyList<Criterion>? criteria = null) =>
        Decide(results.Run, results.Plan, criteria);
}
