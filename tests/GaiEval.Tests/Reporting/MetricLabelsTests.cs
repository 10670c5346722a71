namespace GaiEval.Tests.Reporting;

using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Text;
using GaiEval.Scoring;
using GaiEval.Scoring.Risk;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

public sealed class MetricLabelsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string> EmittedKeys()
    {
        IEnumerable<IEvaluator> every = ScoringCatalog.For(new RiskScreenOptions()).Concat(ScoringCatalog.Judges);
        return [.. every.SelectMany(e => e.EvaluationMetricNames).Distinct(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(EmittedKeys))]
    public void Every_metric_the_scoring_catalog_can_emit_has_a_Japanese_label(string metric)
    {
        string label = MetricLabels.Of(metric);

        Assert.NotEqual(metric, label);
        Assert.Contains(label, c => c is >= '\u3040' and <= '\u30ff' or >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void An_unknown_key_is_shown_as_stored() => Assert.Equal("vendor_score", MetricLabels.Of("vendor_score"));

    [Fact]
    public async Task The_item_card_names_the_failed_rule_in_Japanese_not_by_its_key()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1")], StoredRun.Provider("cloud"));
        stored.Add(
            stored.Call("a1", "cloud", ResponseStatus.Ok) with { Text = "窓口でどうぞ", LatencyMs = 100 },
            (MetricNames.Correct, 0), (MetricNames.MustIncludeCoverage, 0));

        string html = new HtmlReportWriter().Render(RunReport.Build(await stored.SaveAsync()));

        Assert.Contains("<li>必須語の一致率 = 0: 未充足: [300円]</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>正誤 = 0: 未充足: [300円]</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("must_include_coverage", html, StringComparison.Ordinal);
    }
}
