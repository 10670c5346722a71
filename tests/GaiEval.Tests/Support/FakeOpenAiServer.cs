namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

/// <summary>
/// A fake OpenAI-compatible chat completions server on 127.0.0.1 (real HTTP through <see cref="LoopbackServer"/>).
/// It serves <c>POST /v1/chat/completions</c> and the Azure route
/// <c>POST /openai/deployments/{deployment}/chat/completions?api-version=…</c>, as plain JSON or as an SSE stream
/// (a role chunk, <see cref="StreamChunks"/> text chunks, a finish chunk, a usage chunk when the request asked for
/// <c>stream_options.include_usage</c>, then <c>[DONE]</c>).
/// </summary>
/// <remarks>
/// Set the properties before the calls: <see cref="Answer"/> picks the text (see <see cref="AnswerByQuestion"/> for an
/// oracle), <see cref="Usage"/> the token counts reported, <see cref="Latency"/> and <see cref="ChunkDelay"/> the timing,
/// and <see cref="Faults"/> how a given request misbehaves (by its <see cref="FakeOpenAiRequest.Number"/> or its question).
/// Every request is counted and recorded, including those that failed or were for an unknown route.
/// </remarks>
public sealed partial class FakeOpenAiServer : IAsyncDisposable
{
    /// <summary>The text of <see cref="Answer"/> until a test sets it.</summary>
    public const string DefaultAnswer = "住民票の写しは区役所の窓口で取得できます。";

    private readonly List<FakeOpenAiRequest> requests = [];
    private LoopbackServer server = null!;
    private int requestCount;

    private FakeOpenAiServer()
    {
    }

    /// <summary>http://127.0.0.1:PORT/ (with the trailing slash): the endpoint of an <c>azure-openai</c> profile.</summary>
    public Uri BaseAddress => server.BaseAddress;

    /// <summary>http://127.0.0.1:PORT/v1: the endpoint of an <c>openai</c> profile.</summary>
    public Uri V1Endpoint => new(BaseAddress, "v1");

    /// <summary>The answer text for a request.</summary>
    public Func<FakeOpenAiRequest, string> Answer { get; set; } = _ => DefaultAnswer;

    /// <summary>The token counts reported with every answer (plain: in <c>usage</c>; stream: in the usage chunk).</summary>
    public (int Prompt, int Completion) Usage { get; set; } = (21, 13);

    /// <summary>The fault of a request; null for a normal answer.</summary>
    public Func<FakeOpenAiRequest, FakeOpenAiFault?> Faults { get; set; } = _ => null;

    /// <summary>The wait before any reply (headers included).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The wait before each streamed chunk after the first.</summary>
    public TimeSpan ChunkDelay { get; set; }

    /// <summary>Into how many text chunks a streamed answer is split (fewer when the answer is shorter).</summary>
    public int StreamChunks { get; set; } = 4;

    /// <summary>Requests received on any route, failed ones included.</summary>
    public int RequestCount => Volatile.Read(ref requestCount);

    /// <summary>Every request as received (method, path, headers, body).</summary>
    public IReadOnlyCollection<ReceivedRequest> Received => server.Received;

