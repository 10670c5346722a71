namespace GaiEval.Tests.Support;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>The JSON bodies and stream chunks of one <see cref="FakeOpenAiServer"/> reply, in OpenAI's chat completion shapes.</summary>
internal sealed class FakeOpenAiPayloads(int number, string model, (int Prompt, int Completion) usage, bool includeUsage)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly long created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>A whole chat completion; with no text, one with an empty choice list.</summary>
    public string Completion(string? text)
    {
        JsonArray choices = text is null ? [] :
        [
            new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                ["finish_reason"] = "stop",
            },
        ];
        return Serialize(Envelope("chat.completion", choices, withUsage: true));
    }

    /// <summary>All events of a normal stream, <c>[DONE]</c> included.</summary>
    public IReadOnlyList<string> Events(IEnumerable<string> pieces) =>
        [RoleChunk(), .. pieces.Select(TextChunk), FinishChunk(), .. includeUsage ? [UsageChunk()] : Array.Empty<string>(), "[DONE]"];

    public string RoleChunk() => Chunk(new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, finishReason: null);

    public string TextChunk(string piece) => Chunk(new JsonObject { ["content"] = piece }, finishReason: null);

    public string FinishChunk() => Chunk(new JsonObject(), "stop");

    public string UsageChunk() => Serialize(Envelope("chat.completion.chunk", [], withUsage: true));

    private string Chunk(JsonObject delta, string? finishReason) =>
        Serialize(Envelope("chat.completion.chunk", [new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason }], withUsage: false));

    private JsonObject Envelope(string kind, JsonArray choices, bool withUsage)
    {
        var envelope = new JsonObject
        {
            ["id"] = $"chatcmpl-{number}",
            ["object"] = kind,
            ["created"] = created,
            ["model"] = model,
            ["choices"] = choices,
        };
        if (withUsage)
        {
            envelope["usage"] = new JsonObject
            {
                ["prompt_tokens"] = usage.Prompt,
                ["completion_tokens"] = usage.Completion,
                ["total_tokens"] = usage.Prompt + usage.Completion,
            };
        }

        return envelope;
    }

    private static string Serialize(JsonNode node) => node.ToJsonString(Relaxed);
}
