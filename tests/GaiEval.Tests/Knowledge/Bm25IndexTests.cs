namespace GaiEval.Tests.Knowledge;

using GaiEval.Providers.Knowledge;

public sealed class Bm25IndexTests
{
    // Every text is kanji/kana ending in 。, so it has (length − 1) bigrams: the final 「す。」 mixes a kana and a
    // punctuation mark and is kept. 「ます」 occurs in all four chunks.
    private const string Insurance = "国民健康保険の保険料は口座振替で納められます。";
    private const string ResidentCard = "住民票の写しは区民課の窓口で受け取れます。";
    private const string Garbage = "ごみの収集日は地域ごとに決まっています。";
    private const string ChildAllowance = "児童手当の申請は子育て支援課の窓口で受け付けます。";

    private readonly Bm25Index index = Bm25Index.Build(
        [Chunk("insurance", Insurance), Chunk("resident", ResidentCard), Chunk("garbage", Garbage), Chunk("child", ChildAllowance)]);

    [Fact]
    public void Finds_a_two_character_word_that_a_trigram_index_would_miss()
    {
        Assert.Equal(["insurance"], index.Search("保険", 4).Select(hit => hit.Chunk.Id));
        Assert.Equal(["resident", "child"], index.Search("窓口", 4).Select(hit => hit.Chunk.Id));
    }

    [Fact]
    public void Ranks_the_shorter_chunk_first_when_term_frequencies_are_equal()
    {
        IReadOnlyList<RetrievalHit> hits = index.Search("窓口", 4);

        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal(Bm25(tf: 1, chunkFrequency: 2, length: ResidentCard.Length - 1), hits[0].Score, 12);
        Assert.Equal(Bm25(tf: 1, chunkFrequency: 2, length: ChildAllowance.Length - 1), hits[1].Score, 12);
    }

    [Fact]
    public void Computes_the_score_of_a_repeated_term_by_the_bm25_formula()
    {
        RetrievalHit hit = Assert.Single(index.Search("保険", 4));

        Assert.Equal(Bm25(tf: 2, chunkFrequency: 1, length: Insurance.Length - 1), hit.Score, 12);
        Assert.Equal(1.0, hit.Relevance, 12);
    }

    [Fact]
    public void Ranks_the_chunk_holding_more_of_the_query_first()
    {
        IReadOnlyList<RetrievalHit> hits = index.Search("子育て支援課の窓口", 4);

        Assert.Equal(["child", "resident"], hits.Select(hit => hit.Chunk.Id));
        Assert.Equal(1.0, hits[0].Relevance, 12);
        Assert.InRange(hits[1].Relevance, 0.01, 0.99);
    }

    [Fact]
    public void Keeps_the_idf_of_a_term_in_every_chunk_positive()
    {
        Assert.Equal(Math.Log(1 + (0.5 / 4.5)), index.InverseDocumentFrequency("ます"), 12);
        Assert.True(index.InverseDocumentFrequency("ます") > 0);
        Assert.Equal(Math.Log(1 + (3.5 / 1.5)), index.InverseDocumentFrequency("保険"), 12);
        Assert.Equal(Math.Log(1 + (4.5 / 0.5)), index.InverseDocumentFrequency("戸籍"), 12);
    }

    [Fact]
    public void Weighs_relevance_by_idf_and_counts_unseen_query_bigrams_with_the_highest_idf()
    {
        RetrievalHit hit = Assert.Single(index.Search("保険証", 4));

        double seen = Math.Log(1 + (3.5 / 1.5));
        double unseen = Math.Log(1 + (4.5 / 0.5));
        Assert.Equal(seen / (seen + unseen), hit.Relevance, 12);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("税")]
    [InlineData("。、！？")]
    [InlineData("戸籍謄本")]
    public void Returns_nothing_for_a_query_without_a_known_bigram(string query)
    {
        Assert.Empty(index.Search(query, 4));
    }

    [Fact]
    public void Normalises_the_query_like_the_chunks()
    {
        Bm25Index fees = Bm25Index.Build([Chunk("fee", "1通300円です。"), Chunk("other", "区民課の窓口です。")]);

        Assert.Equal("fee", fees.Search("３００円", 1)[0].Chunk.Id);
    }

    [Fact]
    public void Drops_bigrams_of_punctuation_and_symbols_only()
    {
        Assert.Equal(0, Bm25Index.Build([Chunk("marks", "## 。。「」")]).TermCount);
        Assert.Equal(2, Bm25Index.Build([Chunk("mixed", "#窓。")]).TermCount);
    }

    [Fact]
    public void Returns_at_most_top_k_hits_and_breaks_ties_by_chunk_order()
    {
        Bm25Index twins = Bm25Index.Build([Chunk("first", "窓口です"), Chunk("second", "窓口です"), Chunk("third", "窓口です")]);

        Assert.Equal(["first", "second"], twins.Search("窓口", 2).Select(hit => hit.Chunk.Id));
        Assert.Empty(twins.Search("窓口", 0));
    }

    [Fact]
    public void Orders_many_hits_by_score_when_top_k_is_large()
    {
        KnowledgeChunk[] chunks = Enumerable.Range(0, 100)
            .Select(i => Chunk($"c{i}", string.Concat(Enumerable.Repeat("窓口", 1 + (i % 7))) + new string('あ', i)))
            .ToArray();
        Bm25Index many = Bm25Index.Build(chunks);

        IReadOnlyList<RetrievalHit> all = many.Search("窓口", 100);
        IReadOnlyList<RetrievalHit> best = many.Search("窓口", 5);

        Assert.Equal(100, all.Count);
        Assert.Equal(all.OrderByDescending(hit => hit.Score).Select(hit => hit.Score), all.Select(hit => hit.Score));
        Assert.Equal(all.Take(5).Select(hit => hit.Chunk.Id), best.Select(hit => hit.Chunk.Id));
    }

    [Fact]
    public void Searches_an_empty_index_without_failing()
    {
        Assert.Empty(Bm25Index.Build([]).Search("窓口", 3));
    }

    private static KnowledgeChunk Chunk(string id, string text) => new(id, id + ".md", [], text, 1);

    private static double Bm25(int tf, int chunkFrequency, int length)
    {
        double averageLength = (Insurance.Length + ResidentCard.Length + Garbage.Length + ChildAllowance.Length - 4) / 4.0;
        double idf = Math.Log(1 + ((4 - chunkFrequency + 0.5) / (chunkFrequency + 0.5)));
        return idf * tf * 2.2 / (tf + (1.2 * (0.25 + (0.75 * length / averageLength))));
    }
}
