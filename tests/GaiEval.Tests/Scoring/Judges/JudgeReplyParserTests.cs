namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Scoring.Judges;

public sealed class JudgeReplyParserTests
{
    [Fact]
    public void Reads_the_plain_shape_without_labels_when_none_are_required()
    {
        bool parsed = JudgeReplyParser.TryParse(
            """{"score": 4, "criteria": [{"point": "申込先", "met": true}, {"point": "手数料", "met": false}], "reason": "概ね良い。"}""",
            new JudgeReplyRules(2), out JudgeVerdict? verdict, out string problem);

        Assert.True(parsed, problem);
        Assert.Equal([new JudgeCriterion("申込先", true), new JudgeCriterion("手数料", false)], verdict!.Criteria);
    }

    [Fact]
    public void A_known_label_decides_met_even_when_labels_are_not_required()
    {
        bool parsed = JudgeReplyParser.TryParse(
            """{"score": 2, "criteria": [{"point": "手数料", "label": "contradicted"}], "reason": "x"}""",
            JudgeReplyRules.Any, out JudgeVerdict? verdict, out string problem);

        Assert.True(parsed, problem);
        Assert.Equal(new JudgeCriterion("手数料", false, ClaimLabel.Contradicted), Assert.Single(verdict!.Criteria));
    }

    [Fact]
    public void An_unknown_label_is_ignored_when_labels_are_not_required_but_met_is_then_needed()
    {
        Assert.True(JudgeReplyParser.TryParse(
            """{"score": 4, "criteria": [{"point": "申込先", "label": "ok", "met": true}], "reason": "x"}""",
            JudgeReplyRules.Any, out JudgeVerdict? verdict, out _));
        Assert.Equal(new JudgeCriterion("申込先", true), Assert.Single(verdict!.Criteria));

        Assert.False(JudgeReplyParser.TryParse(
            """{"score": 4, "criteria": [{"point": "申込先", "label": "ok"}], "reason": "x"}""",
            JudgeReplyRules.Any, out _, out string problem));
        Assert.Equal("\"criteria\" の各要素に真偽値の \"met\" がありません", problem);
    }

    [Fact]
    public void Writes_labels_into_the_criteria_metadata_only_for_labelled_criteria()
    {
        string json = JudgeMetadata.CriteriaJson(
            [new JudgeCriterion("申込先", true), new JudgeCriterion("処理券は500円", false, ClaimLabel.Unsupported)]);

        Assert.Equal("""[{"point":"申込先","met":true},{"point":"処理券は500円","met":false,"label":"unsupported"}]""", json);
    }
}
