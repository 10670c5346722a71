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

    /// <summary>
    /// Why nothing of this provider can be judged (skipped, withheld from every item, failed on every call), in Japanese;
    /// null when it has answers. A provider not measured is never judged from its empty figures.
    /// </summary>
    string? WhyNotMeasured(ProviderProfile provider) => null;

    /// <summary>Why <see cref="Measure"/> gives no estimate for this criterion (no exchange rate, no pricing, ...); null when it is not known.</summary>
    string? WhyNotMeasured(ProviderProfile provider, Criterion criterion) => null;
}
