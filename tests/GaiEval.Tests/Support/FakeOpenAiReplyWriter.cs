namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

/// <summary>Writes <see cref="FakeOpenAiServer"/>'s replies: JSON bodies, SSE events, error replies, resets.</summary>
internal sealed class FakeOpenAiReplyWriter(HttpContext context)
{
    public async Task WriteJsonAsync(string json)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Writes each event as <c>data: …</c>, flushed at once, waiting <paramref name="delay"/> before all but the first.</summary>
    public async Task WriteEventsAsync(IReadOnlyList<string> events, TimeSpan delay, CancellationToken cancellationToken)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        for (int i = 0; i < events.Count; i++)
        {
            if (i > 0 && delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken);
            }

            await context.Response.WriteAsync($"data: {events[i]}\n\n", cancellationToken);
            await context.Response.Body.FlushAsync(cancellationToken);
        }
    }

    /// <summary>The fault's status, Retry-After headers and an OpenAI-style error body.</summary>
    public async Task WriteErrorAsync(FakeOpenAiFault fault)
    {
        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = fault.RetryAfterAsDate
                ? DateTimeOffset.UtcNow.Add(retryAfter).ToString("r", CultureInfo.InvariantCulture)
                : ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        if (fault.RetryAfterMs is { } retryAfterMs)
        {
            context.Response.Headers["retry-after-ms"] = ((long)retryAfterMs.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = fault.Message,
                ["type"] = fault.Status >= 500 ? "server_error" : "invalid_request_error",
                ["code"] = null,
            },
        };
        await WriteJsonAsync(body.ToJsonString());
    }

    public void Abort() => context.Abort();
}
