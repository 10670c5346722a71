namespace GaiEval.Core.Rounds;

using GaiEval.Core.Plans;

/// <summary>One submission of a round as the run knows it: the provider id the ward gave it and what the vendor declared.</summary>
public sealed record RoundEntry
{
    /// <summary>The provider id in the run (s1, s2, … in the order of the submission folders' names).</summary>
    public required string ProviderId { get; init; }

    /// <summary>The submission folder's name (not its path).</summary>
    public required string Folder { get; init; }

    public required string Vendor { get; init; }

    public required string Product { get; init; }

    public required string Model { get; init; }

    public required string ModelVersion { get; init; }

    public required DeploymentMethod Method { get; init; }

    public required SubmissionKind Kind { get; init; }

    public required int VariantsTried { get; init; }
}
