namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Scoring.Judges;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.Judges.JudgeTestKit;

public sealed class RelevanceJudgeEvaluatorTests
{
    [Fact]
    public async Task Sends_the_question_and_the_answer_but_not_the_reference_and_records_the_score()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(3, "質問の一部にしか答えていない。"));

        var result = await JudgeAsync(new RelevanceJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(RelevanceJudgeEvaluator.RelevanceMetricName);
        Assert.Equal((3.0, "質問の一部にしか答えていない。"), (metric.Value, metric.Reason));
        Assert.True(metric.Interpretation!.Failed);
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Equal(0.0, request.Temperature);
        Assert.Contains(Question, request.UserText);
        Assert.Contains(Answer, request.UserText);
        Assert.DoesNotContain(Reference, request.UserText);
    }

    [Fact]
    public async Task Judges_an_item_without_a_reference()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(5));

        var result = await JudgeAsync(new RelevanceJudgeEvaluator(), server, Item(reference: null));

        Assert.Equal(5, result.Get<NumericMetric>(RelevanceJudgeEvaluator.RelevanceMetricName).Value);
    }
}
