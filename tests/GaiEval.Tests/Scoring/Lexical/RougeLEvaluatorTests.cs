namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Lexical;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class RougeLEvaluatorTests
{
    [Fact]
    public async Task Scores_normalised_characters_so_width_and_spacing_do_not_count()
    {
        var result = await EvaluateAsync(new RougeLEvaluator(), "住民票は　３００円", Item(reference: "住民票は300円"));

        var metric = result.Get<NumericMetric>(MetricNames.RougeL);
        Assert.Equal(1.0, metric.Value);
        Assert.False(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Scores_a_partial_answer_and_marks_a_low_score_as_failed()
    {
        var result = await EvaluateAsync(new RougeLEvaluator(), "三百円", Item(reference: "住民票の写しは三百円です"));

        var metric = result.Get<NumericMetric>(MetricNames.RougeL);
        Assert.Equal(2 * 1.0 * (3.0 / 12) / (1 + 3.0 / 12), metric.Value!.Value, 12);
        Assert.True(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Records_the_tokenisation_and_normalisation_that_produced_the_score()
    {
        var result = await EvaluateAsync(new RougeLEvaluator(), "東京都庁", Item(reference: "東京都"));

        var metadata = result.Get<NumericMetric>(MetricNames.RougeL).Metadata!;
        Assert.Equal("char", metadata[LexicalMetadata.TokenizationKey]);
        Assert.Equal("gaieval-ja", metadata[LexicalMetadata.NormalizationKey]);
    }

    [Fact]
    public async Task Gives_no_value_and_an_informational_diagnostic_without_a_reference()
    {
        var result = await EvaluateAsync(new RougeLEvaluator(), "回答です。", Item(mustInclude: [["回答"]]));

        var metric = result.Get<NumericMetric>(MetricNames.RougeL);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Informational, SingleDiagnostic(metric).Severity);
    }

    [Fact]
    public async Task Reports_a_missing_gold_item_as_an_error_diagnostic()
    {
        var result = await EvaluateAsync(new RougeLEvaluator(), "回答です。", item: null);

        var metric = result.Get<NumericMetric>(MetricNames.RougeL);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, SingleDiagnostic(metric).Severity);
    }

    [Fact]
    public async Task Warns_when_the_table_is_over_its_cap_and_says_how_much_was_compared()
    {
        // 200,000 × 10,001 cells is over the cap of 2,000,000,000: the first ⌊2,000,000,000 / 10,001⌋ = 199,980 characters are
        // compared. They hold the whole reference, so LCS 10,001 and the value is still P = 10,001/200,000, R = 1.
        var result = await EvaluateAsync(new RougeLEvaluator(), new string('あ', 200_000), Item(reference: new string('あ', 10_001)));

        var metric = result.Get<NumericMetric>(MetricNames.RougeL);
        double precision = 10_001.0 / 200_000;
        Assert.Equal(2 * precision / (precision + 1), metric.Value!.Value, 12);
        EvaluationDiagnostic warning = SingleDiagnostic(metric);
        Assert.Equal(EvaluationDiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("上限 2,000,000,000 セル", warning.Message, StringComparison.Ordinal);
        Assert.Contains("先頭 199,980 文字", warning.Message, StringComparison.Ordinal);
        Assert.Contains("下限", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Has_no_warning_under_the_cap() =>
        Assert.Empty((await EvaluateAsync(new RougeLEvaluator(), "東京都庁", Item(reference: "東京都"))).Get<NumericMetric>(MetricNames.RougeL).Diagnostics ?? []);
}
