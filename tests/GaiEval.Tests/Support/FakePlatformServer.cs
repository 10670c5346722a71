namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

/// <summary>What the fake platform does with the next requests.</summary>
public enum PlatformFault
{
    None,

    /// <summary>429 with Retry-After (<see cref="FakePlatformServer.RetryAfterSeconds"/>).</summary>
    TooManyRequests,

    /// <summary>500 with <c>{"error": {"message": ...}}</c>.</summary>
    InternalError,

    /// <summary>200 with a body that is not JSON.</summary>
    InvalidJson,

    /// <summary>200 with JSON that lacks <c>data.answer</c>.</summary>
    MissingAnswer,
}

/// <summary>
/// A made-up municipal AI platform's REST API on 127.0.0.1: <c>POST /api/v1/ask</c> with
/// <c>{"query": ..., "system": ...}</c> replies <c>{"data": {"answer": ...}, "usage": {"in": n, "out": m}}</c>.
/// When <see cref="RequiredApiKey"/> is set, requests without that <c>X-Api-Key</c> get 401. A body that is not JSON
/// gets 400. Records every request, and the questions it understood in <see cref="Asked"/>.
/// </summary>
public sealed class FakePlatformServer : IAsyncDisposable
{
    private readonly LoopbackServer server;
    private readonly List<PlatformQuestion> asked = [];

    private FakePlatformServer(LoopbackServer server)
    {
        this.server = server;
    }

    public string Answer { get; set; } = "児童手当の申請は、出生日の翌日から15日以内に区役所で行ってください。";

    public int InputTokens { get; set; } = 120;

    public int OutputTokens { get; set; } = 35;

    public PlatformFault Fault { get; set; }

    public int RetryAfterSeconds { get; set; } = 3;

    public string? RequiredApiKey { get; set; }

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>http://127.0.0.1:PORT/api/v1/ask</summary>
    public Uri AskEndpoint => new(server.BaseAddress, "api/v1/ask");

    public IReadOnlyCollection<ReceivedRequest> Received => server.Received;

    public IReadOnlyList<PlatformQuestion> Asked
    {
        get
        {
            lock (asked)
            {
                return [.. asked];
            }
        }
    }

    public static async Task<FakePlatformServer> StartAsync()
    {
        FakePlatformServer? fake = null;
        var server = await LoopbackServer.StartAsync((context, request) => fake!.HandleAsync(context, request));
        fake = new FakePlatformServer(server);
        return fake;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task HandleAsync(HttpContext context, ReceivedRequest request)
    {
        if (request.PathAndQuery != "/api/v1/ask")
        {
            await WriteAsync(context, 404, Error("not found"));
            return;
        }

        if (RequiredApiKey is not null && (!request.Headers.TryGetValue("X-Api-Key", out string? key) || key != RequiredApiKey))
        {
            await WriteAsync(context, 401, Error("invalid api key"));
            return;
        }

        JsonNode? body;
        try
        {
            body = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            await WriteAsync(context, 400, Error("request body is not JSON"));
            return;
        }

        lock (asked)
        {
            asked.Add(new PlatformQuestion(body?["query"]?.GetValue<string>(), body?["system"]?.GetValue<string>()));
        }

        await Task.Delay(Delay, context.RequestAborted);
        switch (Fault)
        {
            case PlatformFault.TooManyRequests:
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await WriteAsync(context, 429, Error("rate limit exceeded"));
                return;
            case PlatformFault.InternalError:
                await WriteAsync(context, 500, Error("internal server error"));
                return;
            case PlatformFault.InvalidJson:
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>メンテナンス中です</body></html>");
                return;
            case PlatformFault.MissingAnswer:
                await WriteAsync(context, 200, new JsonObject { ["data"] = new JsonObject { ["status"] = "queued" } });
                return;
        }

        await WriteAsync(context, 200, new JsonObject
        {
            ["data"] = new JsonObject { ["answer"] = Answer },
            ["usage"] = new JsonObject { ["in"] = InputTokens, ["out"] = OutputTokens },
        });
    }

    private static JsonObject Error(string message) => new() { ["error"] = new JsonObject { ["message"] = message } };

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString());
    }
}

/// <summary>A question as the fake platform understood it.</summary>
public sealed record PlatformQuestion(string? Query, string? System);
