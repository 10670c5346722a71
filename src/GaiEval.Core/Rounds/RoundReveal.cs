namespace GaiEval.Core.Rounds;

/// <summary>reveal.json: written at close, with the salt, so that anyone holding the hidden set can recompute the commitment.</summary>
public sealed record RoundReveal
{
    public required string Round { get; init; }

    public required DateTimeOffset ClosedAt { get; init; }

    public string Scheme { get; init; } = HiddenSetCommitment.Scheme;

    public required string Commitment { get; init; }

    /// <summary>The 32 salt bytes as lower-case hex.</summary>
    public required string Salt { get; init; }

    public required int HiddenItems { get; init; }

    /// <summary>SHA-256 of the canonical form without the salt (lower-case hex).</summary>
    public required string CanonicalSha256 { get; init; }

    public string Algorithm { get; init; } = HiddenSetCommitment.Algorithm;
}
