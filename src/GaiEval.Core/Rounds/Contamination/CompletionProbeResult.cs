namespace GaiEval.Core.Rounds.Contamination;

/// <summary>
/// One verbatim-completion probe sent to one submission's endpoint: the first half of a public item's reference was
/// given, and the answer is compared with the second half. <see cref="Answered"/> false (a failed call) leaves it undecided.
/// </summary>
public sealed record CompletionProbeResult
{
    /// <summary>The round's run the probe belongs to (a result of another run of the same folder is ignored).</summary>
    public string? RunId { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>The public item whose reference was split.</summary>
    public required string ItemId { get; init; }

    public required bool Answered { get; init; }

    /// <summary>Longest run of characters (normalised) the answer shares with the withheld second half.</summary>
    public int LongestRun { get; init; }

    /// <summary>Share of the second half's 13-grams found in the answer.</summary>
    public double Coverage { get; init; }

    /// <summary>True when the answer reproduces the second half (see <c>CompletionCheck</c>).</summary>
    public bool Completed { get; init; }
}
