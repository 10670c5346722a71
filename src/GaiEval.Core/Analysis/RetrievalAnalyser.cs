namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>Builds a retrieving provider's <see cref="RetrievalQuality"/> from the passage ids stored with its answers.</summary>
internal static class RetrievalAnalyser
{
    /// <returns>Null when the provider does not retrieve.</returns>
    public static RetrievalQuality? Analyse(ProviderCalls calls, int resamples)
    {
        if ((calls.Provider.Retrieval ?? calls.Provider.Rag) is not { } settings)
        {
            return null;
        }

        bool documentLevel = settings.Chunking == RetrievalSettings.FixedChunking;
        List<(ResponseSummary Response, GoldItem Item, int? Rank)> ranked =
        [
            .. calls.Answered
                .Select(r => (Response: r, Item: calls.ItemOf(r)))
                .Where(x => x.Item.Sources.Count > 0)
                .Select(x => (x.Response, x.Item, FirstGoldRank(x.Response.RetrievedIds, x.Item.Sources))),
        ];
        List<double> reciprocal = [.. ranked.Select(x => x.Rank is { } rank ? 1.0 / rank : 0)];
        List<(bool Hit, bool? Correct)> outcomes = [.. ranked.Select(x => (x.Rank is not null, calls.Correct(x.Response)))];
        return new RetrievalQuality(
            settings.TopK,
            ProviderCalls.Share(ranked.Count(x => x.Rank is not null), ranked.Count),
            reciprocal.Count == 0 ? null : Bootstrap.MeanOf(reciprocal, resamples),
            outcomes.Count(o => o is { Hit: false, Correct: false }),
            outcomes.Count(o => o is { Hit: true, Correct: false }),
            documentLevel,
            [.. ranked.GroupBy(x => x.Item.Category, StringComparer.Ordinal)
                .Select(g => new GroupRetrieval(g.Key, ProviderCalls.Share(g.Count(x => x.Rank is not null), g.Count())))]);
    }

    /// <summary>The 1-based rank of the first retrieved passage that is one of the item's sources; null when none is.</summary>
    public static int? FirstGoldRank(IReadOnlyList<string> retrievedIds, IReadOnlyList<string> sources)
    {
        for (int i = 0; i < retrievedIds.Count; i++)
        {
            if (sources.Any(source => Matches(retrievedIds[i], source)))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// A heading chunk (<c>path#heading</c>, <c>path#heading~2</c> for a repeated heading) matches the source naming that
    /// heading, or its document when the source names no heading; a fixed-size chunk (<c>path@n</c>) matches any source in
    /// its document.
    /// </summary>
    private static bool Matches(string chunkId, string source)
    {
        int at = chunkId.LastIndexOf('@');
        int hash = chunkId.IndexOf('#', StringComparison.Ordinal);
        string sourceDocument = source.Split('#', 2)[0];
        if (hash < 0)
        {
            return at > 0 && chunkId[..at] == sourceDocument;
        }

        string heading = chunkId[(hash + 1)..];
        int repeat = heading.LastIndexOf('~');
        string withoutRepeat = repeat > 0 && int.TryParse(heading[(repeat + 1)..], out _) ? chunkId[..(hash + 1 + repeat)] : chunkId;
        return source.Contains('#', StringComparison.Ordinal) ? withoutRepeat == source : chunkId[..hash] == sourceDocument;
    }
}
