namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Scoring.Lexical;

public sealed class CharacterF1Tests
{
    [Theory]
    [InlineData("梅雨前線。", "梅雨前線")]
    [InlineData("雨季。。", "雨季")]
    [InlineData("  Tokyo   Station ", "tokyo station")]
    [InlineData("雨季。 ", "雨季。")]
    [InlineData("東京\u3000都", "東京 都")]
    [InlineData("a\u001Fb", "a b")]
    public void Normalises_like_jglue(string input, string expected) =>
        Assert.Equal(expected, CharacterF1.Normalize(input));

    [Fact]
    public void Counts_a_surrogate_pair_kanji_as_one_character() =>
        Assert.Equal(2.0 / 3, CharacterF1.Score("吉野家", "𠮷野家"), 12);

    [Fact]
    public void Counts_repeated_characters_only_as_often_as_both_sides_have_them() =>
        Assert.Equal(2 * (2.0 / 6) * 1 / (2.0 / 6 + 1), CharacterF1.Score("雨雨雨雨季季", "雨季"), 12);

    [Fact]
    public void Scores_one_when_both_sides_normalise_to_nothing() =>
        Assert.Equal(1.0, CharacterF1.Score("。", " "));

    [Fact]
    public void Scores_zero_for_an_empty_prediction() =>
        Assert.Equal(0.0, CharacterF1.Score(string.Empty, "雨季"));

    [Fact]
    public void Scores_zero_without_golds() =>
        Assert.Equal(0.0, CharacterF1.MaxScore("雨季", []));
}
