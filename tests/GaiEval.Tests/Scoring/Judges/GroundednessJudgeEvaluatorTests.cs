namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Grounding;
using GaiEval.Scoring.Judges;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.Judges.JudgeTestKit;

public sealed class GroundednessJudgeEvaluatorTests
{
    private const string Chunk = "粗大ごみは受付センターへの申込制です。処理券は1枚300円です。";

    private const string ItemContext = "みどり区ごみ分別ガイド: 粗大ごみは前日までに申し込む。";

    private const string ThreeClaims = "粗大ごみは受付センターに申し込みます。処理券は1枚500円です。\n・収集は毎週月曜日です";

    private static readonly string[] Claims = ["粗大ごみは受付センターに申し込みます。", "処理券は1枚500円です。", "収集は毎週月曜日です"];

    private static readonly string OneOfEach = LabelledVerdict(2, "処理券の金額が資料と違い、収集日は資料にない。", "supported", "contradicted", "unsupported");

    [Fact]
    public async Task Sends_the_retrieved_chunks_rather_than_the_items_context()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(LabelledVerdict(2, "処理券の金額が資料にない。", "unsupported"));
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
        server.Answer = Replies(LabelledVerdict(5, "資料どおり。", "supported"));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = ItemContext });

        Assert.Equal(5, result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName).Value);
        Assert.Contains(ItemContext, Assert.Single(server.Requests).UserText);
    }

    [Fact]
    public async Task Sends_the_answers_claims_numbered_and_asks_for_one_label_each()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(OneOfEach);

        await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        string prompt = Assert.Single(server.Requests).UserText;
        Assert.Contains("1. 粗大ごみは受付センターに申し込みます。\n2. 処理券は1枚500円です。\n3. 収集は毎週月曜日です", prompt);
        Assert.Contains("（3 件）", prompt);
        Assert.Contains("\"label\"", prompt);
        Assert.All(["supported", "contradicted", "unsupported"], label => Assert.Contains(label, prompt));
    }

    [Fact]
    public async Task Records_the_score_the_rate_of_claims_not_supported_and_each_claims_label()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(OneOfEach);

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        var score = result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName);
        Assert.Equal((2.0, "処理券の金額が資料と違い、収集日は資料にない。"), (score.Value, score.Reason));
        Assert.True(score.Interpretation!.Failed);
        var rate = result.Get<NumericMetric>(GroundednessJudgeEvaluator.UnsupportedClaimRateMetricName);
        Assert.Equal(2.0 / 3, rate.Value!.Value, precision: 9);
        Assert.Equal("資料に裏付けのない主張 2/3 件。資料と矛盾: 「処理券は1枚500円です。」。資料に記載なし: 「収集は毎週月曜日です」", rate.Reason);
        Assert.True(rate.Interpretation!.Failed);
        const string Labels = """
            [{"point":"粗大ごみは受付センターに申し込みます。","met":true,"label":"supported"},{"point":"処理券は1枚500円です。","met":false,"label":"contradicted"},{"point":"収集は毎週月曜日です","met":false,"label":"unsupported"}]
            """;
        Assert.Equal(Labels, score.Metadata![JudgeMetadata.CriteriaKey]);
        Assert.Equal(Labels, rate.Metadata![JudgeMetadata.CriteriaKey]);
        Assert.Equal((JudgeModel, "1"), (rate.Metadata[JudgeCallMetadata.ModelKey], rate.Metadata[JudgeCallMetadata.AttemptsKey]));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_answer_with_every_claim_supported_has_a_rate_of_zero()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(LabelledVerdict(5, "すべて資料どおり。", "Supported", " supported ", "SUPPORTED"));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        var rate = result.Get<NumericMetric>(GroundednessJudgeEvaluator.UnsupportedClaimRateMetricName);
        Assert.Equal((0.0, "すべての主張が資料に裏付けられている（3/3 件）"), (rate.Value, rate.Reason));
        Assert.False(rate.Interpretation!.Failed);
    }

    [Fact]
    public async Task Repairs_a_reply_that_labels_fewer_claims_than_were_sent()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(LabelledVerdict(3, "一部資料にない。", "supported", "unsupported"), OneOfEach);

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        Assert.Equal(2.0 / 3, result.Get<NumericMetric>(GroundednessJudgeEvaluator.UnsupportedClaimRateMetricName).Value!.Value, precision: 9);
        Assert.Equal(2, server.RequestCount);
        string repair = server.Requests[1].UserText;
        Assert.Contains("\"criteria\" の数が主張の数と違います（主張 3 件、判定 2 件）", repair);
        Assert.Contains("\"label\": \"supported / contradicted / unsupported のどれか\"", repair);
        Assert.Equal("2", result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName).Metadata![JudgeCallMetadata.AttemptsKey]);
    }

    [Fact]
    public async Task A_wrong_claim_count_twice_leaves_both_metrics_inconclusive()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(LabelledVerdict(3, "x", "supported", "unsupported", "supported", "supported"));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        Assert.Equal(2, result.Metrics.Count);
        Assert.All(result.Metrics.Values.Cast<NumericMetric>(), metric =>
        {
            Assert.Null(metric.Value);
            EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
            Assert.Equal(EvaluationDiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("判定不能: \"criteria\" の数が主張の数と違います（主張 3 件、判定 4 件）", diagnostic.Message);
            Assert.False(metric.Metadata!.ContainsKey(JudgeMetadata.CriteriaKey));
        });
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task Repairs_an_unknown_label()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(LabelledVerdict(3, "x", "supported", "partially", "unsupported"), OneOfEach);

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, ThreeClaims);

        Assert.Equal(2, result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName).Value);
        Assert.Equal(2, server.RequestCount);
        Assert.Contains("\"label\" が supported / contradicted / unsupported のどれでもありません（\"partially\"）", server.Requests[1].UserText);
    }

    [Fact]
    public async Task Repairs_a_reply_in_the_plain_shape_without_labels()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(Verdict(4), LabelledVerdict(4, "資料どおり。", "supported"));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk });

        Assert.Equal(0, result.Get<NumericMetric>(GroundednessJudgeEvaluator.UnsupportedClaimRateMetricName).Value);
        Assert.Contains("\"criteria\" の各要素に \"label\"（supported / contradicted / unsupported）がありません", server.Requests[1].UserText);
    }

    [Fact]
    public async Task Repairs_a_met_that_contradicts_its_label()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Answer = Replies(
            """{"score": 4, "criteria": [{"point": "申込", "label": "unsupported", "met": true}], "reason": "x"}""",
            LabelledVerdict(4, "資料どおり。", "supported"));

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk });

        Assert.Equal(4, result.Get<NumericMetric>(GroundednessJudgeEvaluator.GroundednessMetricName).Value);
        Assert.Contains("\"met\" と \"label\" が食い違います（met true、label \"unsupported\"）", server.Requests[1].UserText);
    }

    [Theory]
    [InlineData("申し訳ありませんが、個人情報のためお答えできません。", AnswerClaims.RefusalMessage)]
    [InlineData("……", AnswerClaims.NoSentenceMessage)]
    public async Task An_answer_without_claims_gets_no_value_and_no_judge_call(string answer, string message)
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item() with { Context = Chunk }, answer);

        AssertNotJudged(result, message);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task Without_sources_it_gets_an_informational_diagnostic_and_no_judge_call()
    {
        await using var server = await FakeOpenAiServer.StartAsync();

        var result = await JudgeAsync(new GroundednessJudgeEvaluator(), server, Item());

        AssertNotJudged(result, GroundednessJudgeEvaluator.NoSourcesMessage);
        Assert.Equal(0, server.RequestCount);
    }

    private static void AssertNotJudged(EvaluationResult result, string message)
    {
        Assert.Equal([MetricNames.JudgeGroundedness, MetricNames.JudgeUnsupportedClaimRate], result.Metrics.Keys.Order());
        Assert.All(result.Metrics.Values.Cast<NumericMetric>(), metric =>
        {
            Assert.Null(metric.Value);
            EvaluationDiagnostic diagnostic = Assert.Single(metric.Diagnostics!);
            Assert.Equal((EvaluationDiagnosticSeverity.Informational, message), (diagnostic.Severity, diagnostic.Message));
        });
    }
}
