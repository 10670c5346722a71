namespace GaiEval.Providers.Knowledge;

using System.Buffers;

/// <summary>
/// An in-memory BM25 index over character bigrams (see <c>CharacterBigrams</c>), k1 = 1.2, b = 0.75,
/// IDF(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5)), which is positive even for a term in every chunk.
/// A query counts each distinct bigram once. Immutable after <see cref="Build"/>; searches may run concurrently.
/// </summary>
/// <remarks>
/// <para><b>Relevance</b> (0..1, compared with <c>RetrievalSettings.MinScore</c>) is the IDF-weighted share of the
/// query's distinct bigrams that the chunk contains: Σ IDF(t) over query bigrams in the chunk ÷ Σ IDF(t) over all query
/// bigrams. A query bigram that occurs in no chunk counts in the denominator with the largest IDF (n = 0): a word the
/// knowledge base never mentions is the strongest sign that the question is outside it. Relevance is 1 when the chunk
/// holds every query bigram and 0 when it holds none; unlike the BM25 score it does not depend on chunk length or
/// query length, so one threshold fits every question. The default MinScore 0.3 means "the chunk covers at least 30%
/// of the query's information".</para>
/// <para>Hits are ordered by BM25 score, then by chunk order; chunks with no query bigram are never returned.</para>
/// </remarks>
public sealed class Bm25Index
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    private const int SmallTopK = 32;

    private readonly KnowledgeChunk[] chunks;
    private readonly Dictionary<ulong, Postings> postings;
    private readonly double unseenIdf;

    private Bm25Index(KnowledgeChunk[] chunks, Dictionary<ulong, Postings> postings)
    {
        this.chunks = chunks;
        this.postings = postings;
        unseenIdf = Idf(chunks.Length, 0);
    }

    public IReadOnlyList<KnowledgeChunk> Chunks => chunks;

    /// <summary>Number of distinct bigrams in the index.</summary>
    public int TermCount => postings.Count;

    public static Bm25Index Build(IEnumerable<KnowledgeChunk> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        KnowledgeChunk[] chunks = source.ToArray();
        var lengths = new int[chunks.Length];
        var occurrences = new Dictionary<ulong, (List<int> Chunks, List<int> Frequencies)>();
        for (int c = 0; c < chunks.Length; c++)
        {
            List<ulong> bigrams = CharacterBigrams.Of(chunks[c].Text);
            lengths[c] = bigrams.Count;
            AddOccurrences(bigrams, c, occurrences);
        }

        double averageLength = chunks.Length == 0 ? 0 : lengths.Average();
        var postings = new Dictionary<ulong, Postings>(occurrences.Count);
        foreach (var (bigram, (containing, frequencies)) in occurrences)
        {
            var weights = new double[containing.Count];
            for (int i = 0; i < weights.Length; i++)
            {
                int tf = frequencies[i];
                double lengthNorm = averageLength == 0 ? 1 : 1 - B + (B * lengths[containing[i]] / averageLength);
                weights[i] = tf * (K1 + 1) / (tf + (K1 * lengthNorm));
            }

            postings[bigram] = new Postings(Idf(chunks.Length, containing.Count), containing.ToArray(), weights);
        }

        return new Bm25Index(chunks, postings);
    }

    private static void AddOccurrences(List<ulong> bigrams, int chunk, Dictionary<ulong, (List<int> Chunks, List<int> Frequencies)> occurrences)
    {
        bigrams.Sort();
        int start = 0;
        while (start < bigrams.Count)
        {
            int end = start + 1;
            while (end < bigrams.Count && bigrams[end] == bigrams[start])
            {
                end++;
            }

            if (!occurrences.TryGetValue(bigrams[start], out var list))
            {
                occurrences[bigrams[start]] = list = ([], []);
            }

            list.Chunks.Add(chunk);
            list.Frequencies.Add(end - start);
            start = end;
        }
    }

    /// <summary>The best <paramref name="topK"/> chunks for the query; empty when the query has no bigram in any chunk.</summary>
    public IReadOnlyList<RetrievalHit> Search(string query, int topK)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(topK);
        var terms = new HashSet<ulong>(CharacterBigrams.Of(query));
        if (terms.Count == 0 || topK == 0 || chunks.Length == 0)
        {
            return [];
        }

        double[] scores = ArrayPool<double>.Shared.Rent(chunks.Length);
        double[] covered = ArrayPool<double>.Shared.Rent(chunks.Length);
        Array.Clear(scores, 0, chunks.Length);
        Array.Clear(covered, 0, chunks.Length);
        try
        {
            var candidates = new List<int>();
            double queryIdf = 0;
            foreach (ulong term in terms)
            {
                if (!postings.TryGetValue(term, out Postings? list))
                {
                    queryIdf += unseenIdf;
                    continue;
                }

                queryIdf += list.Idf;
                for (int i = 0; i < list.Chunks.Length; i++)
                {
                    int c = list.Chunks[i];
                    if (covered[c] == 0)
                    {
                        candidates.Add(c);
                    }

                    scores[c] += list.Idf * list.Weights[i];
                    covered[c] += list.Idf;
                }
            }

            return TopHits(candidates, scores, covered, queryIdf, topK);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<double>.Shared.Return(covered);
        }
    }

    /// <summary>IDF of a two-character term as the index computes it (n = 0 when the term occurs in no chunk).</summary>
    public double InverseDocumentFrequency(string bigram)
    {
        ulong term = CharacterBigrams.Single(bigram) ?? throw new ArgumentException($"not one indexed bigram: {bigram}", nameof(bigram));
        return postings.TryGetValue(term, out Postings? list) ? list.Idf : unseenIdf;
    }

    private static double Idf(int chunkCount, int containing) =>
        Math.Log(1 + ((chunkCount - containing + 0.5) / (containing + 0.5)));

    private RetrievalHit[] TopHits(List<int> candidates, double[] scores, double[] covered, double queryIdf, int topK)
    {
        int count = Math.Min(topK, candidates.Count);
        int[] best;
        if (count > SmallTopK)
        {
            best = candidates.ToArray();
            Array.Sort(best, (x, y) => Ranks(x, y, scores) ? -1 : Ranks(y, x, scores) ? 1 : 0);
        }
        else
        {
            best = new int[count];
            int filled = 0;
            foreach (int c in candidates)
            {
                if (filled == count && !Ranks(c, best[count - 1], scores))
                {
                    continue;
                }

                int slot = filled < count ? filled++ : count - 1;
                for (; slot > 0 && Ranks(c, best[slot - 1], scores); slot--)
                {
                    best[slot] = best[slot - 1];
                }

                best[slot] = c;
            }
        }

        var hits = new RetrievalHit[count];
        for (int i = 0; i < count; i++)
        {
            int c = best[i];
            hits[i] = new RetrievalHit(chunks[c], scores[c], covered[c] / queryIdf);
        }

        return hits;
    }

    private static bool Ranks(int x, int y, double[] scores) => scores[x] > scores[y] || (scores[x] == scores[y] && x < y);

    private sealed record Postings(double Idf, int[] Chunks, double[] Weights);
}
