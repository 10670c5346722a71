namespace GaiEval.Tests.Analysis.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Review;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;

public sealed class ScoringReliabilityBuilderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_judges_matrix_and_kappa_come_from_its_scores_against_the_human_grades()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 40, "cloud");
        run.Table("cloud", byJudge: true, bothCorrect: 20, onlyScorer: 5, onlyHuman: 3, bothWrong: 12);

        ScoringReliability reliability = ScoringReliabilityBuilder.Build(await run.SaveAsync());

        ScorerAgreement judge = Assert.Single(reliability.Agreements);
        Assert.Equal((VerdictSource.Judge, MetricNames.JudgeEquivalence, 40), (judge.Scorer, judge.Metric, judge.N));
        Assert.Equal((20, 5, 3, 12), (judge.BothCorrect, judge.OnlyScorerCorrect, judge.OnlyHumanCorrect, judge.BothWrong));
        Assert.Equal([ReviewedRun.Judge], judge.JudgeProviders);
        // pₒ = 32/40, pₑ = (25·23 + 15·17)/40² = 830/1600, κ = (0.8 − 0.51875)/(1 − 0.51875).
        Assert.Equal(0.28125 / 0.48125, judge.Kappa.Value!.Value, 12);
        Assert.Equal(CohensKappa.Of(ConfusionMatrix.FromCounts(ScorerAgreement.Categories, new[,] { { 20, 5 }, { 3, 12 } })), judge.Kappa);
        Assert.Equal(0.8, judge.Agreement.Value!.Value, 12);
        Assert.True(judge.LowAgreement);
        Assert.True(reliability.HasLowAgreement);
    }

    [Fact]
    public async Task The_rules_are_compared_first_and_a_kappa_of_0_6_or_more_is_not_low()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 60, "cloud");
        run.Table("cloud", byJudge: false, bothCorrect: 20, onlyScorer: 2, onlyHuman: 1, bothWrong: 17)
            .Table("cloud", byJudge: true, bothCorrect: 10, onlyScorer: 0, onlyHuman: 0, bothWrong: 10, firstItem: 41);

        ScoringReliability reliability = ScoringReliabilityBuilder.Build(await run.SaveAsync());

        Assert.Equal([MetricNames.Correct, MetricNames.JudgeEquivalence], reliability.Agreements.Select(a => a.Metric));
        ScorerAgreement rules = reliability.Agreements[0];
        Assert.Equal((VerdictSource.Rules, 40), (rules.Scorer, rules.N));
        Assert.Empty(rules.JudgeProviders);
        // pₒ = 37/40, pₑ = (22·21 + 18·19)/40² = 804/1600.
        Assert.Equal((0.925 - 0.5025) / (1 - 0.5025), rules.Kappa.Value!.Value, 12);
        Assert.True(rules.Kappa.Low < rules.Kappa.Value && rules.Kappa.Value < rules.Kappa.High);
        Assert.False(rules.LowAgreement);
        Assert.Equal(1, reliability.Agreements[1].Kappa.Value);
        Assert.False(reliability.HasLowAgreement);
    }

    [Fact]
    public async Task A_kappa_that_cannot_be_computed_is_not_flagged_and_scorers_without_grades_are_left_out()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 6, "cloud");
        run.Table("cloud", byJudge: true, bothCorrect: 4, onlyScorer: 0, onlyHuman: 0, bothWrong: 0)
            .Answer(ReviewedRun.ItemId(5), "cloud", rule: true)
            .Score(ReviewedRun.ItemId(5), "cloud", MetricNames.JudgeRelevance, 5);

        ScoringReliability reliability = ScoringReliabilityBuilder.Build(await run.SaveAsync());

        ScorerAgreement judge = Assert.Single(reliability.Agreements);
        Assert.Equal(MetricNames.JudgeEquivalence, judge.Metric);
        Assert.Null(judge.Kappa.Value);
        Assert.Equal(1, judge.Agreement.Value);
        Assert.False(judge.LowAgreement);
    }

    [Fact]
    public async Task Counts_who_decided_each_answer_the_human_overrides_and_the_answers_awaiting_review()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 9, "cloud", "local");
        run.Answer("q001", "cloud", rule: true)
            .Answer("q002", "cloud", rule: true, human: HumanGrade.Wrong)
            .Answer("q003", "cloud", rule: false, human: HumanGrade.Partial)
            .Answer("q004", "cloud", equivalence: 4)
            .Answer("q005", "cloud", equivalence: 3, human: HumanGrade.Correct)
            .Answer("q006", "cloud", human: HumanGrade.Correct)
            .Answer("q007", "cloud")
            .Answer("q008", "cloud")
            .Inconclusive("q008", "cloud", MetricNames.JudgeEquivalence, "判定不能: 採点の形式が読み取れません")
            .Answer("q009", "cloud", rule: true)
            .Inconclusive("q009", "cloud", MetricNames.JudgeUnsupportedClaimRate, "判定不能: 空の返答")
            .Answer("q001", "local", rule: true);
        run.Stored.Fail("q002", "local", ResponseStatus.Error, "HTTP 500");

        ScoringReliability reliability = ScoringReliabilityBuilder.Build(await run.SaveAsync());

        Assert.Equal(["cloud", "local"], reliability.Verdicts.Select(v => v.ProviderId));
        VerdictOrigins cloud = reliability.Verdicts[0];
        Assert.Equal(9, cloud.Answered);
        Assert.Equal((2, 1, 4), (cloud.ByRules, cloud.ByJudge, cloud.ByHuman));
        Assert.Equal((2, 1, 3), (cloud.HumanReversed, cloud.HumanOnly, cloud.Overrides));
        Assert.Equal((2, 2), (cloud.AwaitingReview, cloud.JudgeInconclusive));
        Assert.Equal(7, cloud.Decided);
        VerdictOrigins local = reliability.Verdicts[1];
        Assert.Equal((1, 1, 0, 0, 0), (local.Answered, local.ByRules, local.ByHuman, local.Overrides, local.AwaitingReview));
        Assert.Equal(4, reliability.HumanGrades);
    }

    [Fact]
    public async Task The_overrides_match_the_verdicts_the_accuracy_uses()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 4, "cloud");
        run.Answer("q001", "cloud", rule: true, human: HumanGrade.Wrong)
            .Answer("q002", "cloud", rule: false, human: HumanGrade.Wrong)
            .Answer("q003", "cloud", human: HumanGrade.Partial)
            .Answer("q004", "cloud", rule: true);
        RunResults results = await run.SaveAsync();

        VerdictOrigins cloud = Assert.Single(ScoringReliabilityBuilder.Build(results).Verdicts);

        int overrides = results.Responses.Count(r => results.Verdict(r.Key)?.OverridesAutomatic == true);
        Assert.Equal(2, cloud.Overrides);
        Assert.Equal(overrides, cloud.Overrides);
    }

    [Fact]
    public async Task The_unsupported_claim_rates_are_means_per_provider_with_the_unsupported_facts_summed()
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(folder, 3, "cloud", "local");
        run.Answer("q001", "cloud", rule: true).Answer("q002", "cloud", rule: true).Answer("q003", "cloud", rule: false)
            .Answer("q001", "local", rule: true)
            .Score("q001", "cloud", MetricNames.UnsupportedClaimRate, 0.5).Score("q001", "cloud", MetricNames.UnsupportedFacts, 2)
            .Score("q002", "cloud", MetricNames.UnsupportedClaimRate, 0).Score("q002", "cloud", MetricNames.UnsupportedFacts, 0)
            .Score("q003", "cloud", MetricNames.UnsupportedClaimRate, 0.25).Score("q003", "cloud", MetricNames.UnsupportedFacts, 1)
            .Score("q001", "cloud", MetricNames.JudgeUnsupportedClaimRate, 1).Score("q002", "cloud", MetricNames.JudgeUnsupportedClaimRate, 0)
            .Inconclusive("q003", "cloud", MetricNames.JudgeUnsupportedClaimRate, "判定不能: 空の返答");

        ScoringReliability reliability = ScoringReliabilityBuilder.Build(await run.SaveAsync());

        UnsupportedClaims cloud = reliability.UnsupportedClaims[0];
        Assert.Equal((0.25, 3), (cloud.CheckedRate!.Value!.Value, cloud.CheckedRate.N));
        Assert.True(cloud.CheckedRate.Low <= 0.25 && cloud.CheckedRate.High >= 0.25 && cloud.CheckedRate.Low < cloud.CheckedRate.High);
        Assert.Equal((0.5, 2), (cloud.JudgedRate!.Value!.Value, cloud.JudgedRate.N));
        Assert.Equal(3, cloud.UnsupportedFacts);
        UnsupportedClaims local = reliability.UnsupportedClaims[1];
        Assert.Equal(("local", null, null, 0, false), (local.ProviderId, local.CheckedRate, local.JudgedRate, local.UnsupportedFacts, local.HasFigures));
    }
}
