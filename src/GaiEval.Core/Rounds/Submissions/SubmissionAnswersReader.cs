namespace GaiEval.Core.Rounds.Submissions;

using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// Reads a submission's <c>answers.jsonl</c>: one JSON object a line (UTF-8, BOM allowed, blank lines skipped) with
/// <c>id</c>, <c>answer</c> and the optional <c>input_tokens</c>, <c>output_tokens</c> and <c>latency_ms</c>. Throws
/// <see cref="InputException"/> carrying every fault, each with its line.
/// </summary>
public static class SubmissionAnswersReader
{
    public const string Id = "id";
    public const string Answer = "answer";
    public const string InputTokens = "input_tokens";
    public const string OutputTokens = "output_tokens";
    public const string LatencyMs = "latency_ms";

    private static readonly string[] Fields = [Id, Answer, InputTokens, OutputTokens, LatencyMs];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the file and checks its format only.</summary>
    public static IReadOnlyList<SubmittedAnswer> Read(string path) => Read(path, items: null);

    /// <summary>
    /// Reads the file and checks that every id is a public item of <paramref name="items"/>: a hidden or private item
    /// may not be answered from a file, and an id the test set does not have is unknown.
    /// </summary>
    public static IReadOnlyList<SubmittedAnswer> Read(string path, IReadOnlyList<GoldItem>? items)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "file", "回答ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        List<(SubmittedAnswer Answer, int Line)> answers = ReadLines(File.ReadAllBytes(path), errors);
        if (items is not null)
        {
            CheckItems(answers, items, errors);
        }

        errors.ThrowIfAny();
        return [.. answers.Select(entry => entry.Answer)];
    }

    private static List<(SubmittedAnswer Answer, int Line)> ReadLines(ReadOnlySpan<byte> content, InputErrorCollector errors)
    {
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        var answers = new List<(SubmittedAnswer, int)>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (!content.IsEmpty)
        {
            lineNumber++;
            int end = content.IndexOf((byte)'\n');
            ReadOnlySpan<byte> line = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            if (ReadLine(line.TrimEnd((byte)'\r'), lineNumber, errors) is not { } answer)
            {
                continue;
            }

            if (firstLineOfId.TryGetValue(answer.Id, out int first))
            {
                errors.Add(lineNumber, Id, $"id「{answer.Id}」の回答が 2 つあります（最初は {first} 行目）。1 つの項目には 1 つの回答にしてください");
                continue;
            }

            firstLineOfId[answer.Id] = lineNumber;
            answers.Add((answer, lineNumber));
        }

        if (lineNumber == 0 || (answers.Count == 0 && !errors.HasErrors))
        {
            errors.Add(0, "file", "回答が 1 つもありません。1 行に 1 つ { \"id\": ..., \"answer\": ... } を書いてください");
        }

        return answers;
    }

    private static SubmittedAnswer? ReadLine(ReadOnlySpan<byte> line, int lineNumber, InputErrorCollector errors)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(lineNumber, "json", "UTF-8 として読めない文字があります。ファイルを UTF-8 で保存してください");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                errors.Add(lineNumber, "json", "1 行に 1 つの JSON オブジェクト（{ \"id\": ..., \"answer\": ... }）を書いてください");
                return null;
            }

            return ReadObject(document.RootElement, lineNumber, errors);
        }
        catch (JsonException exception)
        {
            long position = (exception.BytePositionInLine ?? 0) + 1;
            errors.Add(lineNumber, "json", $"JSON として読めません（この行の {position} バイト目付近）。引用符・カンマ・括弧を確認してください");
            return null;
        }
    }

    private static SubmittedAnswer? ReadObject(JsonElement line, int lineNumber, InputErrorCollector errors)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in line.EnumerateObject())
        {
            if (!Fields.Contains(property.Name, StringComparer.Ordinal))
            {
                errors.Add(lineNumber, property.Name, ClosestName.UnknownMessage(property.Name, Fields));
            }
            else if (!values.TryAdd(property.Name, property.Value))
            {
                errors.Add(lineNumber, property.Name, $"{property.Name} が 2 回書かれています。1 回にしてください");
            }
        }

        int before = errors.Errors.Count;
        string? id = Text(values, Id, lineNumber, errors, "回答した項目の id（例: \"a-001\"）");
        string? answer = Text(values, Answer, lineNumber, errors, "回答の本文");
        long? inputTokens = Count(values, InputTokens, lineNumber, errors);
        long? outputTokens = Count(values, OutputTokens, lineNumber, errors);
        double? latencyMs = Latency(values, lineNumber, errors);
        return id is null || answer is null || errors.Errors.Count > before ? null : new SubmittedAnswer(id, answer, inputTokens, outputTokens, latencyMs);
    }

    /// <summary>A required string; the id may not be blank, the answer may be empty (the model said nothing).</summary>
    private static string? Text(Dictionary<string, JsonElement> values, string field, int lineNumber, InputErrorCollector errors, string what)
    {
        if (!values.TryGetValue(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(lineNumber, field, $"{field} は必須です。{what}を書いてください");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(lineNumber, field, $"{field} は文字列で書いてください（例: \"...\"）");
            return null;
        }

        string text = value.GetString()!;
        if (field == Id && string.IsNullOrWhiteSpace(text))
        {
            errors.Add(lineNumber, field, $"{field} が空です。{what}を書いてください");
            return null;
        }

        return text;
    }

    private static long? Count(Dictionary<string, JsonElement> values, string field, int lineNumber, InputErrorCollector errors)
    {
        if (!values.TryGetValue(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long count) && count >= 0)
        {
            return count;
        }

        errors.Add(lineNumber, field, $"{field} は 0 以上の整数で書いてください（指定値: {value.GetRawText()}）");
        return null;
    }

    private static double? Latency(Dictionary<string, JsonElement> values, int lineNumber, InputErrorCollector errors)
    {
        if (!values.TryGetValue(LatencyMs, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double milliseconds) && double.IsFinite(milliseconds) && milliseconds >= 0)
        {
            return milliseconds;
        }

        errors.Add(lineNumber, LatencyMs, $"{LatencyMs} は 0 以上の数値（ミリ秒）で書いてください（指定値: {value.GetRawText()}）");
        return null;
    }

    private static void CheckItems(List<(SubmittedAnswer Answer, int Line)> answers, IReadOnlyList<GoldItem> items, InputErrorCollector errors)
    {
        Dictionary<string, GoldItem> byId = items.ToDictionary(item => item.Id, StringComparer.Ordinal);
        foreach ((SubmittedAnswer answer, int line) in answers)
        {
            if (!byId.TryGetValue(answer.Id, out GoldItem? item))
            {
                string hint = ClosestName.Find(answer.Id, byId.Keys) is { } closest ? $"「{closest}」のことですか？" : "テストセットの公開項目の id を書いてください";
                errors.Add(line, Id, $"id「{answer.Id}」はテストセットにありません。{hint}");
            }
            else if (item.Split != ItemSplit.Public)
            {
                string why = item.Split == ItemSplit.Hidden
                    ? "hidden の項目です。hidden の項目は区の公式実行でだけ送られ、事業者には示されません"
                    : "private の項目です。private の項目は区の中だけで使います";
                errors.Add(line, Id, $"id「{answer.Id}」は {why}。回答ファイルで答えられるのは public の項目だけです");
            }
        }
    }
}
