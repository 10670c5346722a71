namespace GaiEval.Tests.Scoring.Lexical;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Lexical;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class CharF1EvaluatorTests
{
    [Fact]
    public async Task Scores_the_jsquad_character_f1_against_the_reference()
    {
        var result = await EvaluateAsync(new CharF1Evaluator(), "答えは東アジアの広範囲です。", Item(reference: "東アジアの広範囲"));

        var metric = result.Get<NumericMetric>(MetricNames.CharF1);
        Assert.Equal(0.761905, Math.Round(metric.Value!.Value, 6));
        Assert.Equal("false", metric.Metadata![LexicalMetadata.ExactMatchKey]);
        Assert.False(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Normalises_width_and_spaces_before_scoring_unlike_raw_jglue()
    {
        var result = await EvaluateAsync(new CharF1Evaluator(), "ＪＲ東海　本社", Item(reference: "JR東海本社"));

        var metric = result.Get<NumericMetric>(MetricNames.CharF1);
        Assert.Equal(1.0, metric.Value);
        Assert.Equal("true", metric.Metadata![LexicalMetadata.ExactMatchKey]);
        Assert.True(CharacterF1.Score("ＪＲ東海　本社", "JR東海本社") < 1.0);
    }

    [Fact]
    public async Task Records_the_tokenisation_and_normalisation_that_produced_the_score()
    {
        var result = await EvaluateAsync(new CharF1Evaluator(), "雨季", Item(reference: "雨季"));

        var metadata = result.Get<NumericMetric>(MetricNames.CharF1).Metadata!;
        Assert.Equal("char", metadata[LexicalMetadata.TokenizationKey]);
        Assert.Equal("gaieval-ja+jglue-jsquad", metadata[LexicalMetadata.NormalizationKey]);
    }

    [Fact]
    public async Task Scores_zero_and_fails_an_answer_with_no_character_in_common()
    {
        var metric = (await EvaluateAsync(new CharF1Evaluator(), "晴天", Item(reference: "雨季"))).Get<NumericMetric>(MetricNames.CharF1);

        Assert.Equal(0.0, metric.Value);
        Assert.True(metric.Interpretation!.Failed);
    }

    [Fact]
    public async Task Gives_no_value_and_an_informational_diagnostic_without_a_reference()
    {
        var result = await EvaluateAsync(new CharF1Evaluator(), "回答です。", Item(mustInclude: [["回答"]]));

        var metric = result.Get<NumericMetric>(MetricNames.CharF1);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Informational, SingleDiagnostic(metric).Severity);
    }

    [Fact]
    public async Task Reports_an_empty_response_as_an_error_diagnostic()
    {
        var result = await EvaluateAsync(new CharF1Evaluator(), string.Empty, Item(reference: "雨季"));

        var metric = result.Get<NumericMetric>(MetricNames.CharF1);
        Assert.Null(metric.Value);
        Assert.Equal(EvaluationDiagnosticSeverity.Error, SingleDiagnostic(metric).Severity);
    }
}
