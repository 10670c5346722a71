namespace GaiEval.Core.Rounds;

/// <summary>
/// commitment.json: what a ward publishes in the round's notice before the round. It names the hidden set by its salted
/// hash only: no salt, no item text.
/// </summary>
public sealed record RoundCommitment
{
    public required string Round { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Scheme { get; init; } = HiddenSetCommitment.Scheme;

    public required string Commitment { get; init; }

    public required int HiddenItems { get; init; }

    public string Algorithm { get; init; } = HiddenSetCommitment.Algorithm;

    /// <summary>The test-set file the commitment was made from (full path), which close checks again.</summary>
    public required string Testset { get; init; }
}
