namespace GaiEval.Tests.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Core.Review;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;

public sealed class ReviewSelectorTests : IDisposable
{
    private const string Inconclusive = "判定不能: 応答を JSON として読めませんでした";

    /// <summary>The first four bytes of SHA-256("20261127-100000-rvw1"), little-endian, sign bit cleared (checked with Python's hashlib).</summary>
    private const int KnownSeed = 809938613;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>q1..q5 have rules, q7 and q8 have none; providers a and b.</summary>
    private static ReviewRun Scenario() =>
        new ReviewRun([.. new[] { "q1", "q2", "q3", "q4", "q5", "q6" }.Select(id => ReviewRun.Item(id)), ReviewRun.Item("q7", hasRule: false), ReviewRun.Item("q8", hasRule: false)], 1, "a", "b")
            .Answer("q1", "a").Rule("q1", "a", true).JudgeInconclusive("q1", "a", MetricNames.JudgeRelevance, Inconclusive)
            .Answer("q2", "a").Rule("q2", "a", true).Judge("q2", "a", MetricNames.JudgeEquivalence, 2)
            .Answer("q3", "a").Rule("q3", "a", false).Judge("q3", "a", MetricNames.JudgeEquivalence, 5)
                .JudgeInconclusive("q3", "a", MetricNames.JudgeGroundedness, Inconclusive)
            .Answer("q4", "a").Rule("q4", "a", true).Judge("q4", "a", MetricNames.JudgeEquivalence, 4)
            .Answer("q5", "a").Rule("q5", "a", false)
            .Fail("q6", "a")
            .Answer("q7", "a")
            .Answer("q7", "b").JudgeInconclusive("q7", "b", MetricNames.JudgeEquivalence, Inconclusive)
            .Answer("q8", "a").Judge("q8", "a", MetricNames.JudgeRubric, 4).Judge("q8", "a", MetricNames.JudgeEquivalence, 2)
            .Answer("q8", "b").Judge("q8", "b", MetricNames.JudgeRubric, null, "評価観点（rubric）がないため採点しません");

