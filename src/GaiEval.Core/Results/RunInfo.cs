namespace GaiEval.Core.Results;

/// <summary>A stored run: what was run, with which plan (snapshot without secrets) and on which gold set.</summary>
public sealed record RunInfo
{
    public required string RunId { get; init; }

    public required string PlanName { get; init; }

    public required string PlanFile { get; init; }

    /// <summary>The validated plan as JSON (it holds environment-variable names, never their values).</summary>
    public required string PlanJson { get; init; }

    public required string TestSetPath { get; init; }

    public required string TestSetHash { get; init; }

    public required int ItemCount { get; init; }

    public required int Repeats { get; init; }

    public required string ToolVersion { get; init; }

    /// <summary>The criteria as JSON and their SHA-256, fixed when the run started.</summary>
    public required string CriteriaJson { get; init; }

    public required string CriteriaHash { get; init; }

    /// <summary>
    /// SHA-256 of the knowledge base the run's calls used (see the providers' knowledge base), or null when the plan has no
    /// knowledge folder or the run was stored before GaiEval recorded it.
    /// </summary>
    public string? KnowledgeHash { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public RunStatus Status { get; init; } = RunStatus.Running;

    /// <summary>Why the run stopped when its status is <see cref="RunStatus.Failed"/> (the error's type and message); else null.</summary>
    public string? Failure { get; init; }
}
