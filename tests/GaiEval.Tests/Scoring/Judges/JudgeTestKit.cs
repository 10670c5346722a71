namespace GaiEval.Tests.Scoring.Judges;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Scoring;
using GaiEval.Providers.Adapters.OpenAi;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>A judge behind the real OpenAI adapter talking to a <see cref="FakeOpenAiServer"/>, and the items it judges.</summary>
internal static class JudgeTestKit
{
    public const string JudgeModel = "gpt-4o-judge";

    public const string Question = "粗大ごみの出し方を教えてください。";

    public const string Reference = "粗大ごみ受付センターに電話かインターネットで申し込み、処理券を買って貼り、指定日の朝8時までに出します。";

    public const string Answer = "受付センターに申し込んで処理券を貼り、決められた日の朝に出してください。";

    public static readonly string[] RubricPoints = ["申込先を示している", "処理券が必要だと述べている", "手数料の額を示している"];

    public static GoldItem Item(string? reference = Reference, string[]? rubric = null) => new()
    {
        Id = "midori-017",
        Category = "ごみ・リサイクル",
        Use = ItemUses.Dialogue,
        Question = Question,
        Reference = reference,
        Rubric = rubric ?? [],
    };

    public static ChatConfiguration Judge(FakeOpenAiServer server) => new(OpenAiAdapter.Create(
        new ProviderProfile
        {
            Id = "judge-test",
            Name = "判定者（テスト）",
            Method = DeploymentMethod.Cloud,
            Adapter = AdapterNames.OpenAi,
            Endpoint = server.V1Endpoint.ToString(),
            Model = JudgeModel,
        },
        _ => null));

    public static async Task<EvaluationResult> JudgeAsync(
        IEvaluator evaluator, FakeOpenAiServer? server, GoldItem item, string answer = Answer) =>
        await evaluator.EvaluateAsync(
            [new ChatMessage(ChatRole.User, item.Question)],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, answer)),
            server is null ? null : Judge(server),
            [new GoldItemContext(item)]);

    /// <summary>Replies with the given texts in turn, one per request (the last one repeats).</summary>
    public static Func<FakeOpenAiRequest, string> Replies(params string[] replies) =>
        request => replies[Math.Min(request.Number, replies.Length) - 1];

    public static string Verdict(int score, string reason = "模範解答と同じ手順を述べている。") =>
        $$"""{"score": {{score}}, "criteria": [{"point": "申込先", "met": true}], "reason": "{{reason}}"}""";

    /// <summary>A groundedness reply labelling one claim per label, in order (the points are placeholders the evaluator replaces).</summary>
    public static string LabelledVerdict(int score, string reason, params string[] labels) =>
        $$"""{"score": {{score}}, "criteria": [{{string.Join(", ", labels.Select((label, i) => $$"""{"point": "主張{{i + 1}}", "label": "{{label}}"}"""))}}], "reason": "{{reason}}"}""";
}
