namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class MeasuredTimeSavedTests
{
    // Paired differences: 文書作成 30 − 10 = 20, 40 − 25 = 15, 20 − 25 = −5 (slower with AI); 情報抽出 60 − 20 = 40.
    private static readonly TaskTiming[] Timings =
    [
        Timed("文書作成", 30, 10), Timed("文書作成", 40, 25), Timed("文書作成", 20, 25), Timed("情報抽出", 60, 20),
    ];

    [Fact]
    public void Averages_the_paired_differences_per_category_and_overall()
    {
        MeasuredTimeSavedResult result = MeasuredTimeSaved.Measure(Timings);

        // 文書作成 (20 + 15 − 5) / 3 = 10, n 3; 情報抽出 40, n 1 (one value: its interval is the point);
        // overall (20 + 15 − 5 + 40) / 4 = 17.5, n 4.
        Estimate drafting = result.Categories.Single(c => c.Category == "文書作成").MeanMinutesSaved;
        Estimate extraction = result.Categories.Single(c => c.Category == "情報抽出").MeanMinutesSaved;
        Assert.Equal((10.0, 3), (drafting.Value!.Value, drafting.N));
        Assert.Equal((40.0, 40.0, 40.0, 1), (extraction.Value!.Value, extraction.Low, extraction.High, extraction.N));
        Assert.Equal((17.5, 4), (result.Overall!.Value!.Value, result.Overall.N));
        Assert.Contains("対応のある差", result.Overall.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_intervals_are_reproducible_and_hold_the_estimate()
    {
        MeasuredTimeSavedResult first = MeasuredTimeSaved.Measure(Timings, seed: 11);
        MeasuredTimeSavedResult again = MeasuredTimeSaved.Measure([.. Timings.Reverse()], seed: 11);

        Assert.Equal(first.Overall, again.Overall);
        Assert.Equal(first.Categories, again.Categories);
        Estimate drafting = first.Categories.Single(c => c.Category == "文書作成").MeanMinutesSaved;
        Assert.True(drafting.Low <= 10 && 10 <= drafting.High && drafting.Low < drafting.High, $"{drafting.Low} {drafting.High}");
        Assert.True(drafting.Low >= -5 && drafting.High <= 20);
    }

    [Fact]
    public void Without_timings_there_is_no_estimate()
    {
        MeasuredTimeSavedResult result = MeasuredTimeSaved.Measure([]);

        Assert.Empty(result.Categories);
        Assert.Null(result.Overall);
    }

    private static TaskTiming Timed(string category, double without, double with) =>
        new() { Task = $"{category}の作業", Category = category, Staff = "k1", MinutesWithout = without, MinutesWith = with };
}
