namespace GaiEval.Providers;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Replay;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Providers.Adapters;
using GaiEval.Providers.Adapters.Answers;
using GaiEval.Providers.Adapters.Http;
using GaiEval.Providers.Adapters.Ollama;
using GaiEval.Providers.Adapters.OpenAi;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Middleware;
using Microsoft.Extensions.AI;

/// <summary>
/// Builds a provider's pipeline, outermost first: response cache (when given one) → retrieval augmentation (rag) →
/// rate limit (rpm, tpm) → retries and per-attempt timeout → measurement → adapter. A cache hit waits for no limit and is
/// not measured again; token counts include retrieved text; latency is per attempt. Retrieval (builtin-retrieval and rag)
/// only ever sees the knowledge documents within the provider's clearance. Answers replayed from a file (adapter
/// <c>answers</c>) go through the same layers, except the cache.
/// </summary>
/// <param name="knowledge">The plan's knowledge base, for builtin-retrieval and rag.</param>
/// <param name="cache">The response cache, when the plan says <c>cache: true</c>.</param>
/// <param name="environment">Reads key variables; the process environment by default.</param>
public sealed class ChatClientFactory(
    KnowledgeBase? knowledge, IResponseCache? cache = null, Func<string, string?>? environment = null) : IChatClientFactory
{
    private readonly Func<string, string?> environment = environment ?? Environment.GetEnvironmentVariable;

    public IChatClient Create(ProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ChatClientBuilder builder = CreateAdapter(profile).AsBuilder();

        // Replayed answers are read afresh from their file: a cached copy would outlive an edit of it.
        if (cache is not null && !AdapterCatalogue.Of(profile.Adapter).AnswersFromFile)
        {
            builder.UseResponseCache(cache, profile, knowledge?.ContentHash);
        }

        if (profile.Rag is { } rag)
        {
            builder.UseRetrievalAugmentation(RequireKnowledge(profile), rag, ClearancePolicy.Ceiling(profile));
        }

        return builder
            .UseRateLimiting(profile.Limits, profile.Tokenizer)
            .UseResilience(profile.Limits)
            .UseMeasurement(profile.Tokenizer)
            .Build();
    }

    /// <summary>
    /// A judge's client: the provider's model without retrieval, behind the same limits, retries and cache. Only an
    /// adapter that <see cref="AdapterCapabilities.CanJudge"/> can judge.
    /// </summary>
    public IChatClient CreateJudge(ProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return WhyNotJudge(profile) is { } problem
            ? throw new NotSupportedException(problem)
            : Create(AsJudge(profile));
    }

    /// <summary>The provider as a judge uses it: its model alone, without retrieval (a judge is given the passages in its prompt).</summary>
    public static ProviderProfile AsJudge(ProviderProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile with { Rag = null, Retrieval = null };
    }

    /// <summary>Why the provider cannot judge (it is no language model), or null when it can.</summary>
    public static string? WhyNotJudge(ProviderProfile profile) =>
        !AdapterCatalogue.Of(profile.Adapter).CanJudge && AdapterNames.All.Contains(profile.Adapter)
            ? $"提供先 {profile.Id}（{profile.Adapter}）は言語モデルではないため判定者にできません。{string.Join(", ", AdapterCatalogue.Judges)} の提供先を指定してください。"
            : null;

    private IChatClient CreateAdapter(ProviderProfile profile) => profile.Adapter switch
    {
        AdapterNames.BuiltinRetrieval => CreateRetrieval(profile),
        AdapterNames.OpenAi or AdapterNames.AzureOpenAi => OpenAiAdapter.Create(profile, environment),
        AdapterNames.Ollama => OllamaAdapter.Create(profile),
        AdapterNames.Http => HttpTemplateAdapter.Create(profile, environment),
        AdapterNames.Answers => CreateAnswers(profile),
        AdapterNames.Manual => throw new NotSupportedException("manual の提供先は呼び出しません。回答は gaieval collect import で取り込みます。"),
        _ => throw new NotSupportedException($"アダプター '{profile.Adapter}' はありません（使えるもの: {string.Join(", ", AdapterNames.All)}）。"),
    };

    private BuiltinRetrievalChatClient CreateRetrieval(ProviderProfile profile)
    {
        RetrievalSettings settings = profile.Retrieval ?? new RetrievalSettings();
        return new BuiltinRetrievalChatClient(RequireKnowledge(profile).GetIndex(settings, ClearancePolicy.Ceiling(profile)), settings);
    }

    /// <exception cref="InputException">The file changed since the run started (<see cref="ProviderProfile.AnswersHash"/>).</exception>
    private static AnswersChatClient CreateAnswers(ProviderProfile profile)
    {
        AnswerFile file = AnswerFileReader.Load(profile.Answers
            ?? throw new NotSupportedException($"提供先 {profile.Id}（{AdapterNames.Answers}）には answers（回答ファイル）が必要です。"));
        if (profile.AnswersHash is { } pinned && pinned != file.ContentHash)
        {
            throw new InputException(file.Path, 0, "answers",
                $"提供先 {profile.Id} の回答ファイルが実行開始時から変わっています（実行時 {pinned[..12]}、現在 {file.ContentHash[..12]}）。" +
                "1つの実行で異なる回答を混ぜないため、実行開始時の内容に戻して再開するか、新しい実行を始めてください");
        }

        return new AnswersChatClient(file);
    }

    private KnowledgeBase RequireKnowledge(ProviderProfile profile) =>
        knowledge ?? throw new NotSupportedException($"提供先 {profile.Id} は計画の knowledge（ナレッジのフォルダー）を使いますが、読み込まれていません。");
}
