namespace GaiEval.Providers;

using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Adapters;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;

/// <summary>
/// Builds a provider's pipeline: rate limit → retries and timeout → measurement → adapter.
/// The rate limit applies once per item, retries wrap each attempt, and latency is measured per attempt.
/// </summary>
public sealed class ChatClientFactory(KnowledgeBase? knowledge) : IChatClientFactory
{
    public IChatClient Create(ProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return CreateAdapter(profile)
            .AsBuilder()
            .UseRateLimiting(profile.Limits)
            .UseResilience(profile.Limits)
            .UseMeasurement(profile.Tokenizer)
            .Build();
    }

    private IChatClient CreateAdapter(ProviderProfile profile) => profile.Adapter switch
    {
        AdapterNames.BuiltinRetrieval => CreateRetrieval(profile),
        _ => throw new NotSupportedException($"アダプター '{profile.Adapter}' はこの版ではまだ使えません（使えるもの: builtin-retrieval）。"),
    };

    private BuiltinRetrievalChatClient CreateRetrieval(ProviderProfile profile)
    {
        RetrievalSettings settings = profile.Retrieval ?? new RetrievalSettings();
        KnowledgeBase kb = knowledge
            ?? throw new NotSupportedException("builtin-retrieval には計画の knowledge（ナレッジのフォルダー）が必要です。");
        return new BuiltinRetrievalChatClient(kb.GetIndex(settings), settings);
    }
}
