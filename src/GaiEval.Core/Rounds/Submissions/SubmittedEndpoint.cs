namespace GaiEval.Core.Rounds.Submissions;

using GaiEval.Core.Plans;

/// <summary>
/// A vendor's endpoint (submission key <c>endpoint:</c>): the adapter and how to reach it. The ward assigns the id and
/// the name, and sets the system prompt, retrieval, limits and sampling alike for every endpoint of a round.
/// </summary>
public sealed record SubmittedEndpoint
{
    /// <summary>openai | azure-openai | ollama | http.</summary>
    public required string Adapter { get; init; }

    public string? Endpoint { get; init; }

    public string? Model { get; init; }

    /// <summary>The name of the environment variable holding the key; never the key.</summary>
    public string? ApiKeyEnv { get; init; }

    public string? ApiVersion { get; init; }

    public HttpTemplate? Http { get; init; }

    /// <summary>Tokenizer used to estimate tokens the endpoint does not report.</summary>
    public string Tokenizer { get; init; } = "o200k_base";
}
