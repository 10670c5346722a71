namespace GaiEval.Tests.Scoring.Rules;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class MustIncludeEvaluatorTests
{
    private static readonly string[][] OpeningHours = [["8時30分", "8:30"], ["17時15分", "17:15"]];

    [Fact]
    public async Task Scores_full_coverage_when_every_group_is_matched_through_width_variants()
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), "開庁時間は平日８：３０〜１７時１５分です。", Item(OpeningHours));

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Equal(1.0, metric.Value);
        Assert.False(metric.Interpretation!.Failed);
        Assert.Empty(metric.Diagnostics ?? []);
    }

    [Fact]
    public async Task Scores_the_share_of_matched_groups_and_lists_the_missing_ones()
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), "開庁時間は平日17時15分までです。", Item(OpeningHours));

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Equal(0.5, metric.Value);
        Assert.Equal("未充足: [8時30分|8:30]", metric.Reason);
        Assert.True(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Scores_zero_when_no_group_is_matched()
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), "窓口にお越しください。", Item(OpeningHours));

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Equal(0.0, metric.Value);
        Assert.Equal("未充足: [8時30分|8:30]、[17時15分|17:15]", metric.Reason);
    }

    [Fact]
    public async Task Gives_no_value_and_an_informational_diagnostic_when_the_item_has_no_group()
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), "回答です。", Item(mustNotInclude: ["24時間"]));

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Informational, SingleDiagnostic(metric).Severity);
    }

    [Fact]
    public async Task Reports_a_missing_gold_item_as_an_error_diagnostic()
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), "8時30分からです。", item: null);

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, SingleDiagnostic(metric).Severity);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \u3000\n")]
    public async Task Reports_an_empty_response_as_an_error_diagnostic(string response)
    {
        var result = await EvaluateAsync(new MustIncludeEvaluator(), response, Item(OpeningHours));

        var metric = result.Get<NumericMetric>(MetricNames.MustIncludeCoverage);
        Assert.Null(metric.Value);
        Assert.Contains("空", SingleDiagnostic(metric).Message);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, SingleDiagnostic(metric).Severity);
    }
}
