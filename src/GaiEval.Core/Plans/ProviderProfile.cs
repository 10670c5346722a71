namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>One provider of a plan: which deployment method, which adapter, and how it may be called.</summary>
public sealed record ProviderProfile
{
    /// <summary>[a-z0-9-], unique in the plan.</summary>
    public required string Id { get; init; }

    /// <summary>Display name (Japanese), shown in reports.</summary>
    public required string Name { get; init; }

    public required DeploymentMethod Method { get; init; }

    /// <summary>One of <see cref="AdapterNames.All"/>; what it can do is <see cref="AdapterCatalogue.Of"/>.</summary>
    public required string Adapter { get; init; }

    public string? Endpoint { get; init; }

    public string? Model { get; init; }

    /// <summary>The name of the environment variable holding the key; never the key.</summary>
    public string? ApiKeyEnv { get; init; }

    public string? SystemPrompt { get; init; }

    /// <summary>API version of an Azure OpenAI deployment (azure-openai); the deployment name is <see cref="Model"/>.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>Sampling temperature sent with every request; null leaves the provider's default.</summary>
    public double? Temperature { get; init; }

    /// <summary>Upper bound on output tokens per answer; null leaves the provider's default.</summary>
    public int? MaxOutputTokens { get; init; }

    /// <summary>Request and reply shape of the generic <c>http</c> adapter.</summary>
    public HttpTemplate? Http { get; init; }

    /// <summary>The answers file (JSONL, full path) of the <c>answers</c> adapter.</summary>
    public string? Answers { get; init; }

    /// <summary>SHA-256 of the answers file when the run started (set by the run, never read from a plan); a changed file is refused.</summary>
    public string? AnswersHash { get; init; }

    /// <summary>Settings of the builtin-retrieval adapter.</summary>
    public RetrievalSettings? Retrieval { get; init; }

    /// <summary>Retrieval augmentation for a model adapter.</summary>
    public RetrievalSettings? Rag { get; init; }

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    public ProviderLimits Limits { get; init => field = value ?? new ProviderLimits(); } = new();

    public Pricing? Pricing { get; init; }

    /// <summary>How the provider is deployed (network, data handling, customisation, setup, one-off costs); null when the plan has no <c>deployment:</c>.</summary>
    public DeploymentProfile? Deployment { get; init; }

    /// <summary>Highest item sensitivity this provider may receive.</summary>
    public Sensitivity Clearance { get; init; } = Sensitivity.Public;

    /// <summary>A method under decision; the gate judges candidates.</summary>
    public bool Candidate { get; init; }

    /// <summary>A vendor's submission in a round (set by gaieval round run, never read from a plan): never sent private items.</summary>
    public bool Submitted { get; init; }

    /// <summary>Tokenizer used to estimate tokens the provider does not report.</summary>
    public string Tokenizer { get; init => field = value ?? "o200k_base"; } = "o200k_base";
}
