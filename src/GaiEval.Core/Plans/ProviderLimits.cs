namespace GaiEval.Core.Plans;

using System.Text.Json.Serialization;

/// <summary>Per-provider limits on calls.</summary>
public sealed record ProviderLimits
{
    private const int DefaultConcurrency = 4;
    private const double DefaultTimeoutS = 60;
    private const int DefaultRetries = 2;

    public ProviderLimits()
    {
    }

    /// <summary>For JSON: a limit missing from a stored plan keeps its default (generated metadata would give 0, dotnet/runtime#84484).</summary>
    [JsonConstructor]
    internal ProviderLimits(int concurrency = DefaultConcurrency, double timeoutS = DefaultTimeoutS, int retries = DefaultRetries)
    {
        Concurrency = concurrency;
        TimeoutS = timeoutS;
        Retries = retries;
    }

    public int Concurrency { get; init; } = DefaultConcurrency;

    /// <summary>Requests per minute; null for no limit.</summary>
    public int? Rpm { get; init; }

    /// <summary>Tokens per minute; null for no limit.</summary>
    public int? Tpm { get; init; }

    public double TimeoutS { get; init; } = DefaultTimeoutS;

    /// <summary>Retries after the first attempt.</summary>
    public int Retries { get; init; } = DefaultRetries;
}
