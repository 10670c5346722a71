namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>One candidate method's column of the comparison: what it is (profile), what it may handle, how well it answered, what it costs.</summary>
public sealed record CandidateColumn
{
    public required string ProviderId { get; init; }

    public required string Name { get; init; }

    public required DeploymentMethod Method { get; init; }

    /// <summary>The plan's <c>deployment:</c>; null when the plan states none (every fact 未記入).</summary>
    public DeploymentProfile? Profile { get; init; }

    /// <summary>The highest sensitivity the clearance policy lets it receive.</summary>
    public required Sensitivity Ceiling { get; init; }

    public required Coverage Coverage { get; init; }

    /// <summary>Accuracy on the items it may handle (every scored call).</summary>
    public required Estimate Accuracy { get; init; }

    /// <summary>Accuracy on the calls every candidate answered and had scored (<see cref="DeploymentComparison.CommonCalls"/>).</summary>
    public required Estimate CommonAccuracy { get; init; }

    public required Estimate RefusalAccuracy { get; init; }

    public required Estimate TrapFailureRate { get; init; }

    /// <summary>Null when no fresh answered call has a latency.</summary>
    public Estimate? LatencyP50Ms { get; init; }

    public Estimate? LatencyP95Ms { get; init; }

    /// <summary>Accuracy per use (用途) on the items it may handle.</summary>
    public required IReadOnlyList<GroupAccuracy> AccuracyByUse { get; init; }

    public required CandidateCost Cost { get; init; }
}
