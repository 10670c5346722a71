namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Tests.Support;
using System.Text.Json;
using GaiEval.Scoring.Lexical;
using static GaiEval.Tests.Scoring.ScoringTestKit;

/// <summary>The first 20 JSQuAD dev items of shared/external/jsquad-dev-300.jsonl: each gold against itself and against nothing.</summary>
public sealed class JsquadSelfScoreTests
{
    private const int ItemCount = 20;

    public static TheoryData<string> ItemIds()
    {
        var ids = new TheoryData<string>();
        foreach (JsquadItem item in ReadItems())
        {
            ids.Add(item.Id);
        }

        return ids;
    }

    [Fact]
    public void Reads_twenty_items_each_with_at_least_two_golds()
    {
        var items = ReadItems();

        Assert.Equal(ItemCount, items.Count);
        Assert.All(items, item => Assert.True(item.Answers.Length >= 2, item.Id));
    }

    [Theory]
    [MemberData(nameof(ItemIds))]
    public void Every_gold_scores_full_f1_and_exact_match_against_the_golds(string id)
    {
        JsquadItem item = ReadItems().Single(i => i.Id == id);

        Assert.All(item.Answers, gold =>
        {
            Assert.Equal(1.0, CharacterF1.MaxScore(gold, item.Answers));
            Assert.True(CharacterF1.MaxExactMatch(gold, item.Answers));
            Assert.Equal(1.0, CharacterF1.Score(gold, gold));
        });
    }

    [Theory]
    [MemberData(nameof(ItemIds))]
    public void An_empty_prediction_scores_zero(string id)
    {
        JsquadItem item = ReadItems().Single(i => i.Id == id);

        Assert.Equal(0.0, CharacterF1.MaxScore(string.Empty, item.Answers));
        Assert.False(CharacterF1.MaxExactMatch(string.Empty, item.Answers));
    }

    private static List<JsquadItem> ReadItems() =>
        [.. File.ReadLines(RepositoryPaths.ExternalFile("jsquad-dev-300.jsonl"))
            .Take(ItemCount)
            .Select(line => JsonSerializer.Deserialize<JsquadItem>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException("jsquad-dev-300.jsonl: empty line object"))];

    private sealed record JsquadItem(string Id, string Question, string[] Answers);
}
