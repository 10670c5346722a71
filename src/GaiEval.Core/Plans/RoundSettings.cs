namespace GaiEval.Core.Plans;

using System.Text.Json.Serialization;
using GaiEval.Core.Model;

/// <summary>
/// The plan's <c>round:</c> block: what the ward sets alike for every submission of a vendor round (gaieval round run).
/// Each submitted endpoint gets this system prompt, RAG, limits (retries included), sampling and clearance; the items
/// are sent to every endpoint in the one order drawn from <see cref="Seed"/>.
/// </summary>
public sealed record RoundSettings
{
    private const int DefaultCompletionProbes = 20;

    public RoundSettings()
    {
    }

    /// <summary>For JSON: settings stored without <see cref="CompletionProbes"/> keep its default (generated metadata would give 0, dotnet/runtime#84484).</summary>
    [JsonConstructor]
    internal RoundSettings(int completionProbes = DefaultCompletionProbes) => CompletionProbes = completionProbes;

    public string? SystemPrompt { get; init; }

    public double? Temperature { get; init; }

    public int? MaxOutputTokens { get; init; }

    /// <summary>Retrieval-augmented generation over the plan's knowledge for every endpoint; null for none.</summary>
    public RetrievalSettings? Rag { get; init; }

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    public ProviderLimits Limits { get; init => field = value ?? new ProviderLimits(); } = new();

    /// <summary>The highest sensitivity sent to an endpoint (lowered to public for a method that may train on inputs).</summary>
    public Sensitivity Clearance { get; init; } = Sensitivity.Public;

    /// <summary>The seed of the item order; null derives it from the round's name.</summary>
    public int? Seed { get; init; }

    /// <summary>How many verbatim-completion probes each endpoint is sent (0: none).</summary>
    public int CompletionProbes { get; init; } = DefaultCompletionProbes;
}
