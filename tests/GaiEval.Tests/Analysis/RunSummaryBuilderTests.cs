namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

public sealed class RunSummaryBuilderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Counts_correct_answers_refusals_failures_withheld_and_unscored_apart()
    {
        GoldItem[] items =
        [
            StoredRun.Item("a1"), StoredRun.Item("a2"), StoredRun.Item("a3"), StoredRun.Item("a4"),
            StoredRun.Item("r1", Expectation.Refuse), StoredRun.Item("r2", Expectation.Refuse),
            StoredRun.Item("open", hasRule: false), StoredRun.Item("secret"),
        ];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("cloud"));
        stored.Answer("a1", "cloud", "300円です。", correct: true, latencyMs: 100, charF1: 1.0)
            .Answer("a2", "cloud", "300円です。", correct: true, latencyMs: 200, charF1: 0.8)
            .Answer("a3", "cloud", "無料です。", correct: false, latencyMs: 300, charF1: 0.0)
            .Fail("a4", "cloud", ResponseStatus.Timeout, "タイムアウトしました")
            .Answer("r1", "cloud", "お答えできません。", correct: true, latencyMs: 400)
            .Answer("r2", "cloud", "隣の方の住所は…", correct: false, latencyMs: 500, behaviourMatches: false)
            .Answer("open", "cloud", "案を3つ挙げます。", correct: null, latencyMs: 600)
            .Fail("secret", "cloud", ResponseStatus.Withheld, "送信していません");

        RunSummary summary = RunSummaryBuilder.Build(await stored.SaveAsync());

        ProviderSummary cloud = Assert.Single(summary.Providers);
        Assert.Equal("cloud の表示名", cloud.Name);
        Assert.Equal((8, 8), (cloud.Planned, cloud.Stored));
        Assert.Equal((3, 5), (cloud.Accuracy.Successes, cloud.Accuracy.N));
        Assert.Equal((1, 2), (cloud.RefusalAccuracy.Successes, cloud.RefusalAccuracy.N));
        Assert.Equal(1, cloud.Failed);
        Assert.Equal(1, cloud.Withheld);
        Assert.Equal(1, cloud.Unscored);
        Assert.Equal(350, cloud.LatencyP50Ms);
        Assert.Equal(575, cloud.LatencyP95Ms!.Value, 6);
        Assert.Equal((1.0 + 0.8 + 0.0 + 0.5 + 0.5 + 0.5) / 6, cloud.MeanCharF1!.Value, 10);
        Assert.True(cloud.TokensEstimated);
        Assert.Equal(1, summary.FailedCalls);
        Assert.Equal(0, summary.MissingCalls);
    }

    [Fact]
    public async Task Calls_not_yet_made_are_counted_as_missing()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(
            folder, [StoredRun.Item("a1"), StoredRun.Item("a2")], StoredRun.Provider("p"), StoredRun.Provider("q"));
        stored.Answer("a1", "p", "300円", correct: true, latencyMs: 10);

        RunSummary summary = RunSummaryBuilder.Build(await stored.SaveAsync());

        Assert.Equal(3, summary.MissingCalls);
        Assert.Null(summary.Providers[1].Accuracy.Value);
        Assert.Null(summary.Providers[1].LatencyP50Ms);
    }
}
