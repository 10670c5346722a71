namespace GaiEval.Core.Plans;

/// <summary>Every adapter a provider profile can name, with its capabilities; a new adapter is added here.</summary>
public static class AdapterCatalogue
{
    private static readonly AdapterCapabilities Model = new(string.Empty)
    {
        NeedsNetwork = true,
        CalledByRunner = true,
        CanJudge = true,
        NeedsEndpoint = true,
        NeedsModel = true,
    };

    public static IReadOnlyList<AdapterCapabilities> All { get; } =
    [
        new(AdapterNames.BuiltinRetrieval) { CalledByRunner = true, SearchesKnowledge = true },
        Model with { Name = AdapterNames.OpenAi },
        Model with { Name = AdapterNames.AzureOpenAi },
        Model with { Name = AdapterNames.Ollama },
        new(AdapterNames.Http) { NeedsNetwork = true, CalledByRunner = true, CanJudge = true, NeedsEndpoint = true, NeedsHttpTemplate = true },
        new(AdapterNames.Manual) { CollectedByHand = true },
        new(AdapterNames.Answers) { CalledByRunner = true, AnswersFromFile = true },
    ];

    /// <summary>
    /// The adapter's capabilities. A name not in the catalogue (only a plan built in code can have one) is taken as
    /// called by the runner and capable of nothing else, so that building its client reports the unknown name.
    /// </summary>
    public static AdapterCapabilities Of(string adapter) =>
        All.FirstOrDefault(a => a.Name == adapter) ?? new AdapterCapabilities(adapter) { CalledByRunner = true };

    /// <summary>The names of the adapters that can judge, for messages.</summary>
    public static IReadOnlyList<string> Judges { get; } = [.. All.Where(a => a.CanJudge).Select(a => a.Name)];
}
