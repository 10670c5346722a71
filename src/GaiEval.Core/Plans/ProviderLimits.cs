namespace GaiEval.Core.Plans;

/// <summary>Per-provider limits on calls.</summary>
public sealed record ProviderLimits
{
    public int Concurrency { get; init; } = 4;

    /// <summary>Requests per minute; null for no limit.</summary>
    public int? Rpm { get; init; }

    /// <summary>Tokens per minute; null for no limit.</summary>
    public int? Tpm { get; init; }

    public double TimeoutS { get; init; } = 60;

    /// <summary>Retries after the first attempt.</summary>
    public int Retries { get; init; } = 2;
}
