namespace GaiEval.Tests.Contamination;

using GaiEval.Core.Rounds.Contamination;
using GaiEval.Scoring.Contamination;
using GaiEval.Tests.Adapters.OpenAi;
using GaiEval.Tests.Middleware;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;

/// <summary>One call per probe, in order; a failed call is unanswered (undecided), a cancellation stops the run.</summary>
public sealed class CompletionProbeRunnerTests
{
    private static readonly CompletionProbe[] Probes =
    [
        new("p1", "次の文章の続きを、そのまま書いてください。説明は不要です。\n\n住民票の写しは、窓口か郵送で請求できます。", "手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。"),
        new("p2", "次の文章の続きを、そのまま書いてください。説明は不要です。\n\n印鑑登録は、区内に住民登録のある方ができます。", "登録の手数料は無料で、登録証はその日のうちに交付します。"),
        new("p3", "次の文章の続きを、そのまま書いてください。説明は不要です。\n\n粗大ごみは、事前に受付センターへの申込みが必要です。", "収集日の3日前までに電話かインターネットで申し込んでください。"),
    ];

    [Fact]
    public async Task Each_probe_is_sent_once_in_order_and_a_failed_call_is_unanswered()
    {
        var prompts = new List<string>();
        var temperatures = new List<float?>();
        var client = new FakeChatClient
        {
            GetResponseAsyncCallback = (messages, options, _) =>
            {
                string prompt = Assert.Single(messages).Text;
                prompts.Add(prompt);
                temperatures.Add(options?.Temperature);
                return prompt.Contains("印鑑登録", StringComparison.Ordinal)
                    ? throw new HttpRequestException("接続できません")
                    : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, prompt.Contains("住民票", StringComparison.Ordinal)
                        ? Probes[0].Withheld
                        : "申込みの方法は、区のホームページでご確認ください。")));
            },
        };

        IReadOnlyList<CompletionProbeResult> results = await CompletionProbeRunner.RunAsync(client, "s2", Probes, CancellationToken.None);

        // p3's answer shares only 「ください。」 (5 characters) with its withheld half.

        Assert.Equal(Probes.Select(p => p.Prompt), prompts);
        Assert.All(temperatures, t => Assert.Equal(0f, t));
        Assert.Equal(
            [
                new CompletionProbeResult { ProviderId = "s2", ItemId = "p1", Answered = true, LongestRun = 34, Coverage = 1.0, Completed = true },
                new CompletionProbeResult { ProviderId = "s2", ItemId = "p2", Answered = false },
                new CompletionProbeResult { ProviderId = "s2", ItemId = "p3", Answered = true, LongestRun = 5, Coverage = 0, Completed = false },
            ],
            results);
    }

    [Fact]
    public async Task A_timeout_inside_the_client_is_a_failed_call_but_the_callers_cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        int calls = 0;
        var timingOut = new FakeChatClient { GetResponseAsyncCallback = (_, _, _) => throw new TaskCanceledException("タイムアウト") };
        var cancelling = new FakeChatClient
        {
            GetResponseAsyncCallback = (_, _, token) =>
            {
                calls++;
                cts.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "x")));
            },
        };

        IReadOnlyList<CompletionProbeResult> timedOut = await CompletionProbeRunner.RunAsync(timingOut, "s1", Probes, CancellationToken.None);

        Assert.All(timedOut, r => Assert.False(r.Answered));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CompletionProbeRunner.RunAsync(cancelling, "s1", Probes, cts.Token));
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Against_an_openai_compatible_endpoint_on_loopback()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Answer = request => request.UserText.Contains("住民票", StringComparison.Ordinal) ? "手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。" : "わかりません。";
        server.Faults = request => request.UserText.Contains("印鑑登録", StringComparison.Ordinal) ? FakeOpenAiFault.ServerError() : null;
        using IChatClient client = OpenAiTestKit.Adapter(OpenAiTestKit.OpenAi(server));

        IReadOnlyList<CompletionProbeResult> results = await CompletionProbeRunner.RunAsync(client, "s1", Probes, CancellationToken.None);

        Assert.Equal([(true, true), (false, false), (true, false)], results.Select(r => (r.Answered, r.Completed)));
        Assert.Equal(3, server.RequestCount);
        Assert.Equal(Probes.Select(p => p.Prompt), server.Requests.Select(r => r.UserText));
    }
}
