namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Judges;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.Judges.JudgeTestKit;

public sealed class GroundednessJudgeEvaluatorTests
{
    private const string Chunk = "粗大ごみは受付センターへの申込制です。処理券は1枚300円です。";

    private const string ItemContext = "みどり区ごみ分別ガイド: 粗大ごみは前日までに申し込む。";

    [Fact]
    public async Task Sends_the_retrieved_chunks_rather_than_the_items_context()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(2, "処理券の金額が資料にない。"));
        var item = Item() with { Context = ItemContext };

        var result = await new GroundednessJudgeEvaluator().EvaluateAsync(
            [new ChatMessage(ChatRole.User, item.Question)],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, Answer)),
            Judge(server),
            [new GoldItemContext(item), new GroundingSourcesContext([Chunk])]);

        var metric = result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName);
        Assert.Equal((2.0, "処理券の金額が資料にない。"), (metric.Value, metric.Reason));
        FakeOpenAiRequest request = Assert.Single(server.Requests);
        Assert.Contains(Chunk, request.UserText);
        Assert.Contains(Answer, request.UserText);
        Assert.DoesNotContain(ItemContext, request.UserText);
    }

    [Fact]
    public async Task Falls_back_to_the_items_context()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(5));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = ItemContext });

        Assert.Equal(5, result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName).Value);
        Assert.Contains(ItemContext, Assert.Single(server.Requests).UserText);
    }

    [Fact]
    public async Task Without_sources_it_gets_an_informational_diagnostic_and_no_judge_call()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item());

        var metric = result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName);
        Assert.Null(metric.Value);
        EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
        Assert.Equal((EvaluationDiagnosticSeverity.Informational, GroundednessJudgeEvaluator.NoSourcesMessage), (diagnostic.Severity, diagnostic.Message));
        Assert.Equal(0, server.RequestCount);
    }
}
