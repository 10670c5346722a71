namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// What analysis keeps of one stored call: every figure of <see cref="ResponseRecord"/> but the answer's text and the
/// passages' texts, so that a loaded run costs the number of its answers, not their length. The text is read back with
/// <see cref="RunResults.Answer"/>.
/// </summary>
public sealed record ResponseSummary
{
    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>1-based.</summary>
    public required int Repeat { get; init; }

    public required ResponseStatus Status { get; init; }

    /// <summary>Whether the provider gave a text (an empty one included).</summary>
    public bool HasText { get; init; }

    public string? Error { get; init; }

    public int Attempts { get; init; }

    public double? LatencyMs { get; init; }

    public double? TtftMs { get; init; }

    public double? TotalMs { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public TokenSource TokenSource { get; init; }

    public string? Tokenizer { get; init; }

    public string? Model { get; init; }

    public IReadOnlyList<string> RetrievedIds { get; init; } = [];

    public bool Cached { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>Where the answer's text lies in the run's <see cref="AnswerTexts"/>.</summary>
    internal AnswerTextSpan TextPlace { get; init; }

    public ResponseKey Key => new(ItemId, ProviderId, Repeat);
}
