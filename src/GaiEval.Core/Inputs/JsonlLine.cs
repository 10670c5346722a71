namespace GaiEval.Core.Inputs;

using System.Text.Json;

/// <summary>One line of a JSONL file a user wrote: blank lines are skipped, and a line that is not one JSON object is reported.</summary>
internal static class JsonlLine
{
    /// <summary>
    /// Parses <paramref name="text"/> and hands its object to <paramref name="read"/>; null for a blank line or one that was
    /// reported (not JSON, or not an object). <paramref name="shape"/> is the example object the message shows.
    /// </summary>
    public static T? Read<T>(string text, int line, InputErrorCollector errors, string shape, Func<JsonElement, T?> read)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            long position = (exception.BytePositionInLine ?? 0) + 1;
            errors.Add(line, "json", $"JSON として読めません（この行の {position} バイト目付近）。引用符・カンマ・括弧を確認してください");
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(line, "json", $"1 行に 1 つの JSON オブジェクト（{shape}）を書いてください");
                return null;
            }

            return read(document.RootElement);
        }
    }
}
