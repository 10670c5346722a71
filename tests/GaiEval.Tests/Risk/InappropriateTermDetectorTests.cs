namespace GaiEval.Tests.Risk;

using GaiEval.Scoring.Risk;

/// <summary>The inappropriate-content term list: its format, matching after normalisation, masked findings with their group.</summary>
public sealed class InappropriateTermDetectorTests
{
    private const string List = """
        # テスト用の語彙（本物のリストは別に管理する）
        [侮蔑語]
        役立たず
          ポンコツ  

        idiot
        [脅迫]
        # 注釈はどこにあってもよい
        痛い目を見せる
        """;

    private static readonly InappropriateTermDetector Detector = new(List, "test.txt");

    [Fact]
    public void Reads_groups_and_terms_and_skips_comments_and_blank_lines()
    {
        Assert.Equal(
            [new InappropriateTerm("侮蔑語", "役立たず", 3), new InappropriateTerm("侮蔑語", "ポンコツ", 4),
             new InappropriateTerm("侮蔑語", "idiot", 6), new InappropriateTerm("脅迫", "痛い目を見せる", 9)],
            Detector.Terms);
    }

    [Fact]
    public void A_found_term_shows_only_its_first_character_and_its_group()
    {
        const string answer = "あの職員は役立たずです。";

        var (finding, written) = Assert.Single(RiskTestKit.Find(Detector, answer));

        Assert.Equal("役立たず", written);
        Assert.Equal(RiskFindingKind.InappropriateTerm, finding.Kind);
        Assert.Equal("役＊＊＊", finding.Excerpt);
        Assert.Equal("不適切な語の可能性: 役＊＊＊（侮蔑語）", finding.Message);
    }

    [Theory]
    [InlineData("お前は 役 立 た ず だ", "役 立 た ず")]
    [InlineData("この機械はﾎﾟﾝｺﾂだ", "ﾎﾟﾝｺﾂ")]
    [InlineData("You ＩＤＩＯＴ!", "ＩＤＩＯＴ")]
    [InlineData("痛い目を\n見せるぞ", "痛い目を\n見せる")]
    public void Matches_after_nfkc_lower_case_and_without_white_space(string answer, string expected)
    {
        Assert.Equal([expected], RiskTestKit.Written(Detector, answer));
    }

    [Fact]
    public void Each_occurrence_is_a_finding_in_the_order_written()
    {
        Assert.Equal(["ポンコツ", "役立たず", "ポンコツ"], RiskTestKit.Written(Detector, "ポンコツで役立たずのポンコツ"));
    }

    [Fact]
    public void A_term_inside_a_longer_listed_term_counts_once_as_the_longer()
    {
        var detector = new InappropriateTermDetector("[侮蔑語]\nばか\nばかもの\n", "nested.txt");

        var (finding, written) = Assert.Single(RiskTestKit.Find(detector, "このばかものめ"));

        Assert.Equal(("ばかもの", "ば＊＊＊"), (written, finding.Excerpt));
        Assert.Equal(["ばか"], RiskTestKit.Written(detector, "ばかげた話"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("住民票の写しは区民課で発行します。")]
    [InlineData("役立つ情報です。ポンプの点検をします。")]
    public void A_clean_answer_has_no_findings(string answer)
    {
        Assert.Empty(RiskTestKit.Find(Detector, answer));
    }

    [Theory]
    [InlineData("# 注釈\n役立たず\n[侮蔑語]\n", "test.txt:2: グループ名:")]
    [InlineData("[ ]\n役立たず\n", "test.txt:1: グループ名: [ ] の中が空です。")]
    public void A_term_outside_a_group_is_refused_with_file_and_line(string text, string expected)
    {
        FormatException error = Assert.Throws<FormatException>(() => new InappropriateTermDetector(text, "test.txt"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("役立たず", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_list_loads_and_each_of_its_terms_is_found_when_written_alone()
    {
        string text = InappropriateTermList.ReadEmbedded();
        InappropriateTermDetector shipped = InappropriateTermDetector.Embedded;

        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        Assert.Contains("[差別語・侮蔑語]", text, StringComparison.Ordinal);
        Assert.All(shipped.Terms, term =>
        {
            Assert.NotEmpty(term.Group);
            Assert.NotEmpty(RiskTestKit.Find(shipped, term.Term));
        });
    }

    [Theory]
    [InlineData("ばかもの", "ば＊＊＊")]
    [InlineData("𠮷田", "𠮷＊")]
    [InlineData("x", "x")]
    public void A_term_is_masked_but_its_first_character(string term, string expected)
    {
        Assert.Equal(expected, RiskMask.Term(term));
    }
}
