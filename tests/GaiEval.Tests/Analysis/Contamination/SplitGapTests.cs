namespace GaiEval.Tests.Analysis.Contamination;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Contamination;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>The public-versus-hidden accuracy gap: a contamination signal for a vendor round.</summary>
public sealed class SplitGapTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_interval_for_independent_proportions_is_newcombes_method_10()
    {
        // Newcombe (1998), Statistics in Medicine 17:873, example (a): 56/70 − 48/80 = 0.2000, method 10: 0.0524 to 0.3339.
        Estimate difference = IndependentDifference.Newcombe(56, 70, 48, 80);

        Assert.Equal(0.2, difference.Value!.Value, 10);
        Assert.Equal(0.0524, difference.Low, 4);
        Assert.Equal(0.3339, difference.High, 4);
        Assert.Null(IndependentDifference.Newcombe(0, 0, 3, 5).Value);
    }

    [Theory]
    [InlineData(4, 4, 0, 4, 2.0 / 70)] // the lady tasting tea: both extreme tables of 70
    [InlineData(3, 3, 0, 3, 0.1)]
    [InlineData(2, 4, 2, 4, 1.0)]
    [InlineData(0, 0, 2, 4, 1.0)]
    [InlineData(600, 1000, 600, 1000, 1.0)] // a thousand answers a side: the coefficients overflow a double unless taken in logarithms
    public void Fishers_exact_test_sums_the_tables_no_more_probable_than_the_one_seen(int a, int n1, int c, int n2, double p)
    {
        Assert.Equal(p, IndependentDifference.FisherTwoSided(a, n1, c, n2), 10);
    }

    [Fact]
    public async Task A_provider_better_on_public_items_than_on_hidden_ones_is_flagged_and_one_alike_on_both_is_not()
    {
        GoldItem[] items =
        [
            .. Enumerable.Range(1, 8).Select(i => StoredRun.Item($"p{i}")),
            .. Enumerable.Range(1, 8).Select(i => StoredRun.Item($"h{i}") with { Split = ItemSplit.Hidden }),
            StoredRun.Item("x1") with { Split = ItemSplit.Private },
        ];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("tuned"), StoredRun.Provider("fair"));
        foreach (GoldItem item in items)
        {
            // tuned: every public item right, 1 of 8 hidden right (h8 awaits a verdict); fair: 6 of 8 right on each side.
            bool? tunedCorrect = item.Split == ItemSplit.Public || item.Id == "h1" ? true : item.Id == "h8" ? null : false;
            stored.Answer(item.Id, "tuned", "回答", tunedCorrect, latencyMs: 5);
            stored.Answer(item.Id, "fair", "回答", item.Id[1..] is not ("7" or "8"), latencyMs: 5);
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());

        SplitGap tuned = report.Analysis.SplitGaps[0];
        Assert.Equal((8, 8, 1, 7, 1), (tuned.Public.Successes, tuned.Public.N, tuned.Hidden.Successes, tuned.Hidden.N, tuned.Undecided));
        // Fisher, 9 correct of 15 with 8 public: P(k public correct) = C(9,k)·C(6,8−k)/C(15,8), C(15,8) = 6435. The table seen
        // (k = 8) has 9/6435; every other possible k (2…7: 36, 504, 1890, …) is more likely, so p = 9/6435.
        Assert.Equal(9.0 / 6435, tuned.PValue, 12);
        Assert.True(tuned.Suspect);
        SplitGap fair = report.Analysis.SplitGaps[1];
        Assert.Equal((6, 8, 6, 8), (fair.Public.Successes, fair.Public.N, fair.Hidden.Successes, fair.Hidden.N));
        Assert.False(fair.Suspect);
        string html = new HtmlReportWriter().Render(report);
        Assert.Contains("<h3>公開問と非公開問の正答率（練習・学習による汚染の兆候）</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<td>あり（公開問だけ良い）</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_set_without_hidden_items_has_no_gap_to_show()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("p1"), StoredRun.Item("p2")], StoredRun.Provider("a"));
        stored.Answer("p1", "a", "回答", true, latencyMs: 5).Answer("p2", "a", "回答", false, latencyMs: 5);

        RunReport report = RunReport.Build(await stored.SaveAsync());

        Assert.Empty(report.Analysis.SplitGaps);
        Assert.DoesNotContain("公開問と非公開問", new HtmlReportWriter().Render(report), StringComparison.Ordinal);
    }
}
