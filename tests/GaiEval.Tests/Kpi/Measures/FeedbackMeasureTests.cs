namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class FeedbackMeasureTests
{
    [Fact]
    public void Bad_share_counts_only_rated_rows_of_real_users()
    {
        UsageEvent[] events =
        [
            Rated(UsageFeedback.Good), Rated(UsageFeedback.Good), Rated(UsageFeedback.Bad), Rated(null),
            Rated(UsageFeedback.Bad) with { FromHarness = true }, Rated(UsageFeedback.Good) with { FromHarness = true },
        ];

        FeedbackResult result = FeedbackMeasure.Measure(events);

        // Rated real rows: good, good, bad → 1/3; the unrated row and both harness rows are out.
        Assert.Equal((2, 1, 2), (result.Good, result.Bad, result.HarnessRows));
        WilsonByHand.AssertInterval(1, 3, result.BadShare);
        Assert.StartsWith(FeedbackResult.Label, result.BadShare.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_feedback_there_is_no_share()
    {
        FeedbackResult result = FeedbackMeasure.Measure([Rated(null)]);

        Assert.Null(result.BadShare.Value);
        Assert.Equal((0, 0, 0.0, 1.0), (result.BadShare.N, result.Good + result.Bad, result.BadShare.Low, result.BadShare.High));
    }

    private static UsageEvent Rated(UsageFeedback? feedback) =>
        new() { Timestamp = new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.Zero), User = "u1", Feedback = feedback };
}
