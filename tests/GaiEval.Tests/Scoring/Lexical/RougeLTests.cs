namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Scoring.Lexical;

public sealed class RougeLTests
{
    [Fact]
    public void Finds_the_textbook_longest_common_subsequence()
    {
        int[] a = [.. "ABCBDAB".Select(c => (int)c)];
        int[] b = [.. "BDCABA".Select(c => (int)c)];

        Assert.Equal(4, RougeL.LongestCommonSubsequence(a, b));
    }

    [Fact]
    public void Scores_a_textbook_pair_from_its_lcs_and_both_lengths() =>
        Assert.Equal(8.0 / 13, RougeL.Score("ABCBDAB", "BDCABA"), 12);

    [Fact]
    public void Scores_a_shorter_candidate_whose_characters_all_appear_in_order()
    {
        // LCS 住民票+は+三百円 = 7 of 7 candidate and 12 reference characters: P = 1, R = 7/12, F = 14/19.
        Assert.Equal(14.0 / 19, RougeL.Score("住民票は三百円", "住民票の写しは三百円です"), 12);
    }

    [Fact]
    public void Scores_a_longer_candidate_by_its_precision()
    {
        // LCS 3 of 4 candidate and 3 reference characters: P = 3/4, R = 1, F = 6/7.
        Assert.Equal(6.0 / 7, RougeL.Score("東京都庁", "東京都"), 12);
    }

    [Fact]
    public void Penalises_swapped_order_unlike_bag_of_characters_f1()
    {
        Assert.Equal(0.5, RougeL.Score("京東", "東京"), 12);
        Assert.Equal(1.0, CharacterF1.Score("京東", "東京"), 12);
    }

    [Fact]
    public void Counts_a_surrogate_pair_kanji_as_one_character() =>
        Assert.Equal(2.0 / 3, RougeL.Score("吉野家", "𠮷野家"), 12);

    [Theory]
    [InlineData("", "東京")]
    [InlineData("東京", "")]
    [InlineData("晴天", "雨季")]
    public void Scores_zero_without_a_common_character(string candidate, string reference) =>
        Assert.Equal(0.0, RougeL.Score(candidate, reference));

    [Fact]
    public void Scores_one_for_identical_texts() =>
        Assert.Equal(1.0, RougeL.Score("開庁時間は8時30分からです。", "開庁時間は8時30分からです。"));
}
