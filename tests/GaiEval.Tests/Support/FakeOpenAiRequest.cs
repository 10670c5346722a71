namespace GaiEval.Tests.Support;

using System.Text.Json.Nodes;

/// <summary>
/// A chat completion request as <see cref="FakeOpenAiServer"/> understood it: its number (1 = the first request the server
/// received), the route it came by and the fields of its JSON body that tests look at.
/// </summary>
public sealed record FakeOpenAiRequest
{
    public required int Number { get; init; }

    public required ReceivedRequest Raw { get; init; }

    /// <summary>The <c>model</c> field of the body.</summary>
    public string? Model { get; init; }

    /// <summary>The deployment name of an Azure route (<c>/openai/deployments/{deployment}/…</c>); null on the /v1 route.</summary>
    public string? Deployment { get; init; }

    /// <summary>The <c>api-version</c> query parameter; null when absent.</summary>
    public string? ApiVersion { get; init; }

    /// <summary>(role, text) of each message, in order.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages { get; init; } = [];

    public double? Temperature { get; init; }

    /// <summary><c>max_completion_tokens</c>, or else <c>max_tokens</c>.</summary>
    public int? MaxTokens { get; init; }

    public bool Stream { get; init; }

    /// <summary><c>stream_options.include_usage</c>: only then does a stream end with a usage chunk.</summary>
    public bool IncludeUsage { get; init; }

    /// <summary>The text of the first system (or developer) message; null when there is none.</summary>
    public string? SystemPrompt => Messages.FirstOrDefault(m => m.Role is "system" or "developer").Content;

    /// <summary>The text of the last user message: the question, with whatever the pipeline put around it.</summary>
    public string UserText => Messages.LastOrDefault(m => m.Role == "user").Content ?? string.Empty;

    /// <summary>The key the client sent, from <c>api-key</c> or a Bearer <c>Authorization</c> header; null when none.</summary>
    public string? SentKey =>
        Raw.Headers.TryGetValue("api-key", out string? key) ? key
        : Raw.Headers.TryGetValue("Authorization", out string? auth) && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..]
        : null;

    internal static FakeOpenAiRequest Parse(int number, ReceivedRequest raw, string? deployment, string? apiVersion)
    {
        JsonNode? body = raw.Body.Length == 0 ? null : JsonNode.Parse(raw.Body);
        return new FakeOpenAiRequest
        {
            Number = number,
            Raw = raw,
            Deployment = deployment,
            ApiVersion = apiVersion,
            Model = body?["model"]?.GetValue<string>(),
            Messages = [.. (body?["messages"]?.AsArray() ?? []).Select(m => (Role(m), Content(m?["content"])))],
            Temperature = body?["temperature"]?.GetValue<double>(),
            MaxTokens = (body?["max_completion_tokens"] ?? body?["max_tokens"])?.GetValue<int>(),
            Stream = body?["stream"]?.GetValue<bool>() ?? false,
            IncludeUsage = body?["stream_options"]?["include_usage"]?.GetValue<bool>() ?? false,
        };
    }

    private static string Role(JsonNode? message) => message?["role"]?.GetValue<string>() ?? string.Empty;

    // Content is a string or a list of parts ({"type":"text","text":…}).
    private static string Content(JsonNode? content) => content switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        _ => string.Empty,
    };
}
