namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>
/// The figures a decision rests on, however they are computed: the estimate of a criterion's metric (see
/// <see cref="DecisionMetrics"/>) over the criterion's scope (<see cref="CriterionScope.Of"/>) for one provider.
/// </summary>
public interface ICriterionMetrics
{
    /// <summary>The estimate with its 95% interval; null when this metric cannot be measured for this provider (no prices, no economics, ...).</summary>
    Estimate? Measure(ProviderProfile provider, Criterion criterion);
}
