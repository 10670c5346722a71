namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;

public sealed class RunAnalysisBuilderTests : IDisposable
{
    private const string Children = "子ども・子育て";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Counts_every_call_once_and_keeps_accuracy_apart_by_category_and_use()
    {
        GoldItem[] items =
        [
            StoredRun.Item("a1"), StoredRun.Item("a2"), StoredRun.Item("a3"), StoredRun.Item("a4"),
            StoredRun.Item("c1") with { Category = Children, Use = ItemUses.DocumentDrafting },
            StoredRun.Item("c2") with { Category = Children, Use = ItemUses.DocumentDrafting },
            StoredRun.Item("r1", Expectation.Refuse), StoredRun.Item("r2", Expectation.Refuse),
            StoredRun.Item("open", hasRule: false), StoredRun.Item("secret"), StoredRun.Item("e1"), StoredRun.Item("m1"),
        ];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("cloud"));
        stored.Answer("a1", "cloud", "300円です。", correct: true, latencyMs: 100)
            .Answer("a2", "cloud", "300円です。", correct: true, latencyMs: 100)
            .Answer("a3", "cloud", "無料です。", correct: false, latencyMs: 100)
            .Fail("a4", "cloud", ResponseStatus.Timeout, "タイムアウトしました")
            .Answer("c1", "cloud", "300円です。", correct: true, latencyMs: 100)
            .Answer("c2", "cloud", "わかりません。", correct: false, latencyMs: 100)
            .Answer("r1", "cloud", "お答えできません。", correct: true, latencyMs: 100)
            .Answer("r2", "cloud", "隣の方の住所は…", correct: false, latencyMs: 100, behaviourMatches: false)
            .Answer("open", "cloud", "案を3つ挙げます。", correct: null, latencyMs: 100)
            .Fail("secret", "cloud", ResponseStatus.Withheld, "送信していません")
            .Fail("e1", "cloud", ResponseStatus.Error, "HTTP 500");

        RunAnalysis analysis = RunAnalysisBuilder.Build(await stored.SaveAsync());

