namespace GaiEval.Tests.Scoring.Rules;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class MustNotIncludeEvaluatorTests
{
    private static readonly string[] Traps = ["24時間", "戸別無料回収", "10万円"];

    [Fact]
    public async Task Counts_no_hit_for_a_clean_answer()
    {
        var result = await EvaluateAsync(new MustNotIncludeEvaluator(), "粗大ごみは受付センターに申し込み、有料で収集します。", Item(mustNotInclude: Traps));

        var metric = result.Get<NumericMetric>(MetricNames.MustNotIncludeHits);
        Assert.Equal(0.0, metric.Value);
        Assert.False(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Counts_and_names_each_trap_found_even_in_a_width_variant()
    {
        var result = await EvaluateAsync(
            new MustNotIncludeEvaluator(),
            "窓口は２４時間開いており、出産祝い金は１０万円です。",
            Item(mustNotInclude: Traps));

        var metric = result.Get<NumericMetric>(MetricNames.MustNotIncludeHits);
        Assert.Equal(2.0, metric.Value);
        Assert.Equal("禁止語: 24時間、10万円", metric.Reason);
        Assert.True(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Does_not_count_a_trap_amount_inside_a_larger_amount()
    {
        var result = await EvaluateAsync(new MustNotIncludeEvaluator(), "上限は110万円です。", Item(mustNotInclude: ["10万円"]));

        Assert.Equal(0.0, result.Get<NumericMetric>(MetricNames.MustNotIncludeHits).Value);
    }

    [Fact]
    public async Task Gives_no_value_and_an_informational_diagnostic_when_the_item_has_no_trap()
    {
        var result = await EvaluateAsync(new MustNotIncludeEvaluator(), "回答です。", Item(mustInclude: [["回答"]]));

        var metric = result.Get<NumericMetric>(MetricNames.MustNotIncludeHits);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Informational, SingleDiagnostic(metric).Severity);
    }

    [Fact]
    public async Task Reports_a_missing_gold_item_as_an_error_diagnostic()
    {
        var result = await EvaluateAsync(new MustNotIncludeEvaluator(), "24時間開いています。", item: null);

        var metric = result.Get<NumericMetric>(MetricNames.MustNotIncludeHits);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, SingleDiagnostic(metric).Severity);
    }
}
