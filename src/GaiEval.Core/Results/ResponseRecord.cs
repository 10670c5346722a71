namespace GaiEval.Core.Results;

/// <summary>The stored outcome of one call: an item sent to a provider once.</summary>
public sealed record ResponseRecord
{
    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>1-based.</summary>
    public required int Repeat { get; init; }

    public required ResponseStatus Status { get; init; }

    public string? Text { get; init; }

    public string? Error { get; init; }

    public int Attempts { get; init; }

    /// <summary>Wall time of the successful (or last) attempt to its last token.</summary>
    public double? LatencyMs { get; init; }

    /// <summary>Time to first token when streaming.</summary>
    public double? TtftMs { get; init; }

    /// <summary>End to end for the item, including retries and waits.</summary>
    public double? TotalMs { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public TokenSource TokenSource { get; init; }

    /// <summary>Tokenizer that produced estimated counts.</summary>
    public string? Tokenizer { get; init; }

    /// <summary>Model that answered, as the provider reports it.</summary>
    public string? Model { get; init; }

    /// <summary>Knowledge chunks that were retrieved for this call.</summary>
    public IReadOnlyList<string> RetrievedIds { get; init; } = [];

    /// <summary>
    /// The text of each retrieved passage as the provider was given it, in the order of <see cref="RetrievedIds"/>; null when
    /// it was not recorded (a response stored before GaiEval kept passage texts), so that it must be rebuilt from the folder.
    /// </summary>
    public IReadOnlyList<string>? RetrievedTexts { get; init; } = [];

    /// <summary>Served from the response cache: its latency is not fresh.</summary>
    public bool Cached { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    public ResponseKey Key => new(ItemId, ProviderId, Repeat);
}
