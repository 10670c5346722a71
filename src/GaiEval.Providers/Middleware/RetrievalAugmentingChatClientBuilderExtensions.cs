namespace GaiEval.Providers.Middleware;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Providers.Knowledge;
using Microsoft.Extensions.AI;

/// <summary>Adds <see cref="RetrievalAugmentingChatClient"/> to a chat client pipeline.</summary>
public static class RetrievalAugmentingChatClientBuilderExtensions
{
    /// <summary>Puts the chunks retrieved from <paramref name="index"/> into each request (see <see cref="RetrievalAugmentingChatClient"/>).</summary>
    /// <remarks>Use it outside rate limiting and measurement, so that tokens are counted with the retrieved text.</remarks>
    public static ChatClientBuilder UseRetrievalAugmentation(this ChatClientBuilder builder, Bm25Index index, RetrievalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(settings);
        return builder.Use(inner => new RetrievalAugmentingChatClient(inner, index, settings));
    }

    /// <summary>
    /// Retrieval augmentation from the knowledge base's index for <paramref name="settings"/>, over the documents whose
    /// 機密区分 is within <paramref name="clearance"/>; fixed-size chunks are shown with their document's title, 所管課 and 更新日.
    /// </summary>
    public static ChatClientBuilder UseRetrievalAugmentation(
        this ChatClientBuilder builder, KnowledgeBase knowledge, RetrievalSettings settings, Sensitivity clearance)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(settings);
        Bm25Index index = knowledge.GetIndex(settings, clearance);
        return builder.Use(inner => new RetrievalAugmentingChatClient(inner, index, settings, knowledge.Documents));
    }
}
