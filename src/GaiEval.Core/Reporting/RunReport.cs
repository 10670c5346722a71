namespace GaiEval.Core.Reporting;

using GaiEval.Core.Analysis;

/// <summary>The report model: built once from the store, rendered by every writer.</summary>
public sealed record RunReport(RunResults Results, RunSummary Summary)
{
    public static RunReport Build(RunResults results) => new(results, RunSummaryBuilder.Build(results));
}
