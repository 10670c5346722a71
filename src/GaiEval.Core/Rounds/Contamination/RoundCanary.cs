namespace GaiEval.Core.Rounds.Contamination;

/// <summary>
/// canary.json: the random string planted in every public item published for a round (written by <c>round publish</c>).
/// It is public by design; an answer that contains it was copied from the published file or learnt from it.
/// </summary>
public sealed record RoundCanary
{
    public required string Round { get; init; }

    public required string Canary { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
}
