namespace GaiEval.Core.Plans;

/// <summary>The adapters a provider profile can name.</summary>
public static class AdapterNames
{
    public const string BuiltinRetrieval = "builtin-retrieval";
    public const string OpenAi = "openai";
    public const string AzureOpenAi = "azure-openai";
    public const string Ollama = "ollama";
    public const string Http = "http";

    /// <summary>Answers collected by staff from a web service's UI and imported (gaieval collect); the runner never calls it.</summary>
    public const string Manual = "manual";

    /// <summary>Answers prepared in a JSONL file (<c>answers:</c>), replayed through the same pipeline as a called provider.</summary>
    public const string Answers = "answers";

    /// <summary>Every adapter, in the order of <see cref="AdapterCatalogue.All"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. AdapterCatalogue.All.Select(a => a.Name)];
}
