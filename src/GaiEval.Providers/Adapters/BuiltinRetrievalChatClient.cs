namespace GaiEval.Providers.Adapters;

using System.Runtime.CompilerServices;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Knowledge;
using Microsoft.Extensions.AI;

/// <summary>
/// The offline baseline (adapter <c>builtin-retrieval</c>): answers with the text of the best knowledge chunks for the
/// last user message, joined by a blank line, or declines with <see cref="NoAnswerText"/> when the best chunk's
/// relevance is below <see cref="RetrievalSettings.MinScore"/>. No network, deterministic; Usage is left to the
/// token-estimating layer. The ids of the chunks considered go to <see cref="ResponseProperties.RetrievedIds"/>, their
/// texts to <see cref="ResponseProperties.RetrievedTexts"/>.
/// </summary>
public sealed class BuiltinRetrievalChatClient : IChatClient
{
    public const string AdapterName = "builtin-retrieval";

    public const string NoAnswerText = "ご質問に該当する情報が見つからないため、お答えできません。担当窓口にお問い合わせください。";

    private readonly Bm25Index index;
    private readonly RetrievalSettings settings;

    public BuiltinRetrievalChatClient(Bm25Index index, RetrievalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.TopK, 1, nameof(settings));
        this.index = index;
        this.settings = settings;
        ModelId = $"{AdapterName}/{settings.Chunking}";
    }

    /// <summary><c>builtin-retrieval/headings</c> or <c>builtin-retrieval/fixed</c>.</summary>
    public string ModelId { get; }

    public Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        cancellationToken.ThrowIfCancellationRequested();
        var (text, passages) = Answer(messages);
        var properties = new AdditionalPropertiesDictionary();
        passages.AddTo(properties);
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = ModelId,
            FinishReason = ChatFinishReason.Stop,
            AdditionalProperties = properties,
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ChatResponse response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        yield return new ChatResponseUpdate(ChatRole.Assistant, response.Text)
        {
            ModelId = response.ModelId,
            FinishReason = response.FinishReason,
            AdditionalProperties = response.AdditionalProperties,
        };
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null)
        {
            return null;
        }

        if (serviceType == typeof(ChatClientMetadata))
        {
            return new ChatClientMetadata(AdapterName, defaultModelId: ModelId);
        }

        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
    }

    private (string Text, SentPassages Passages) Answer(IEnumerable<ChatMessage> messages)
    {
        string query = messages.LastOrDefault(message => message.Role == ChatRole.User)?.Text ?? string.Empty;
        IReadOnlyList<RetrievalHit> hits = index.Search(query, settings.TopK);
        var passages = new SentPassages([.. hits.Select(hit => hit.Chunk.Id)], [.. hits.Select(hit => hit.Chunk.Text)]);
        if (hits.Count == 0 || hits[0].Relevance < settings.MinScore)
        {
            return (NoAnswerText, passages);
        }

        return (string.Join("\n\n", hits.Select(hit => hit.Chunk.Text)), passages);
    }
}