    /// <summary>The chat completion requests, parsed, in the order they were numbered.</summary>
    public IReadOnlyList<FakeOpenAiRequest> Requests
    {
        get
        {
            lock (requests)
            {
                return [.. requests.OrderBy(r => r.Number)];
            }
        }
    }

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var fake = new FakeOpenAiServer();
        fake.server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>
    /// An oracle for <see cref="Answer"/>: answers each request with the text of the longest question that its last
    /// user message contains (so a question wrapped in a RAG prompt is still found), else <paramref name="otherwise"/>.
    /// </summary>
    public static Func<FakeOpenAiRequest, string> AnswerByQuestion(
        IReadOnlyDictionary<string, string> answersByQuestion, string otherwise = "わかりません。")
    {
        var questions = answersByQuestion.Keys.OrderByDescending(q => q.Length).ToArray();
        return request =>
            questions.FirstOrDefault(q => request.UserText.Contains(q, StringComparison.Ordinal)) is { } question
                ? answersByQuestion[question]
                : otherwise;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpContext context, ReceivedRequest raw)
    {
        int number = Interlocked.Increment(ref requestCount);
        var writer = new FakeOpenAiReplyWriter(context);
        CancellationToken aborted = context.RequestAborted;
        try
        {
            if (!TryMatchRoute(context.Request, out string? deployment))
            {
                await writer.WriteErrorAsync(FakeOpenAiFault.Error(404, $"Unknown route {raw.PathAndQuery}"));
                return;
            }

            var request = FakeOpenAiRequest.Parse(number, raw, deployment, context.Request.Query["api-version"].FirstOrDefault());
            lock (requests)
            {
                requests.Add(request);
            }

            await Task.Delay(Latency, aborted);
            await ReplyAsync(writer, request, Faults(request), aborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && aborted.IsCancellationRequested)
        {
            // The client gave up (its timeout or cancellation): nothing left to send.
        }
    }

    private async Task ReplyAsync(FakeOpenAiReplyWriter writer, FakeOpenAiRequest request, FakeOpenAiFault? fault, CancellationToken aborted)
    {
        string model = request.Model ?? request.Deployment ?? "fake-model";
        string text = Answer(request);
        var usage = Usage;
        switch (fault?.Kind)
        {
            case FakeOpenAiFaultKind.Error:
                await writer.WriteErrorAsync(fault);
                return;
            case FakeOpenAiFaultKind.UnauthorizedEchoingKey:
                await writer.WriteErrorAsync(
                    FakeOpenAiFault.Error(401, $"Incorrect API key provided: {request.SentKey}. You can find your API key in your account."));
                return;
            case FakeOpenAiFaultKind.ConnectionReset:
                writer.Abort();
                return;
            case FakeOpenAiFaultKind.Slow:
                await Task.Delay(fault.Delay, aborted);
                break;
        }

        var payloads = new FakeOpenAiPayloads(request.Number, model, usage, request.IncludeUsage);
        if (!request.Stream)
        {
            await writer.WriteJsonAsync(fault?.Kind switch
            {
                FakeOpenAiFaultKind.InvalidJson => """{"id":"chatcmpl-broken","object":"chat.completion","choices":[{"index":0,"message":""",
                FakeOpenAiFaultKind.NoChoices => payloads.Completion(text: null),
                _ => payloads.Completion(text),
            });
            return;
        }

        string[] pieces = Split(text, StreamChunks);
        IReadOnlyList<string> events = fault?.Kind switch
        {
            FakeOpenAiFaultKind.InvalidJson => [payloads.RoleChunk(), """{"id":"chatcmpl-broken","choices":[{"index":0,"delta":{"content":""", "[DONE]"],
            FakeOpenAiFaultKind.NoChoices => [payloads.UsageChunk(), "[DONE]"],
            FakeOpenAiFaultKind.StreamCut or FakeOpenAiFaultKind.StreamReset =>
                [payloads.RoleChunk(), .. pieces.Take(Math.Max(1, pieces.Length / 2)).Select(payloads.TextChunk)],
            _ => payloads.Events(pieces),
        };
        await writer.WriteEventsAsync(events, ChunkDelay, aborted);
        if (fault?.Kind == FakeOpenAiFaultKind.StreamReset)
        {
            writer.Abort();
        }
    }

    private static bool TryMatchRoute(HttpRequest request, out string? deployment)
    {
        deployment = null;
        if (!HttpMethods.IsPost(request.Method))
        {
            return false;
        }

        if (request.Path == "/v1/chat/completions")
        {
            return true;
        }

        Match azure = AzureRoute().Match(request.Path.Value ?? string.Empty);
        deployment = azure.Success ? Uri.UnescapeDataString(azure.Groups[1].Value) : null;
        return azure.Success;
    }

    private static string[] Split(string text, int chunks)
    {
        var elements = new List<string>();
        TextElementEnumerator e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            elements.Add(e.GetTextElement());
        }

        int size = Math.Max(1, (int)Math.Ceiling(elements.Count / (double)Math.Max(1, chunks)));
        return [.. elements.Chunk(size).Select(chunk => string.Concat(chunk))];
    }

    [GeneratedRegex("^/openai/deployments/([^/]+)/chat/completions$")]
    private static partial Regex AzureRoute();
}
