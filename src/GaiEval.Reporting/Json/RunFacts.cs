namespace GaiEval.Reporting.Json;

using GaiEval.Core.Results;

/// <summary>A stored run's identity in analysis.json: what was run, on which test set, under which criteria.</summary>
public sealed record RunFacts(
    string RunId,
    string PlanName,
    string TestSetHash,
    int ItemCount,
    int Repeats,
    string ToolVersion,
    string CriteriaHash,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    RunStatus Status,
    string? Failure,
    string? KnowledgeHash)
{
    public static RunFacts Of(RunInfo run) =>
        new(run.RunId, run.PlanName, run.TestSetHash, run.ItemCount, run.Repeats, run.ToolVersion, run.CriteriaHash, run.StartedAt, run.FinishedAt,
            run.Status, run.Failure, run.KnowledgeHash);
}
