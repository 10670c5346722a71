namespace GaiEval.Tests.Analysis;

using System.Text.Json;
using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

public sealed class RunAnalysisComparisonTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Compares_every_pair_on_shared_scored_items_with_Holm_across_the_pairs()
    {
        RunResults results = await ThreeProvidersAsync();

        IReadOnlyList<PairedComparison> comparisons = RunAnalysisBuilder.Build(results).Comparisons;

        Assert.Equal([("p", "q"), ("p", "r"), ("q", "r")], comparisons.Select(c => (c.ProviderA, c.ProviderB)));
        Assert.All(comparisons, c => Assert.Equal(16, c.N));

        // p–q: b = 14, c = 1 → 2·16/2¹⁵; the second smallest of three p-values is multiplied by 2.
        PairedComparison pq = comparisons[0];
        Assert.Equal((1, 14, 1, 0), (pq.BothCorrect, pq.OnlyACorrect, pq.OnlyBCorrect, pq.NeitherCorrect));
        Assert.Equal(0.0009765625, pq.PValue, 15);
        Assert.Equal(0.001953125, pq.AdjustedPValue, 15);
        Assert.Equal(ComparisonOutcome.ABetter, pq.Outcome);
        Assert.Equal((15.0 / 16, 2.0 / 16), (pq.AccuracyA.Value, pq.AccuracyB.Value));
        Assert.Equal(0.8125, pq.Difference.Value!.Value, 12);
        Assert.Equal(0.39413, pq.Difference.Low, 5); // Newcombe method 10, computed independently
        Assert.Equal(0.94313, pq.Difference.High, 5);
        Assert.Equal("p の表示名はq の表示名より正答率が高い（差 +81.3ポイント、95%区間 +39.4〜+94.3、Holm補正後 p=0.002）", pq.Sentence);

        // p–r: b = c = 1 → p = 1.
        PairedComparison pr = comparisons[1];
        Assert.Equal((1.0, 1.0, ComparisonOutcome.Indistinguishable), (pr.PValue, pr.AdjustedPValue, pr.Outcome));
        Assert.Equal("p の表示名とr の表示名の差はこのデータでは判別できない（差 +0.0ポイント、95%区間 -23.0〜+23.0、Holm補正後 p=1.000）", pr.Sentence);

        // q–r: b = 0, c = 13 → 2/2¹³, the smallest, multiplied by 3; r is better, so it is named first.
        PairedComparison qr = comparisons[2];
        Assert.Equal((2, 0, 13, 1), (qr.BothCorrect, qr.OnlyACorrect, qr.OnlyBCorrect, qr.NeitherCorrect));
        Assert.Equal(0.000244140625, qr.PValue, 15);
        Assert.Equal(0.000732421875, qr.AdjustedPValue, 15);
        Assert.Equal(ComparisonOutcome.BBetter, qr.Outcome);
        Assert.Equal("r の表示名はq の表示名より正答率が高い（差 +81.3ポイント、95%区間 +49.0〜+91.6、Holm補正後 p<0.001）", qr.Sentence);
    }

    [Fact]
    public async Task A_pair_without_shared_scored_items_cannot_be_compared()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(
            folder, [StoredRun.Item("a1"), StoredRun.Item("a2")], StoredRun.Provider("p"), StoredRun.Provider("q"));
        stored.Answer("a1", "p", "300円", correct: true, latencyMs: 10)
            .Answer("a2", "q", "300円", correct: true, latencyMs: 10);

        PairedComparison pair = Assert.Single(RunAnalysisBuilder.Build(await stored.SaveAsync()).Comparisons);

        Assert.Equal((0, 1.0, ComparisonOutcome.Indistinguishable), (pair.N, pair.AdjustedPValue, pair.Outcome));
        Assert.Null(pair.Difference.Value);
        Assert.Equal("p の表示名とq の表示名は、両方が回答し採点された項目がないため比較できない", pair.Sentence);
    }

    [Fact]
    public async Task The_analysis_is_the_same_every_time_and_survives_a_JSON_round_trip()
    {
        RunResults results = await ThreeProvidersAsync();

        string first = JsonSerializer.Serialize(RunAnalysisBuilder.Build(results), ReflectionJson.Options);
        string second = JsonSerializer.Serialize(RunAnalysisBuilder.Build(results), ReflectionJson.Options);
        RunAnalysis back = JsonSerializer.Deserialize<RunAnalysis>(first, ReflectionJson.Options)!;

        Assert.Equal(first, second);
        Assert.Contains("\"outcome\":\"a-better\"", first, StringComparison.Ordinal);
        Assert.Contains("\"accuracy_by_category\":[{\"name\":\"住民票・戸籍\"", first, StringComparison.Ordinal);
        Assert.Equal(first, JsonSerializer.Serialize(back, ReflectionJson.Options));
    }

    /// <summary>
    /// 16 scored items: p is correct on 1–15, q on 1 and 16, r on 1–14 and 16. An item without a rule (answered, unscored)
    /// and one that q and r failed are not shared scored pairs.
    /// </summary>
    private async Task<RunResults> ThreeProvidersAsync()
    {
        List<GoldItem> items = [.. Enumerable.Range(1, 16).Select(i => StoredRun.Item($"i{i}")), StoredRun.Item("open", hasRule: false), StoredRun.Item("x")];
        StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("p"), StoredRun.Provider("q"), StoredRun.Provider("r"));
        for (int i = 1; i <= 16; i++)
        {
            stored.Answer($"i{i}", "p", "回答", correct: i <= 15, latencyMs: 100 + i)
                .Answer($"i{i}", "q", "回答", correct: i is 1 or 16, latencyMs: 200 + i)
                .Answer($"i{i}", "r", "回答", correct: i != 15, latencyMs: 300 + i);
        }

        foreach (string provider in new[] { "p", "q", "r" })
        {
            stored.Answer("open", provider, "案です。", correct: null, latencyMs: 50);
        }

        stored.Answer("x", "p", "300円", correct: true, latencyMs: 50)
            .Fail("x", "q", ResponseStatus.Error, "HTTP 500")
            .Fail("x", "r", ResponseStatus.Timeout, "タイムアウト");
        RunResults results = await stored.SaveAsync();
        await stored.DisposeAsync();
        return results;
    }
}
