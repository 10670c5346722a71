namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Judges;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.Judges.JudgeTestKit;

public sealed class RubricJudgeEvaluatorTests
{
    private const string TwoOfThree = """
        {"score": 3, "criteria": [
          {"point": "申込先を示している", "met": true},
          {"point": "処理券が必要だと述べている", "met": true},
          {"point": "手数料の額を示している", "met": false}],
         "reason": "手数料の額がない。"}
        """;

    [Fact]
    public async Task Records_the_score_and_the_share_of_rubric_points_met()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(TwoOfThree);

        var result = await JudgeAsync(new RubricJudgeEvaluator(), server, Item(rubric: RubricPoints));

        var score = result.Get<NumericMetric>(RubricJudgeEvaluator.RubricMetricName);
        var met = result.Get<NumericMetric>(RubricJudgeEvaluator.RubricMetMetricName);
        Assert.Equal((3.0, "手数料の額がない。"), (score.Value, score.Reason));
        Assert.Equal(2.0 / 3, met.Value!.Value, precision: 9);
        Assert.Contains("未達: 手数料の額を示している", met.Reason);
        Assert.True(met.Interpretation!.Failed);
        Assert.Contains("\"point\":\"手数料の額を示している\",\"met\":false", met.Metadata![JudgeMetadata.CriteriaKey]);
        Assert.Equal(JudgeModel, score.Metadata![JudgeCallMetadata.ModelKey]);
    }

    [Fact]
    public async Task Sends_the_question_the_answer_and_every_rubric_point()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(TwoOfThree);

        await JudgeAsync(new RubricJudgeEvaluator(), server, Item(rubric: RubricPoints));

        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal(0.0, request.Temperature);
        Assert.Contains(Question, request.UserText);
        Assert.Contains(Answer, request.UserText);
        Assert.All(RubricPoints, point => Assert.Contains(point, request.UserText));
    }

    [Fact]
    public async Task Repairs_a_reply_that_judges_fewer_points_than_the_rubric_has()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(4), TwoOfThree);

        var result = await JudgeAsync(new RubricJudgeEvaluator(), server, Item(rubric: RubricPoints));

        Assert.Equal(3, result.Get<NumericMetric>(RubricJudgeEvaluator.RubricMetricName).Value);
        Assert.Equal(2, server.RequestCount);
        Assert.Contains("観点 3 件、判定 1 件", server.Requests[1].UserText);
    }

    [Fact]
    public async Task Broken_twice_leaves_both_metrics_inconclusive()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies("```json\n{\"score\": 4,\n```");

        var result = await JudgeAsync(new RubricJudgeEvaluator(), server, Item(rubric: RubricPoints));

        Assert.All(result.Metrics.Values.Cast<NumericMetric>(), metric =>
        {
            Assert.Null(metric.Value);
            EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
            Assert.Equal(EvaluationDiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.StartsWith("判定不能", diagnostic.Message);
        });
        Assert.Equal(2, result.Metrics.Count);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task An_item_without_a_rubric_gets_an_informational_diagnostic_and_no_judge_call()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var result = await JudgeAsync(new RubricJudgeEvaluator(), server, Item());

        Assert.All(result.Metrics.Values, metric =>
        {
            EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
            Assert.Equal((EvaluationDiagnosticSeverity.Informational, RubricJudgeEvaluator.NoRubricMessage), (diagnostic.Severity, diagnostic.Message));
        });
        Assert.Equal(0, server.RequestCount);
    }
}
