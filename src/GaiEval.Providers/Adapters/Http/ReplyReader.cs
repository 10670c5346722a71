namespace GaiEval.Providers.Adapters.Http;

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

/// <summary>
/// Takes the answer and the token counts out of a JSON reply. The answer must be a string at its path; a token count
/// is used when its path is configured and holds a whole number (or a string of one), and is otherwise left for the
/// measurement middleware to estimate.
/// </summary>
/// <remarks>
/// A reply that is not JSON is malformed like a cut connection (<see cref="ProviderHttpException"/> without status,
/// worth another attempt: maintenance pages and proxies answer so). A JSON reply without a string at the answer path
/// is <see cref="InvalidDataException"/>, not retried: the path comes from the plan and is most likely wrong there.
/// </remarks>
internal sealed class ReplyReader(JsonPath answerPath, JsonPath? inputTokensPath, JsonPath? outputTokensPath)
{
    private const int SnippetLength = 100;

    /// <exception cref="ProviderHttpException">Not JSON.</exception>
    /// <exception cref="InvalidDataException">No answer at the path, or an answer that is not a string.</exception>
    public (string Answer, UsageDetails? Usage) Read(string body, IReadOnlyCollection<string> secrets)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            string snippet = ProviderHttpFailures.Redact(body.Length <= SnippetLength ? body : body[..SnippetLength] + "…", secrets);
            throw new ProviderHttpException(
                $"{HttpTemplateChatClient.ProviderLabel} の応答が不正です: JSON ではないため、回答（answer_path「{answerPath}」）を取り出せません。応答の先頭: {snippet}",
                null,
                null,
                e);
        }

        using (document)
        {
            return (Answer(document.RootElement), Usage(document.RootElement));
        }
    }

    private string Answer(JsonElement root)
    {
        if (!answerPath.TryFind(root, out var answer, out string reached))
        {
            string where = reached.Length == 0 ? "最初の段から見つかりません" : $"「{reached}」までは見つかりました";
            throw new InvalidDataException($"HTTP API の応答に回答のパス「{answerPath}」がありません（{where}）。");
        }

        return answer.ValueKind == JsonValueKind.String
            ? answer.GetString()!
            : throw new InvalidDataException($"HTTP API の応答の「{answerPath}」が文字列ではありません（{KindName(answer.ValueKind)}）。");
    }

    private UsageDetails? Usage(JsonElement root)
    {
        long? input = Count(root, inputTokensPath);
        long? output = Count(root, outputTokensPath);
        if (input is null && output is null)
        {
            return null;
        }

        return new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
    }

    private static long? Count(JsonElement root, JsonPath? path)
    {
        if (path is null || !path.TryFind(root, out var value, out _))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out long number) && number >= 0 => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out long number) => number,
            _ => null,
        };
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "オブジェクト",
        JsonValueKind.Array => "配列",
        JsonValueKind.Number => "数値",
        JsonValueKind.True or JsonValueKind.False => "真偽値",
        JsonValueKind.Null => "null",
        _ => kind.ToString(),
    };
}
