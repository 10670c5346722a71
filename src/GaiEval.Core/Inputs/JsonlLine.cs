namespace GaiEval.Core.Inputs;

using System.Buffers;
using System.Text;
using System.Text.Json;

/// <summary>One line of a JSONL file a user wrote: blank lines are skipped, and a line that is not one JSON object is reported.</summary>
internal static class JsonlLine
{
    /// <summary>
    /// Parses <paramref name="text"/> and hands its object to <paramref name="read"/>; null for a blank line or one that was
    /// reported (not JSON, or not an object). <paramref name="shape"/> is the example object the message shows.
    /// </summary>
    public static T? Read<T>(string text, int line, InputErrorCollector errors, string shape, Func<JsonElement, T?> read)
        where T : class =>
        string.IsNullOrWhiteSpace(text) ? null : Parse(() => JsonDocument.Parse(text), line, errors, shape, read);

    /// <summary>
    /// <see cref="Read{T}(string, int, InputErrorCollector, string, Func{JsonElement, T})"/> for a line in UTF-8, its
    /// trailing '\r' already cut, parsed as it is (the same bytes the text would be transcoded to).
    /// </summary>
    public static T? Read<T>(ReadOnlyMemory<byte> utf8, int line, InputErrorCollector errors, string shape, Func<JsonElement, T?> read)
        where T : class =>
        IsBlank(utf8.Span) ? null : Parse(() => JsonDocument.Parse(utf8), line, errors, shape, read);

    private static T? Parse<T>(Func<JsonDocument> parse, int line, InputErrorCollector errors, string shape, Func<JsonElement, T?> read)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = parse();
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

    /// <summary>Only white space, as <see cref="string.IsNullOrWhiteSpace"/> tells it of the decoded text.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(utf8, out Rune rune, out int length) != OperationStatus.Done || !Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            utf8 = utf8[length..];
        }

        return true;
    }
}
