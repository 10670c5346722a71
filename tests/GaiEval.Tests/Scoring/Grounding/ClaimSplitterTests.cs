namespace GaiEval.Tests.Scoring.Grounding;

using GaiEval.Scoring.Grounding;

public sealed class ClaimSplitterTests
{
    [Fact]
    public void Splits_after_each_japanese_and_ascii_end_mark()
    {
        var claims = ClaimSplitter.Split("手数料は300円です。窓口は区民課です！ご不明な点はありますか？はい! 了解?");

        Assert.Equal(["手数料は300円です。", "窓口は区民課です！", "ご不明な点はありますか？", "はい!", "了解?"], claims);
    }

    [Fact]
    public void Splits_at_line_breaks_and_drops_empty_lines()
    {
        var claims = ClaimSplitter.Split("受付は8時30分からです\r\n\r\n  \n土日は休みです");

        Assert.Equal(["受付は8時30分からです", "土日は休みです"], claims);
    }

    [Fact]
    public void Does_not_split_inside_quotes_or_brackets()
    {
        var claims = ClaimSplitter.Split(
            "申請書に「住所。氏名。」と書きます。『注意！』を読んでください。（詳しくは窓口へ。）です。\"Yes. No.\" と答えます。");

        Assert.Equal(
            ["申請書に「住所。氏名。」と書きます。", "『注意！』を読んでください。", "（詳しくは窓口へ。）です。", "\"Yes. No.\" と答えます。"],
            claims);
    }

    [Fact]
    public void Keeps_a_run_of_end_marks_with_its_sentence()
    {
        Assert.Equal(["本当ですか！？", "はい。"], ClaimSplitter.Split("本当ですか！？はい。"));
    }

    [Fact]
    public void Strips_bullet_markers()
    {
        var claims = ClaimSplitter.Split("・本人確認書類\n- 印鑑\n* 手数料300円\n1. 申請書を書く\n２．窓口に出す\n① 待つ\n(3) 受け取る");

        Assert.Equal(["本人確認書類", "印鑑", "手数料300円", "申請書を書く", "窓口に出す", "待つ", "受け取る"], claims);
    }

    [Fact]
    public void Keeps_a_leading_decimal_number_that_is_not_a_bullet()
    {
        Assert.Equal(["1.5倍になります。"], ClaimSplitter.Split("1.5倍になります。"));
    }

    [Fact]
    public void An_unclosed_bracket_ends_at_the_line_break()
    {
        var claims = ClaimSplitter.Split("「申請書。を出す\n次に窓口へ。");

        Assert.Equal(["「申請書。を出す", "次に窓口へ。"], claims);
    }

    [Fact]
    public void An_empty_answer_has_no_claims()
    {
        Assert.Empty(ClaimSplitter.Split(""));
        Assert.Empty(ClaimSplitter.Split("。\n・\n"));
    }
}
