namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>Whether a retrieving provider found the gold sources, and what that says of its wrong answers.</summary>
public sealed class RetrievalQualityTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(new[] { "a.md#料金", "b.md#時間" }, new[] { "b.md#時間" }, 2)]
    [InlineData(new[] { "a.md#料金~2" }, new[] { "a.md#料金" }, 1)]
    [InlineData(new[] { "a.md#料金" }, new[] { "a.md" }, 1)]
    [InlineData(new[] { "x.md#料金", "a.md@3" }, new[] { "a.md#料金" }, 2)]
    [InlineData(new[] { "a.md#料金表" }, new[] { "a.md#料金" }, null)]
    [InlineData(new[] { "ab.md@0" }, new[] { "a.md#料金" }, null)]
    [InlineData(new string[0], new[] { "a.md#料金" }, null)]
    public void Ranks_the_first_retrieved_passage_that_is_a_gold_source(string[] retrieved, string[] sources, int? rank)
    {
        Assert.Equal(rank, RetrievalAnalyser.FirstGoldRank(retrieved, sources));
    }

    [Fact]
    public async Task Counts_recall_at_k_mrr_and_splits_wrong_answers_into_retrieval_misses_and_generation_errors()
    {
        ProviderProfile rag = StoredRun.Provider("rag") with { Rag = new RetrievalSettings { TopK = 3, Chunking = "headings" } };
        ProviderProfile plain = StoredRun.Provider("plain");
        string[] ids = ["q1", "q2", "q3", "q4", "q5"];
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [.. ids.Select(id => StoredRun.Item(id) with { Sources = [$"{id}.md#料金"] })], rag, plain);

        // q1 gold at rank 1, right; q2 at rank 3, wrong (generation error); q3 missed, wrong (retrieval miss); q4 missed, right;
        // q5 at rank 2, awaiting a verdict (it still counts for retrieval, not for the split of wrong answers).
        (string Id, string[] Retrieved, bool? Correct)[] calls =
        [
            ("q1", ["q1.md#料金"], true),
            ("q2", ["x.md#a", "y.md#b", "q2.md#料金"], false),
            ("q3", ["x.md#a"], false),
            ("q4", [], true),
            ("q5", ["x.md#a", "q5.md#料金"], null),
        ];
        foreach ((string id, string[] retrieved, bool? correct) in calls)
        {
            stored.Add(
                stored.Call(id, "rag", ResponseStatus.Ok) with { Text = "回答", RetrievedIds = retrieved },
                correct is { } c ? [(MetricNames.Correct, c ? 1 : 0)] : []);
            stored.Answer(id, "plain", "1通300円です。", correct: true, latencyMs: 5);
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());

        RetrievalQuality quality = report.Analysis.Providers[0].Retrieval!;
        Assert.Null(report.Analysis.Providers[1].Retrieval);
        Assert.Equal((3, 3, 5), (quality.K, (int)Math.Round(quality.RecallAtK.Value!.Value * 5), quality.RecallAtK.N));

        // MRR: (1 + 1/3 + 0 + 0 + 1/2) / 5 = 0.3667.
        Assert.Equal((1 + (1.0 / 3) + 0.5) / 5, quality.MeanReciprocalRank!.Value!.Value, 10);
        Assert.Equal((1, 1), (quality.RetrievalMisses, quality.GenerationErrors));
        Assert.False(quality.DocumentLevel);
        Assert.Equal(5, Assert.Single(quality.RecallByCategory).RecallAtK.N);

        string html = new HtmlReportWriter().Render(report);
        Assert.Contains("<h3>検索の質（正解の出典を見つけたか）</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<td>rag の表示名</td><td class=\"num\">3</td><td class=\"num\">60.0% [23.1%, 88.2%]（n=5）</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1</td><td class=\"num\">1</td><td>見出し</td>", html, StringComparison.Ordinal);

        string decision = new DecisionDocumentWriter().Render(report);
        Assert.Contains("- rag: 検索した上位 3 件に正解の出典が入った割合 60.0%", decision, StringComparison.Ordinal);
        Assert.Contains("誤答のうち検索漏れ 1 件、出典を見つけたのに誤った回答（生成の誤り） 1 件。", decision, StringComparison.Ordinal);
        Assert.DoesNotContain("- plain: 検索した", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recall_is_shown_per_category_when_the_set_has_more_than_one()
    {
        ProviderProfile rag = StoredRun.Provider("rag") with { Rag = new RetrievalSettings { TopK = 1, Chunking = "headings" } };
        await using StoredRun stored = await StoredRun.CreateAsync(folder,
        [
            StoredRun.Item("q1") with { Category = "税", Sources = ["q1.md#料金"] },
            StoredRun.Item("q2") with { Category = "税", Sources = ["q2.md#料金"] },
            StoredRun.Item("q3") with { Category = "防災", Sources = ["q3.md#料金"] },
        ], rag);
        foreach ((string id, string[] retrieved) in new[] { ("q1", new[] { "q1.md#料金" }), ("q2", new[] { "x.md#a" }), ("q3", new[] { "q3.md#料金" }) })
        {
            stored.Add(stored.Call(id, "rag", ResponseStatus.Ok) with { Text = "回答", RetrievedIds = retrieved }, [(MetricNames.Correct, 1)]);
        }

        string html = new HtmlReportWriter().Render(RunReport.Build(await stored.SaveAsync()));

        Assert.Contains("<th>業務分野（recall@k）</th><th>rag の表示名</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>税</td><td class=\"num\">50.0% [9.5%, 90.5%]（n=2）</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>防災</td><td class=\"num\">100.0% [20.7%, 100.0%]（n=1）</td>", html, StringComparison.Ordinal);
    }
}
