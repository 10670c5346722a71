namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;

/// <summary>A metric source with set figures per provider and metric; anything not set is not measurable.</summary>
internal sealed class FixedMetrics : ICriterionMetrics
{
    private readonly Dictionary<(string Provider, string Metric), Estimate> figures = [];

    public List<(string Provider, Criterion Criterion)> Asked { get; } = [];

    public FixedMetrics Set(string provider, string metric, Estimate estimate)
    {
        figures[(provider, metric)] = estimate;
        return this;
    }

    public Estimate? Measure(ProviderProfile provider, Criterion criterion)
    {
        Asked.Add((provider.Id, criterion));
        return figures.GetValueOrDefault((provider.Id, criterion.Metric));
    }
}
