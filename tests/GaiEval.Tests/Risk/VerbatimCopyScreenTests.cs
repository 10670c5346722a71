namespace GaiEval.Tests.Risk;

using GaiEval.Scoring.Risk;

/// <summary>The verbatim-copy screen: a long shared run or a high 13-gram coverage asks for review, except for exempt sources.</summary>
public sealed class VerbatimCopyScreenTests
{
    // 60 distinct characters: a passage an answer could copy.
    private const string Passage = "汐見野区の図書館は毎週月曜日と第三木曜日が休館日で、蔵書点検の期間は臨時休館となります。開館時間は午前九時から午後八時までです。";

    [Theory]
    [InlineData("abcdef", "xxcdexx", 3)]
    [InlineData("abc", "xyz", 0)]
    [InlineData("", "abc", 0)]
    [InlineData("ababab", "babab", 5)]
    public void Finds_the_longest_common_run(string a, string b, int expected)
    {
        Assert.Equal(expected, VerbatimCopyScreen.LongestCommonRun(a, b));
    }

    [Fact]
    public void Flags_an_answer_that_repeats_fifty_characters_of_a_source()
    {
        string copied = "お問い合わせの件です。" + Passage[..52] + "以上です。";

        VerbatimCopy copy = Assert.Single(VerbatimCopyScreen.Screen(copied, [new CopySource("blog", Passage)]));

        Assert.Equal(52, copy.LongestRun);
        Assert.True(copy.Flagged);
    }

    [Fact]
    public void Does_not_flag_a_shorter_quote_with_low_coverage()
    {
        string answer = "休館日は" + Passage[10..30] + "。詳しくは区立図書館の窓口でご確認いただくか、区のホームページの図書館案内をご覧ください。";

        VerbatimCopy copy = Assert.Single(VerbatimCopyScreen.Screen(answer, [new CopySource("blog", Passage)]));

        Assert.Equal(20, copy.LongestRun);
        Assert.True(copy.NgramCoverage < VerbatimCopyScreen.CoverageThreshold, $"coverage {copy.NgramCoverage}");
        Assert.False(copy.Flagged);
    }

    [Fact]
    public void Coverage_is_the_share_of_the_answers_13_grams_found_in_the_source_and_flags_from_one_half()
    {
        // 30 characters from two places of the passage, 15 each: of the answer's 18 13-grams, 3 lie inside each piece (6 in
        // the source); the 12 that straddle the join are not in it. 6 / 18 = 0.333 and a run of 15: not flagged.
        string answer = Passage[..15] + Passage[40..55];

        VerbatimCopy copy = Assert.Single(VerbatimCopyScreen.Screen(answer, [new CopySource("blog", Passage)]));

        Assert.Equal(15, copy.LongestRun);
        Assert.Equal(6.0 / 18, copy.NgramCoverage, 10);
        Assert.False(copy.Flagged);

        // 40 characters copied whole: a run below 50, but every 13-gram is in the source (coverage 1): flagged.
        VerbatimCopy whole = VerbatimCopyScreen.Screen(Passage[..40], [new CopySource("blog", Passage)])[0];
        Assert.Equal((40, 1.0, true), (whole.LongestRun, whole.NgramCoverage, whole.Flagged));
    }

    [Fact]
    public void Measures_but_never_flags_an_exempt_source_and_ignores_width_and_spaces()
    {
        string quoted = "第１条　" + Passage.Replace("。", "。 ", StringComparison.Ordinal);

        IReadOnlyList<VerbatimCopy> copies = VerbatimCopyScreen.Screen(quoted, [new CopySource("区の条例", Passage, Exempt: true), new CopySource("他の文書", Passage)]);

        Assert.Equal([true, false], copies.Select(c => c.Exempt));
        Assert.Equal(copies[0].LongestRun, copies[1].LongestRun);
        Assert.True(copies[0].LongestRun >= 50);
        Assert.Equal([false, true], copies.Select(c => c.Flagged));
    }

    [Fact]
    public void An_answer_shorter_than_a_gram_has_no_coverage()
    {
        Assert.Equal(0, VerbatimCopyScreen.Screen("休館日", [new CopySource("blog", Passage)])[0].NgramCoverage);
    }
}
