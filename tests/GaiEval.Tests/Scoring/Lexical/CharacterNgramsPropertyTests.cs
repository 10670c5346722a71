namespace GaiEval.Tests.Scoring.Lexical;

using CsCheck;
using GaiEval.Scoring.Lexical;

public sealed class CharacterNgramsPropertyTests
{
    private static readonly Gen<string> Texts = Gen.String[Gen.Char["あいうab1"], 0, 30];

    [Fact]
    public void The_runs_of_a_text_are_its_distinct_substrings_of_that_length() =>
        Gen.Select(Texts, Gen.Int[1, 4]).Sample((text, length) =>
        {
            var expected = Enumerable.Range(0, Math.Max(0, text.Length - length + 1)).Select(i => text.Substring(i, length)).ToHashSet();
            Assert.True(expected.SetEquals(CharacterNgrams.Of(text, length)));
        });

    [Fact]
    public void The_shared_count_is_how_many_runs_of_one_text_occur_in_the_other() =>
        Gen.Select(Texts, Texts, Gen.Int[1, 4]).Sample((text, other, length) =>
        {
            HashSet<string> grams = CharacterNgrams.Of(text, length);
            int expected = grams.Count(gram => other.Contains(gram, StringComparison.Ordinal));
            Assert.Equal(expected, CharacterNgrams.SharedCount(grams, other, length));
        });
}
