namespace GaiEval.Core.Kpi;

/// <summary>One request in a platform's or gateway's usage log, as imported (the user already pseudonymised).</summary>
public sealed record UsageEvent
{
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>The keyed hash of the user's staff key; the raw key is never kept.</summary>
    public required string User { get; init; }

    public string? Department { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public string? Model { get; init; }

    /// <summary>One of the seven uses (ItemUses), when the log says.</summary>
    public string? Use { get; init; }

    /// <summary>The user's feedback on the answer, when given.</summary>
    public UsageFeedback? Feedback { get; init; }

    /// <summary>Traffic of the evaluation harness itself: never counted as a user, counted apart.</summary>
    public bool FromHarness { get; init; }
}
