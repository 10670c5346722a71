namespace GaiEval.Providers.Middleware;

using System.Runtime.CompilerServices;
using GaiEval.Core.Plans;
using GaiEval.Core.Running;
using GaiEval.Providers.Knowledge;
using Microsoft.Extensions.AI;

/// <summary>
/// Retrieval augmentation (RAG) for any model adapter: searches the knowledge base with the question, and sends the model
/// one system message (the profile's system prompt, Japanese rules for answering only from the reference material, and
/// the retrieved chunks with their headings, 所管課 and 更新日, numbered and delimited), then the other messages.
/// The ids of the chunks sent go to <see cref="ResponseProperties.RetrievedIds"/> (an empty array when none was sent), and
/// their texts as sent (with the header a fixed-size chunk is given) to <see cref="ResponseProperties.RetrievedTexts"/>.
/// </summary>
/// <remarks>
/// The question is the text of the last user message before the runner's 「【資料】」 separator (see
/// <see cref="ItemPrompt"/>), so an item's own context does not steer the search. The best
/// <see cref="RetrievalSettings.TopK"/> hits are taken and those below <see cref="RetrievalSettings.MinScore"/> relevance
/// dropped; when none is left the system message says so and tells the model to point to the responsible office.
/// Every system message of the caller is merged, in order, at the top of that system message. The caller's messages
/// and options are never changed: the inner client gets copies.
/// Place it outside measurement, so token counts and estimates include the retrieved text.
/// </remarks>
public sealed class RetrievalAugmentingChatClient : DelegatingChatClient
{
    internal const string ContextSeparator = ItemPrompt.ContextSeparator;

    private readonly Bm25Index index;
    private readonly RetrievalSettings settings;
    private readonly Dictionary<string, KnowledgeDocument> documents;

    /// <param name="innerClient">The client to call.</param>
    /// <param name="index">The knowledge index to search.</param>
    /// <param name="settings">Top k and the relevance threshold.</param>
    /// <param name="documents">The knowledge documents, to show the title, 所管課 and 更新日 of fixed-size chunks (which
    /// carry none in their text); null when unknown.</param>
    public RetrievalAugmentingChatClient(
        IChatClient innerClient, Bm25Index index, RetrievalSettings settings, IReadOnlyList<KnowledgeDocument>? documents = null)
        : base(innerClient)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.TopK, 1, nameof(settings));
        this.index = index;
        this.settings = settings;
        this.documents = (documents ?? []).ToDictionary(document => document.Path, StringComparer.Ordinal);
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var (augmented, passages) = Augment(messages);
        ChatResponse response = await base.GetResponseAsync(augmented, options?.Clone(), cancellationToken).ConfigureAwait(false);
        response.AdditionalProperties ??= [];
        passages.AddTo(response.AdditionalProperties);
        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var (augmented, passages) = Augment(messages);
        bool first = true;
        await foreach (var update in base.GetStreamingResponseAsync(augmented, options?.Clone(), cancellationToken).ConfigureAwait(false))
        {
            yield return first ? WithPassages(update, passages) : update;
            first = false;
        }

        if (first)
        {
            yield return WithPassages(new ChatResponseUpdate(), passages);
        }
    }

    /// <summary>The search query of a request: the last user message up to the item's own context.</summary>
    internal static string QueryOf(IEnumerable<ChatMessage> messages)
    {
        string text = messages.LastOrDefault(message => message.Role == ChatRole.User)?.Text ?? string.Empty;
        int context = text.IndexOf(ContextSeparator, StringComparison.Ordinal);
        return context < 0 ? text : text[..context];
    }

    private (List<ChatMessage> Messages, SentPassages Passages) Augment(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> request = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        KnowledgeChunk[] chunks = index.Search(QueryOf(request), settings.TopK)
            .Where(hit => hit.Relevance >= settings.MinScore)
            .Select(hit => hit.Chunk)
            .ToArray();

        string profilePrompt = string.Join(
            "\n\n", request.Where(message => message.Role == ChatRole.System).Select(message => message.Text).Where(text => text.Length > 0));
        string[] passages = [.. chunks.Select(chunk => RetrievalPrompt.Passage(chunk, documents))];
        var augmented = new List<ChatMessage>(request.Count + 1)
        {
            new(ChatRole.System, RetrievalPrompt.Build(profilePrompt, chunks, passages)),
        };
        augmented.AddRange(request.Where(message => message.Role != ChatRole.System).Select(message => message.Clone()));
        return (augmented, new SentPassages([.. chunks.Select(chunk => chunk.Id)], passages));
    }

    private static ChatResponseUpdate WithPassages(ChatResponseUpdate update, SentPassages passages)
    {
        ChatResponseUpdate copy = update.Clone();
        copy.AdditionalProperties = update.AdditionalProperties is { } properties ? new(properties) : [];
        passages.AddTo(copy.AdditionalProperties);
        return copy;
    }
}
