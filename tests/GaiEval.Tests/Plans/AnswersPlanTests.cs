namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;

/// <summary>A provider that replays an answers file takes no settings of retrieval or of a network.</summary>
public sealed class AnswersPlanTests : IDisposable
{
    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("rag: { chunking: headings, top_k: 2 }", "rag")]
    [InlineData("retrieval: { chunking: headings, top_k: 1 }", "retrieval")]
    [InlineData("endpoint: https://api.example.com/v1", "endpoint")]
    public void Rag_retrieval_or_an_endpoint_on_an_answers_provider_is_an_error_at_its_line(string setting, string key)
    {
        folder.Write("{\"id\": \"q1\", \"answer\": \"300円です。\"}\n", "answers.jsonl");

        InputError error = folder.SingleError($"""
            name: テスト計画
            testset: items.jsonl
            knowledge: knowledge
            providers:
              - id: vendor
                name: 事業者A
                method: cloud
                adapter: answers
                answers: answers.jsonl
                {setting}

            """, line: 10, field: $"providers[0].{key}", messagePart: "回答ファイルを再生するだけなので");

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
