namespace GaiEval.Tests.Support;

using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

/// <summary>What the fake Ollama server does with the next requests.</summary>
public enum OllamaFault
{
    None,

    /// <summary>500 with <c>{"error": ...}</c>.</summary>
    InternalError,

    /// <summary>503 with Retry-After (<see cref="FakeOllamaServer.RetryAfterSeconds"/>).</summary>
    Busy,

    /// <summary>200 with a body that is not JSON.</summary>
    InvalidJson,

    /// <summary>The connection is aborted before any response.</summary>
    Reset,

    /// <summary>The first chunk is sent, then the connection is aborted.</summary>
    ResetMidStream,

    /// <summary>
    /// The response ends cleanly without a <c>done: true</c> chunk: after the first chunk, or (not streamed) with the
    /// answer in an object that says <c>done: false</c>.
    /// </summary>
    StopsBeforeDone,

    /// <summary>The first chunk is sent, then an <c>{"error": ...}</c> line, as Ollama reports a failure mid-stream.</summary>
    ErrorMidStream,
}

/// <summary>
/// A fake Ollama server (POST /api/chat) on 127.0.0.1: streams the answer as NDJSON chunks and a final chunk with
/// <c>done: true</c>, <c>prompt_eval_count</c> and <c>eval_count</c>, or replies with one object when the request says
/// <c>"stream": false</c> (Ollama streams by default). Records every request.
/// </summary>
public sealed class FakeOllamaServer : IAsyncDisposable
{
    private readonly LoopbackServer server;

    private FakeOllamaServer(LoopbackServer server)
    {
        this.server = server;
    }

    public string Answer { get; set; } = "住民票の写しは、区役所の窓口またはコンビニで取得できます。";

    public int PromptEvalCount { get; set; } = 42;

    public int EvalCount { get; set; } = 17;

    public OllamaFault Fault { get; set; }

    public int RetryAfterSeconds { get; set; } = 7;

    /// <summary>Wait before each chunk (and before a non-streamed reply).</summary>
    public TimeSpan ChunkDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Wait after the first chunk of a stream, as a model that stalls mid-answer.</summary>
    public TimeSpan StallAfterFirstChunk { get; set; } = TimeSpan.Zero;

    public Uri BaseAddress => server.BaseAddress;

    public IReadOnlyCollection<ReceivedRequest> Received => server.Received;

    public static async Task<FakeOllamaServer> StartAsync()
    {
        FakeOllamaServer? fake = null;
        var server = await LoopbackServer.StartAsync((context, request) => fake!.HandleAsync(context, request));
        fake = new FakeOllamaServer(server);
        return fake;
    }

    /// <summary>The body of a received request, parsed.</summary>
    public static JsonNode Parse(ReceivedRequest request) => JsonNode.Parse(request.Body)!;

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpContext context, ReceivedRequest request)
    {
        if (request.PathAndQuery != "/api/chat" || request.Method != "POST")
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsync("404 page not found");
            return;
        }

        switch (Fault)
        {
            case OllamaFault.InternalError:
                await WriteErrorAsync(context, 500, "llama runner process has terminated");
                return;
            case OllamaFault.Busy:
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteErrorAsync(context, 503, "server busy, please try again.  maximum pending requests exceeded");
                return;
            case OllamaFault.InvalidJson:
                context.Response.ContentType = "application/x-ndjson";
                await context.Response.WriteAsync("<html>Bad Gateway</html>\n");
                return;
            case OllamaFault.Reset:
                context.Abort();
                return;
        }

        var body = JsonNode.Parse(request.Body)!;
        string model = body["model"]?.GetValue<string>() ?? string.Empty;
        bool stream = body["stream"]?.GetValue<bool>() ?? true;
        if (stream)
        {
            await StreamAsync(context, model);
        }
        else
        {
            await Task.Delay(ChunkDelay, context.RequestAborted);
            context.Response.ContentType = "application/json; charset=utf-8";
            var reply = Fault == OllamaFault.StopsBeforeDone ? Chunk(model, Answer) : Done(model, Answer);
            await context.Response.WriteAsync(reply.ToJsonString() + "\n");
        }
    }

    private async Task StreamAsync(HttpContext context, string model)
    {
        context.Response.ContentType = "application/x-ndjson";
        string[] pieces = Split(Answer);
        for (int i = 0; i < pieces.Length; i++)
        {
            await Task.Delay(ChunkDelay, context.RequestAborted);
            await WriteLineAsync(context, Chunk(model, pieces[i]));
            if (i == 0 && Fault == OllamaFault.ResetMidStream)
            {
                // Time for the client to read the chunk: a reset can discard data the client has not read yet.
                await Task.Delay(200);
                context.Abort();
                return;
            }

            if (i == 0 && Fault == OllamaFault.StopsBeforeDone)
            {
                return;
            }

            if (i == 0 && Fault == OllamaFault.ErrorMidStream)
            {
                await WriteLineAsync(context, new JsonObject { ["error"] = "an error was encountered while running the model: unexpected EOF" });
                return;
            }

            if (i == 0)
            {
                await Task.Delay(StallAfterFirstChunk, context.RequestAborted);
            }
        }

        await Task.Delay(ChunkDelay, context.RequestAborted);
        await WriteLineAsync(context, Done(model, string.Empty));
    }

    private static async Task WriteLineAsync(HttpContext context, JsonObject chunk)
    {
        await context.Response.WriteAsync(chunk.ToJsonString() + "\n");
        await context.Response.Body.FlushAsync();
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(new JsonObject { ["error"] = message }.ToJsonString());
    }

    private static JsonObject Chunk(string model, string content) => new()
    {
        ["model"] = model,
        ["created_at"] = "2025-06-01T09:00:00.000000Z",
        ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
        ["done"] = false,
    };

    private JsonObject Done(string model, string content)
    {
        var done = Chunk(model, content);
        done["done"] = true;
        done["done_reason"] = "stop";
        done["total_duration"] = 5_000_000;
        done["load_duration"] = 1_000_000;
        done["prompt_eval_count"] = PromptEvalCount;
        done["prompt_eval_duration"] = 1_000_000;
        done["eval_count"] = EvalCount;
        done["eval_duration"] = 3_000_000;
        return done;
    }

    private static string[] Split(string text)
    {
        int size = Math.Max(1, (text.Length + 2) / 3);
        return [.. text.Chunk(size).Select(chars => new string(chars))];
    }
}