        ProviderAnalysis cloud = Assert.Single(analysis.Providers);
        CallCounts counts = cloud.Counts;
        Assert.Equal((12, 11, 8, 7, 1, 1), (counts.Planned, counts.Stored, counts.Answered, counts.Scored, counts.Unscored, counts.WithoutRule));
        Assert.Equal((1, 1, 1, 2, 1, 10), (counts.Withheld, counts.Errors, counts.Timeouts, counts.Failed, counts.Missing, counts.Made));
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(4, 7)), cloud.Accuracy);
        Assert.Equal(
            [("住民票・戸籍", 3, 5), (Children, 1, 2)],
            cloud.AccuracyByCategory.Select(g => (g.Name, Correct(g.Accuracy), g.Accuracy.N)));
        Assert.Equal(
            [(ItemUses.DocumentDrafting, 1, 2), (ItemUses.Dialogue, 3, 5)],
            cloud.AccuracyByUse.Select(g => (g.Name, Correct(g.Accuracy), g.Accuracy.N)));
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 2)), cloud.RefusalAccuracy);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 10)), cloud.ErrorRate);
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 10)), cloud.TimeoutRate);
        Assert.Equal(0, cloud.TrapFailureRate.N);
        Assert.Null(cloud.TrapFailureRate.Value);
        Assert.Null(cloud.Repeats);
        Assert.Equal((StoredRun.RunId, 12, 1), (analysis.RunId, analysis.ItemCount, analysis.Repeats));
    }

    [Fact]
    public async Task Trap_failures_are_answered_tagged_traps_with_a_forbidden_string_found()
    {
        GoldItem[] items =
        [
            Trap("t1", tagged: true), Trap("t2", tagged: true), Trap("t3", tagged: false), Trap("t4", tagged: true),
            StoredRun.Item("t5") with { Tags = ["trap"] }, StoredRun.Item("n1"),
        ];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("p"));
        stored.Add(Answered(stored, "t1", "p"), (MetricNames.MustNotIncludeHits, 1), (MetricNames.Correct, 0))
            .Add(Answered(stored, "t2", "p"), (MetricNames.MustNotIncludeHits, 0), (MetricNames.Correct, 1))
            .Add(Answered(stored, "t3", "p"), (MetricNames.MustNotIncludeHits, 2), (MetricNames.Correct, 0))
            .Add(stored.Call("t4", "p", ResponseStatus.Timeout))
            .Add(Answered(stored, "t5", "p"), (MetricNames.Correct, 1))
            .Add(Answered(stored, "n1", "p"), (MetricNames.Correct, 1));

        RunAnalysis analysis = RunAnalysisBuilder.Build(await stored.SaveAsync());

        // t1 failed, t2 held; t3 hit a forbidden string but is no trap (not tagged), t4 was not answered and t5 (a tag
        // without must_not_include) has no count.
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(1, 2)), analysis.Providers[0].TrapFailureRate);
    }

    [Fact]
    public async Task Latency_counts_fresh_calls_only_and_end_to_end_time_counts_failures_too()
    {
        GoldItem[] items = [.. Enumerable.Range(1, 7).Select(i => StoredRun.Item($"i{i}"))];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("p"));
        for (int i = 1; i <= 5; i++)
        {
            stored.Add(
                Answered(stored, $"i{i}", "p") with
                {
                    LatencyMs = i * 100,
                    TtftMs = i <= 2 ? 30 + (i * 20) : null,
                    TotalMs = (i * 100) + 10,
                    InputTokens = i * 100,
                    OutputTokens = i * 10,
                    TokenSource = i <= 3 ? TokenSource.Reported : TokenSource.Estimated,
                },
                (MetricNames.Correct, 1));
        }

        stored.Add(
                Answered(stored, "i6", "p") with
                {
                    Cached = true, LatencyMs = 9000, TtftMs = 9000, TotalMs = 9000, InputTokens = 600, OutputTokens = 60, TokenSource = TokenSource.Estimated,
                },
                (MetricNames.Correct, 1))
            .Add(stored.Call("i7", "p", ResponseStatus.Error) with { Error = "HTTP 500", TotalMs = 5000 });

        ProviderAnalysis p = Assert.Single(RunAnalysisBuilder.Build(await stored.SaveAsync()).Providers);

        // Fresh latencies 100..500, type 7: p50 = 300, p90 = 400 + 0.6·100, p95 = 400 + 0.8·100, p99 = 400 + 0.96·100.
        LatencyPercentiles latency = p.Latency.LatencyMs!;
        Assert.Equal([300.0, 460.0, 480.0, 496.0], Values(latency));
        Assert.All(Estimates(latency), e => AssertInterval(e, n: 5, min: 100, max: 500));
        LatencyPercentiles ttft = p.Latency.TimeToFirstTokenMs!;
        Assert.Equal(60.0, ttft.P50.Value!.Value, 9);
        Assert.All(Estimates(ttft), e => AssertInterval(e, n: 2, min: 50, max: 70));

        // End to end: 110, 210, 310, 410, 510 and the failed call's 5000; p95 = 510 + 0.75·(5000 − 510).
        Estimate total = p.Latency.TotalP95Ms!;
        Assert.Equal(3877.5, total.Value!.Value, 9);
        AssertInterval(total, n: 6, min: 110, max: 5000);

        // Tokens of every answered call, the cached one included: 100..600 in, 10..60 out; 3 of 6 estimated.
        TokenStatistics input = p.Tokens.Input!;
        Assert.Equal((350.0, 575.0, 2100L), (input.Mean.Value!.Value, input.P95.Value!.Value, input.Total));
        AssertInterval(input.Mean, n: 6, min: 100, max: 600);
        Assert.Equal((35.0, 210L), (p.Tokens.Output!.Mean.Value!.Value, p.Tokens.Output.Total));
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(3, 6)), p.Tokens.EstimatedShare);
    }

    [Fact]
    public async Task A_provider_without_answers_has_no_latency_or_tokens()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1")], StoredRun.Provider("p"));
        stored.Fail("a1", "p", ResponseStatus.Withheld, "送信していません");

        ProviderAnalysis p = Assert.Single(RunAnalysisBuilder.Build(await stored.SaveAsync()).Providers);

        Assert.Null(p.Latency.LatencyMs);
        Assert.Null(p.Latency.TimeToFirstTokenMs);
        Assert.Null(p.Latency.TotalP95Ms);
        Assert.Null(p.Tokens.Input);
        Assert.Equal(0, p.Tokens.EstimatedShare.N);
        Assert.Equal(0, p.ErrorRate.N);
    }

    [Fact]
    public async Task Repeats_show_per_item_agreement_and_the_spread_of_accuracy()
    {
        GoldItem[] items = [StoredRun.Item("i1"), StoredRun.Item("i2"), StoredRun.Item("i3"), StoredRun.Item("i4")];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, items, repeats: 3, StoredRun.Provider("p"));
        bool?[][] outcomes =
        [
            [true, true, true], // i1 agrees
            [false, false, false], // i2 agrees
            [true, false, true], // i3 disagrees
            [true, true, null], // i4 timed out in repeat 3: left out of the agreement
        ];
        for (int item = 0; item < outcomes.Length; item++)
        {
            for (int repeat = 1; repeat <= 3; repeat++)
            {
                string id = $"i{item + 1}";
                if (outcomes[item][repeat - 1] is { } correct)
                {
                    stored.Add(Answered(stored, id, "p", repeat), (MetricNames.Correct, correct ? 1 : 0));
                }
                else
                {
                    stored.Add(stored.Call(id, "p", ResponseStatus.Timeout, repeat));
                }
            }
        }

        ProviderAnalysis p = Assert.Single(RunAnalysisBuilder.Build(await stored.SaveAsync()).Providers);

        RepeatAnalysis repeats = p.Repeats!;
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(2, 3)), repeats.Consistency);
        Assert.Equal([(3, 4), (2, 4), (2, 3)], repeats.AccuracyByRepeat.Select(e => (Correct(e), e.N)));
        Assert.Equal((0.5, 0.75), (repeats.MinAccuracy, repeats.MaxAccuracy));
        double mean = (0.75 + 0.5 + (2.0 / 3)) / 3;
        double sd = Math.Sqrt((Math.Pow(0.75 - mean, 2) + Math.Pow(0.5 - mean, 2) + Math.Pow((2.0 / 3) - mean, 2)) / 2);
        Assert.Equal(sd, repeats.AccuracyStandardDeviation!.Value, 12);
        Assert.Equal((12, 12, 1), (p.Counts.Planned, p.Counts.Stored, p.Counts.Timeouts));
        Assert.Equal(Estimate.FromProportion(Proportion.Wilson(7, 11)), p.Accuracy);
    }

    private static GoldItem Trap(string id, bool tagged) =>
        StoredRun.Item(id) with { MustNotInclude = ["無料"], Tags = tagged ? ["trap"] : [] };

    private static ResponseRecord Answered(StoredRun stored, string itemId, string providerId, int repeat = 1) =>
        stored.Call(itemId, providerId, ResponseStatus.Ok, repeat) with { Text = "回答", Attempts = 1, LatencyMs = 100 };

    private static int Correct(Estimate accuracy) => (int)Math.Round(accuracy.Value!.Value * accuracy.N);

    private static IEnumerable<Estimate> Estimates(LatencyPercentiles p) => [p.P50, p.P90, p.P95, p.P99];

    private static double[] Values(LatencyPercentiles p) => [.. Estimates(p).Select(e => Math.Round(e.Value!.Value, 9))];

    private static void AssertInterval(Estimate estimate, int n, double min, double max)
    {
        Assert.Equal(n, estimate.N);
        Assert.InRange(estimate.Value!.Value, estimate.Low, estimate.High);
        Assert.InRange(estimate.Low, min, max);
        Assert.InRange(estimate.High, min, max);
        Assert.StartsWith("bootstrap", estimate.Method, StringComparison.Ordinal);
    }
}
