namespace GaiEval.Tests.Scoring.Lexical;

using System.Globalization;
using System.Text.Json;
using GaiEval.Scoring.Lexical;
using GaiEval.Tests.Support;

/// <summary>
/// JGLUE's JSQuAD exact match and character F1 on all 300 dev items of shared/external/jsquad-dev-300.jsonl: every gold,
/// perturbations whose score follows from the definition (lower-case, trailing 「。」 stripped, white space collapsed, then
/// characters compared as bags), and empty predictions.
/// </summary>
public sealed class JsquadDefinitionTests
{
    private static readonly Lazy<List<JsquadItem>> Items = new(ReadItems);

    [SkippableFact]
    public void Reads_all_300_items_each_with_a_gold()
    {
        Assert.Equal(300, Items.Value.Count);
        Assert.All(Items.Value, item => Assert.NotEmpty(item.Answers));
    }

    [SkippableFact]
    public void Every_gold_is_an_exact_match_with_full_f1() =>
        Assert.All(Items.Value.SelectMany(item => item.Answers.Select(gold => (item, gold))), pair =>
        {
            Assert.Equal(1.0, CharacterF1.MaxScore(pair.gold, pair.item.Answers));
            Assert.True(CharacterF1.MaxExactMatch(pair.gold, pair.item.Answers), pair.item.Id);
        });

    /// <summary>JGLUE strips 「。」 before it trims white space, so a gold ending in 「。」 followed by a space keeps its 「。」.</summary>
    [SkippableFact]
    public void A_trailing_kuten_and_surrounding_spaces_change_nothing() =>
        Assert.All(Items.Value, item =>
        {
            string gold = item.Answers[0];
            string[] predictions = gold.EndsWith('。') ? [gold + "。", gold + "。。"] : [gold + "。", "  " + gold + "\u3000", gold + "。。"];
            foreach (string prediction in predictions)
            {
                Assert.True(CharacterF1.ExactMatch(prediction, gold), $"{item.Id}: {prediction}");
                Assert.Equal(1.0, CharacterF1.Score(prediction, gold));
            }
        });

    [SkippableFact]
    public void A_prefix_of_the_gold_scores_two_k_over_k_plus_n_and_is_no_exact_match()
    {
        var checkedItems = Items.Value.Where(item => IsPlain(item.Answers[0]) && CodePoints(item.Answers[0]) >= 2).ToList();
        Assert.True(checkedItems.Count >= 250, $"only {checkedItems.Count} plain golds");
        Assert.All(checkedItems, item =>
        {
            string gold = item.Answers[0];
            int n = CodePoints(gold);
            int k = (n + 1) / 2;
            string prefix = string.Concat(gold.EnumerateRunes().Take(k).Select(r => r.ToString()));
            Assert.Equal(2.0 * k / (k + n), CharacterF1.Score(prefix, gold), 12);
            Assert.False(CharacterF1.ExactMatch(prefix, gold), item.Id);
        });
    }

    [SkippableFact]
    public void The_reversed_gold_has_full_f1_but_no_exact_match_because_characters_are_compared_as_bags() =>
        Assert.All(Items.Value.Where(item => IsPlain(item.Answers[0])), item =>
        {
            string gold = item.Answers[0];
            string reversed = string.Concat(gold.EnumerateRunes().Reverse().Select(r => r.ToString()));
            Assert.Equal(1.0, CharacterF1.Score(reversed, gold), 12);
            Assert.Equal(reversed == gold, CharacterF1.ExactMatch(reversed, gold));
        });

    [SkippableFact]
    public void An_empty_or_blank_prediction_scores_zero() =>
        Assert.All(Items.Value, item =>
        {
            foreach (string prediction in new[] { string.Empty, " ", "。" })
            {
                Assert.Equal(0.0, CharacterF1.MaxScore(prediction, item.Answers));
                Assert.False(CharacterF1.MaxExactMatch(prediction, item.Answers), item.Id);
            }
        });

    /// <summary>No white space, no trailing 「。」 and nothing lower-casing changes: the normalised gold is the gold.</summary>
    private static bool IsPlain(string gold) =>
        !gold.Any(char.IsWhiteSpace) && !gold.EndsWith('。') && gold.ToLowerInvariant() == gold && !gold.StartsWith('。');

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static List<JsquadItem> ReadItems() =>
        [.. File.ReadLines(RepositoryPaths.ExternalFile("jsquad-dev-300.jsonl"))
            .Select((line, i) => JsonSerializer.Deserialize<JsquadItem>(line, JsonSerializerOptions.Web)
                ?? throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"jsquad-dev-300.jsonl:{i + 1}: empty object")))];

    private sealed record JsquadItem(string Id, string Question, string[] Answers);
}
