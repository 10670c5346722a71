namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Judges;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.Judges.JudgeTestKit;

public sealed class EquivalenceJudgeEvaluatorTests
{
    [Fact]
    public async Task Scores_a_valid_json_reply_with_its_reason_model_tokens_and_latency()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(4));
        server.Usage = (412, 37);

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Equal(4, metric.Value);
        Assert.Equal("模範解答と同じ手順を述べている。", metric.Reason);
        Assert.False(metric.Interpretation!.Failed);
        Assert.Equal(JudgeModel, metric.Metadata![JudgeCallMetadata.ModelKey]);
        Assert.Equal(("412", "37", "1"), (metric.Metadata[JudgeCallMetadata.InputTokensKey], metric.Metadata[JudgeCallMetadata.OutputTokensKey], metric.Metadata[JudgeCallMetadata.AttemptsKey]));
        Assert.True(long.Parse(metric.Metadata[JudgeCallMetadata.LatencyKey]) >= 0);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Sends_the_question_the_answer_and_the_reference_at_temperature_zero()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(5));

        await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal(0.0, request.Temperature);
        Assert.Contains(Question, request.UserText);
        Assert.Contains(Answer, request.UserText);
        Assert.Contains(Reference, request.UserText);
        Assert.Contains("JSON", request.SystemPrompt);
    }

    [Fact]
    public async Task Reads_json_inside_a_code_fence()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies($"採点結果です。\n```json\n{Verdict(2, "手数料が違う。")}\n```\n以上です。");

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Equal((2.0, "手数料が違う。"), (metric.Value, metric.Reason));
        Assert.True(metric.Interpretation!.Failed);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Repairs_broken_json_with_a_second_call_that_quotes_the_problem()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies("""{"score": 4, "criteria": [""", Verdict(4));
        server.Usage = (100, 10);

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Equal(4, metric.Value);
        Assert.Equal(2, server.RequestCount);
        FakeOpenAiRequest repair = server.Requests[1];
        Assert.Contains("JSON として読めません", repair.UserText);
        Assert.Contains(("assistant", """{"score": 4, "criteria": ["""), repair.Messages);
        Assert.Equal(0.0, repair.Temperature);
        Assert.Equal(("200", "20", "2"), (metric.Metadata![JudgeCallMetadata.InputTokensKey], metric.Metadata[JudgeCallMetadata.OutputTokensKey], metric.Metadata[JudgeCallMetadata.AttemptsKey]));
    }

    [Fact]
    public async Task Broken_twice_is_inconclusive_with_no_value_and_a_warning()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies("よく似ています。4点です。");

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Null(metric.Value);
        EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
        Assert.Equal(EvaluationDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("判定不能", diagnostic.Message);
        Assert.Equal(EvaluationRating.Inconclusive, metric.Interpretation!.Rating);
        Assert.True(metric.Interpretation.Failed);
        Assert.Equal(diagnostic.Message, metric.Interpretation.Reason);
        Assert.Equal(2, server.RequestCount);
        Assert.Equal(JudgeModel, metric.Metadata![JudgeCallMetadata.ModelKey]);
    }

    [Fact]
    public async Task Repairs_a_score_out_of_range()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(7), Verdict(5));

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        Assert.Equal(5, result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName).Value);
        Assert.Equal(2, server.RequestCount);
        Assert.Contains("1〜5 の整数ではありません（7）", server.Requests[1].UserText);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("3.5")]
    [InlineData("\"4\"")]
    public async Task A_score_out_of_range_twice_is_inconclusive(string score)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies($$"""{"score": {{score}}, "criteria": [], "reason": "x"}""");

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Null(metric.Value);
        Assert.StartsWith("判定不能", Assert.Single(metric.Diagnostics!).Message);
        Assert.Equal(EvaluationRating.Inconclusive, metric.Interpretation!.Rating);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task An_item_without_a_reference_gets_an_informational_diagnostic_and_no_judge_call()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server, Item(reference: null));

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Null(metric.Value);
        EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
        Assert.Equal((EvaluationDiagnosticSeverity.Informational, EquivalenceJudgeEvaluator.NoReferenceMessage), (diagnostic.Severity, diagnostic.Message));
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Without_a_chat_configuration_it_reports_an_error_instead_of_throwing()
    {
        var result = await JudgeAsync(new EquivalenceJudgeEvaluator(), server: null, Item());

        var metric = result.Get<NumericMetric>(EquivalenceJudgeEvaluator.EquivalenceMetricName);
        Assert.Null(metric.Value);
        EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
        Assert.Equal((EvaluationDiagnosticSeverity.Error, JudgeEvaluator.NoJudgeMessage), (diagnostic.Severity, diagnostic.Message));
    }
}