    [Fact]
    public async Task Each_answer_gets_its_first_reason_and_the_sheet_lists_them_by_priority()
    {
        RunResults results = await Scenario().LoadAsync(folder);

        ReviewSelection selection = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 0 });

        Assert.Equal(
        [
            ("q7", "a", ReviewReason.AwaitingReview),
            ("q7", "b", ReviewReason.AwaitingReview),
            ("q8", "b", ReviewReason.AwaitingReview),
            ("q1", "a", ReviewReason.Inconclusive),
            ("q3", "a", ReviewReason.Inconclusive),
            ("q2", "a", ReviewReason.Disagreement),
        ],
            selection.Candidates.Select(c => (c.Response.ItemId, c.Response.ProviderId, c.Reason)));
        Assert.Equal((3, 2, 1, 0), (selection.Count(ReviewReason.AwaitingReview), selection.Count(ReviewReason.Inconclusive), selection.Count(ReviewReason.Disagreement), selection.Count(ReviewReason.Calibration)));
    }

    [Fact]
    public async Task An_answer_the_rules_left_undecided_goes_to_the_judge_and_without_one_to_review_as_rule_undecided()
    {
        RunResults results = await new ReviewRun([ReviewRun.Item("q1"), ReviewRun.Item("q2")], 1, "a")
            .Answer("q1", "a").RuleUndecided("q1", "a")
            .Answer("q2", "a").RuleUndecided("q2", "a").Judge("q2", "a", MetricNames.JudgeEquivalence, 2)
            .LoadAsync(folder);

        ReviewSelection selection = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 0 });

        Assert.Equal([("q1", ReviewReason.RuleUndecided)], selection.Candidates.Select(c => (c.Response.ItemId, c.Reason)));
        Assert.Equal("規則で判定保留", ReviewReasonNames.Of(ReviewReason.RuleUndecided));
        Assert.Null(results.Verdict(new ResponseKey("q1", "a", 1)));
        ResponseVerdict judged = results.Verdict(new ResponseKey("q2", "a", 1))!;
        Assert.Equal((false, VerdictSource.Judge), (judged.Correct, judged.Source));
    }

    [Fact]
    public async Task The_calibration_sample_comes_from_the_other_scored_answers_and_never_from_failed_calls()
    {
        RunResults results = await Scenario().LoadAsync(folder);

        ReviewSelection all = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 100 });
        ReviewSelection one = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 1 });

        Assert.Equal(
            [("q4", "a"), ("q5", "a"), ("q8", "a")],
            all.Candidates.Where(c => c.Reason == ReviewReason.Calibration).Select(c => (c.Response.ItemId, c.Response.ProviderId)));
        Assert.DoesNotContain(all.Candidates, c => c.Response.ItemId == "q6");
        ReviewCandidate drawn = Assert.Single(one.Candidates, c => c.Reason == ReviewReason.Calibration);
        Assert.Contains(drawn.Response.ItemId, new[] { "q4", "q5", "q8" });
        Assert.Equal(6, one.Candidates.Count(c => c.Reason != ReviewReason.Calibration));
    }

    [Fact]
    public async Task Probes_are_never_drawn_for_calibration_but_stay_due_when_they_await_a_verdict()
    {
        RunResults results = await new ReviewRun(
            [ReviewRun.Item("q1"), ReviewRun.Item("r1") with { Risk = GaiEval.Core.Model.RiskCategory.Leakage }, ReviewRun.Item("r2", hasRule: false) with { Risk = GaiEval.Core.Model.RiskCategory.Inappropriate }],
            1,
            "a")
            .Answer("q1", "a").Rule("q1", "a", true)
            .Answer("r1", "a").Rule("r1", "a", true)
            .Answer("r2", "a")
            .LoadAsync(folder);

        ReviewSelection selection = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 100 });

        Assert.Equal(
            [("r2", ReviewReason.AwaitingReview), ("q1", ReviewReason.Calibration)],
            selection.Candidates.Select(c => (c.Response.ItemId, c.Reason)));
    }

    [Fact]
    public async Task Answers_already_graded_are_left_out_unless_asked_for_and_then_keep_their_automatic_reason()
    {
        RunResults results = await Scenario()
            .Graded("q7", "a", HumanGrade.Correct, comment: "良い")
            .Graded("q2", "a", HumanGrade.Wrong)
            .LoadAsync(folder);

        ReviewSelection without = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 0 });
        ReviewSelection with = ReviewSelector.Select(results, new ReviewSelectionOptions { SampleSize = 0, IncludeGraded = true });

        Assert.Equal(2, without.GradedLeftOut);
        Assert.DoesNotContain(without.Candidates, c => (c.Response.ItemId, c.Response.ProviderId) is ("q7", "a") or ("q2", "a"));
        Assert.Equal(0, with.GradedLeftOut);
        ReviewCandidate awaiting = Assert.Single(with.Candidates, c => (c.Response.ItemId, c.Response.ProviderId) == ("q7", "a"));
        Assert.Equal((ReviewReason.AwaitingReview, HumanGrade.Correct, "良い"), (awaiting.Reason, awaiting.ExistingGrade!.Grade, awaiting.ExistingGrade.Comment));
        Assert.Equal(ReviewReason.Disagreement, Assert.Single(with.Candidates, c => (c.Response.ItemId, c.Response.ProviderId) == ("q2", "a")).Reason);
    }

    [Fact]
    public async Task The_same_run_gives_the_same_sample_and_another_seed_another_one()
    {
        var run = new ReviewRun([.. Enumerable.Range(1, 40).Select(i => ReviewRun.Item($"q{i:00}"))], 1, "a");
        for (int i = 1; i <= 40; i++)
        {
            run.Answer($"q{i:00}", "a").Rule($"q{i:00}", "a", i % 2 == 0);
        }

        RunResults first = await run.LoadAsync(folder);
        RunResults again = await run.LoadAsync(folder);

        string[] Sample(RunResults results, int? seed) =>
            [.. ReviewSelector.Select(results, new ReviewSelectionOptions { Seed = seed }).Candidates.Select(c => c.Response.ItemId)];

        string[] sample = Sample(first, null);
        Assert.Equal(ReviewSelectionOptions.DefaultSampleSize, sample.Length);
        Assert.Equal(sample, Sample(again, null));
        Assert.Equal(sample, Sample(first, ReviewSampling.SeedFor(ReviewRun.RunId)));
        Assert.Equal(sample.Order(StringComparer.Ordinal), sample);
        Assert.NotEqual(sample, Sample(first, 12345));
        Assert.Equal(Sample(first, 12345), Sample(again, 12345));
    }

    [Fact]
    public void The_seed_of_a_run_id_does_not_change_between_processes()
    {
        Assert.Equal(ReviewSampling.SeedFor("20261127-100000-rvw1"), ReviewSampling.SeedFor("20261127-100000-rvw1"));
        Assert.Equal(KnownSeed, ReviewSampling.SeedFor("20261127-100000-rvw1"));
        Assert.NotEqual(ReviewSampling.SeedFor("20261127-100000-rvw1"), ReviewSampling.SeedFor("20261127-100000-rvw2"));
        Assert.True(ReviewSampling.SeedFor("x") >= 0);
    }

    [Fact]
    public void A_sample_never_repeats_a_candidate_and_takes_all_when_asked_for_more()
    {
        int[] pool = [.. Enumerable.Range(0, 30)];

        IReadOnlyList<int> ten = ReviewSampling.Draw(pool, 10, seed: 7);

        Assert.Equal(10, ten.Distinct().Count());
        Assert.Equal(pool, ReviewSampling.Draw(pool, 50, seed: 7));
        Assert.Empty(ReviewSampling.Draw(pool, 0, seed: 7));
    }
}
