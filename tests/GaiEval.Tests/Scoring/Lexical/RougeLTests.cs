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

    [Theory]
    [InlineData("ab", 11)]
    [InlineData("abcd", 12)]
    [InlineData("あいう𠮷", 13)]
    public void Bit_parallel_subsequence_agrees_with_the_dynamic_programming_table(string alphabet, int seed)
    {
        // Lengths past 64 and 128 cross machine words, so the carry between words is exercised.
        var random = new Random(seed);
        for (int trial = 0; trial < 400; trial++)
        {
            int[] a = RandomPoints(random, alphabet, random.Next(0, 200));
            int[] b = RandomPoints(random, alphabet, random.Next(0, 200));

            Assert.Equal(Table(a, b), RougeL.LongestCommonSubsequence(a, b));
        }
    }

    [Fact]
    public void Is_unchanged_under_the_cap()
    {
        RougeLMeasure measure = RougeL.Measure("住民票は三百円", "住民票の写しは三百円です");

        Assert.False(measure.Capped);
        Assert.Equal(7, measure.ComparedLength);
        Assert.Equal(14.0 / 19, measure.Value, 12);
    }

    [Fact]
    public void Beyond_the_cap_compares_the_beginning_and_gives_a_lower_bound()
    {
        // 6 × 3 = 18 cells > 9: only ⌊9 / 3⌋ = 3 candidate characters (庁庁庁) are compared, so LCS 0 and score 0, below the
        // uncapped 2/3 (LCS 3: P = 3/6, R = 1).
        RougeLMeasure capped = RougeL.Measure("庁庁庁東京都", "東京都", tableBudget: 9);
        RougeLMeasure whole = RougeL.Measure("庁庁庁東京都", "東京都");

        Assert.True(capped.Capped);
        Assert.Equal(3, capped.ComparedLength);
        Assert.Equal(0.0, capped.Value);
        Assert.Equal(2.0 / 3, whole.Value, 12);
        Assert.True(capped.Value <= whole.Value);
    }

    [Fact]
    public void Beyond_the_cap_keeps_whole_lengths_in_precision_and_recall()
    {
        // 7 × 3 = 21 cells > 18: 6 characters compared (東京都東京都), LCS 3; P = 3/7 (whole length), R = 1, F = 0.6.
        RougeLMeasure capped = RougeL.Measure("東京都東京都庁", "東京都", tableBudget: 18);

        Assert.True(capped.Capped);
        Assert.Equal(6, capped.ComparedLength);
        Assert.Equal(0.6, capped.Value, 12);
    }

    private static int[] RandomPoints(Random random, string alphabet, int length)
    {
        int[] points = [.. alphabet.EnumerateRunes().Select(r => r.Value)];
        return [.. Enumerable.Range(0, length).Select(_ => points[random.Next(points.Length)])];
    }

    /// <summary>The textbook O(n·m) table (the implementation before the bit-parallel one), as the reference.</summary>
    private static int Table(int[] a, int[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Length, b.Length];
    }
}
