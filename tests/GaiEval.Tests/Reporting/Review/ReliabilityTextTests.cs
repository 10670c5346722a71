namespace GaiEval.Tests.Reporting.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Review;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Review;

public sealed class ReliabilityTextTests
{
    [Fact]
    public void A_kappa_of_0_6_or_more_whose_interval_reaches_below_asks_to_keep_checking()
    {
        ScorerAgreement rules = ScorerAgreement.Of(VerdictSource.Rules, MetricNames.Correct, [], Pairs(10, 1, 1, 8));

        Assert.Equal(
            "ルールと人の判定の一致度（κ）0.80 [0.53, 1.00]、n=20: 0.6以上ですが、95%区間の下限が0.6を下回るため人の確認を続けてください",
            ReliabilityText.Agreement(rules));
    }

    [Fact]
    public void A_low_kappa_of_the_rules_warns_against_the_rules_alone()
    {
        ScorerAgreement rules = ScorerAgreement.Of(VerdictSource.Rules, MetricNames.Correct, [], Pairs(20, 5, 3, 12));

        Assert.Equal("0.6未満のためルールだけに頼らないでください", ReliabilityText.Advice(rules));
    }

    [Fact]
    public void A_kappa_that_cannot_be_computed_says_why_and_gives_the_agreement_share()
    {
        ScorerAgreement rubric = ScorerAgreement.Of(VerdictSource.Judge, MetricNames.JudgeRubric, ["judge-llm"], Pairs(4, 0, 0, 0));

        Assert.Equal(
            "判定者（採点基準）と人の判定の一致度（κ）計算できません、n=4: 自動採点も人もすべて同じ判定のため一致度は計算できません（一致率 100.0%）",
            ReliabilityText.Agreement(rubric));
    }

    private static List<(bool Scorer, bool Human)> Pairs(int bothCorrect, int onlyScorer, int onlyHuman, int bothWrong) =>
    [
        .. Enumerable.Repeat((true, true), bothCorrect), .. Enumerable.Repeat((true, false), onlyScorer),
        .. Enumerable.Repeat((false, true), onlyHuman), .. Enumerable.Repeat((false, false), bothWrong),
    ];
}
