namespace GaiEval.Core.Rounds.Submissions;

using GaiEval.Core.Plans;

/// <summary>
/// A vendor's submission to a round, read from its folder's <c>submission.yaml</c>: who submits what, how it is
/// deployed and priced, and either an <see cref="Endpoint"/> the ward runs or an <see cref="AnswersFile"/> of answers to
/// public items (exactly one of the two).
/// </summary>
public sealed record Submission
{
    /// <summary>The submission's folder (full path).</summary>
    public required string Folder { get; init; }

    /// <summary>The full path of <c>submission.yaml</c>.</summary>
    public required string ManifestFile { get; init; }

    public required string Vendor { get; init; }

    public required string Product { get; init; }

    public required string Model { get; init; }

    public required string ModelVersion { get; init; }

    public required DeploymentMethod Method { get; init; }

    /// <summary>The plan's deployment profile; null when the submission has no <c>deployment:</c>.</summary>
    public DeploymentProfile? Deployment { get; init; }

    /// <summary>Where the product runs, in the vendor's words.</summary>
    public required string Hosting { get; init; }

    /// <summary>Retention and training use of the data sent, in the vendor's words; null when <see cref="Deployment"/> states both.</summary>
    public string? DataTerms { get; init; }

    public Pricing? Pricing { get; init; }

    public required SubmissionContact Contact { get; init; }

    /// <summary>How many variants the vendor tried before this one (shown on the leaderboard).</summary>
    public required int VariantsTried { get; init; }

    public required SubmissionStatement Statement { get; init; }

    public SubmittedEndpoint? Endpoint { get; init; }

    /// <summary>The full path of the answers file (<c>answers:</c>, relative to the folder).</summary>
    public string? AnswersFile { get; init; }
}
