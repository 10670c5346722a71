namespace GaiEval.Providers.Knowledge;

using System.Collections.Concurrent;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// Looks up the texts of the chunks a response was given (its stored retrieved ids), by chunking the knowledge base the way
/// the response's provider did. Ids that no longer exist (the knowledge changed since the run) are skipped.
/// </summary>
public sealed class RetrievedPassages(KnowledgeBase knowledge, IEnumerable<ProviderProfile> providers)
{
    private readonly Dictionary<string, RetrievalSettings> settingsByProvider = providers
        .Where(p => (p.Retrieval ?? p.Rag) is not null)
        .ToDictionary(p => p.Id, p => (p.Retrieval ?? p.Rag)!, StringComparer.Ordinal);

    private readonly ConcurrentDictionary<RetrievalSettings, Lazy<Dictionary<string, string>>> textsBySettings = new();

    public IReadOnlyList<string> For(ResponseRecord response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.RetrievedIds.Count == 0 || !settingsByProvider.TryGetValue(response.ProviderId, out RetrievalSettings? settings))
        {
            return [];
        }

        Dictionary<string, string> texts = textsBySettings.GetOrAdd(
            settings with { TopK = 0, MinScore = 0 },
            key => new Lazy<Dictionary<string, string>>(() => Texts(key))).Value;
        return [.. response.RetrievedIds.Select(id => texts.GetValueOrDefault(id)).OfType<string>()];
    }

    private Dictionary<string, string> Texts(RetrievalSettings settings)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (KnowledgeChunk chunk in knowledge.Chunk(Chunkers.For(settings)))
        {
            texts.TryAdd(chunk.Id, chunk.Text);
        }

        return texts;
    }
}
