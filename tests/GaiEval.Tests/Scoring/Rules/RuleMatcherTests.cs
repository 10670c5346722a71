namespace GaiEval.Tests.Scoring.Rules;

using GaiEval.Core.Text;
using GaiEval.Scoring.Rules;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class RuleMatcherTests
{
    [Theory]
    [InlineData("開庁時間は８：３０からです。", "8:30")]
    [InlineData("開庁時間は8:30からです。", "８：３０")]
    [InlineData("ＬＩＮＥで申し込めます。", "line")]
    [InlineData("粗大ごみ受付センタ―へ", "粗大ごみ受付センター")]
    [InlineData("手数料は1,000円です。", "1000円")]
    [InlineData("電話は03−5318−2211です。", "03-5318-2211")]
    [InlineData("汐見野区　区民課", "汐見野区区民課")]
    [InlineData("受付は8:30～17:15です。", "8:30〜17:15")]
    public void Finds_a_phrase_through_width_case_dash_space_and_separator_variants(string response, string phrase)
    {
        string normalized = GaiEval.Core.Text.JapaneseTextNormalizer.Normalize(response);

        Assert.True(PhraseSearch.Contains(normalized, phrase));
    }

    [Theory]
    [InlineData("手数料は1,300円です。", "300円")]
    [InlineData("窓口は18:30までです。", "8:30")]
    [InlineData("窓口は8:300までです。", "8:30")]
    [InlineData("受付番号は1234です。", "123")]
    public void Does_not_find_a_number_inside_a_longer_number(string response, string phrase)
    {
        string normalized = GaiEval.Core.Text.JapaneseTextNormalizer.Normalize(response);

        Assert.False(PhraseSearch.Contains(normalized, phrase));
    }

    [Fact]
    public void Finds_a_number_at_a_later_position_when_an_earlier_one_is_part_of_a_longer_number()
    {
        string normalized = GaiEval.Core.Text.JapaneseTextNormalizer.Normalize("1,300円ではなく300円です。");

        Assert.True(PhraseSearch.Contains(normalized, "300円"));
    }

    [Fact]
    public void Never_matches_an_alternative_that_normalises_to_nothing() =>
        Assert.False(PhraseSearch.Contains("なんでも", "\u3000 "));

    [Fact]
    public void Splits_groups_into_matched_and_missing_and_lists_forbidden_hits()
    {
        var item = Item(
            mustInclude: [["8時30分", "8:30"], ["17時15分", "17:15"], ["300円"]],
            mustNotInclude: ["24時間", "夜間窓口"]);

        RuleMatch match = RuleMatcher.Match(item, "平日８：３０から１７：１５まで。２４時間受け付けています。");

        Assert.Equal(2, match.MatchedGroups.Count);
        Assert.Equal(["300円"], Assert.Single(match.MissingGroups));
        Assert.Equal(["24時間"], match.ForbiddenHits);
        Assert.Equal(2.0 / 3, match.Coverage);
        Assert.Equal("未充足: [300円]", match.DescribeMissing());
        Assert.Equal("禁止語: 24時間", match.DescribeForbidden());
    }

    [Fact]
    public void Has_no_coverage_and_no_descriptions_for_an_item_without_rules()
    {
        RuleMatch match = RuleMatcher.Match(Item(), "回答です。");

        Assert.Null(match.Coverage);
        Assert.Null(match.DescribeMissing());
        Assert.Null(match.DescribeForbidden());
    }
}
