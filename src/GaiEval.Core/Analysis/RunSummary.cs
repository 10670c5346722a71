namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>The headline figures of a run, one row per provider, in plan order.</summary>
public sealed record RunSummary(RunInfo Run, IReadOnlyList<ProviderSummary> Providers)
{
    public int FailedCalls => Providers.Sum(p => p.Failed);

    public int MissingCalls => Providers.Sum(p => p.Planned - p.Stored);
}
