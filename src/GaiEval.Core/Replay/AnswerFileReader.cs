namespace GaiEval.Core.Replay;

using System.Security.Cryptography;

using System.Text.Json;
using GaiEval.Core.Inputs;

/// <summary>
/// Reads an answers file: one JSON object per line (UTF-8, UTF-16 or CP932, as <see cref="UserTextFile"/> reads it), blank lines skipped. Every fault is reported
/// with its line at once (<see cref="InputException"/>): bad JSON, unknown fields, a missing id or answer, a repeated id,
/// a token count that is not a whole number of at least 0, a latency that is not a number of at least 0.
/// </summary>
public static class AnswerFileReader
{
    /// <param name="path">The JSONL file.</param>
    /// <param name="check">A further check of each answer (e.g. that its item may be answered from a file): the problem with
    /// its id, or null. Its findings are reported with the format's, all at once.</param>
    public static AnswerFile Load(string path, Func<ReplayedAnswer, string?>? check = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "file", "回答ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        byte[] bytes = File.ReadAllBytes(path);
        string[] lines = UserTextFile.Decode(path, bytes).Split('\n');

        var answers = new Dictionary<string, ReplayedAnswer>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Length; i++)
        {
            if (ReadLine(lines[i].TrimEnd('\r'), i + 1, errors) is not { } answer)
            {
                continue;
            }

            if (check?.Invoke(answer) is { } problem)
            {
                errors.Add(answer.Line, AnswerFileFields.Id, problem);
            }

            if (answers.TryGetValue(answer.Id, out ReplayedAnswer? first))
            {
                errors.Add(answer.Line, AnswerFileFields.Id, $"id「{answer.Id}」が重複しています（最初は {first.Line} 行目）。1 つの項目に回答は 1 行にしてください");
            }
            else
            {
                answers[answer.Id] = answer;
            }
        }

        if (answers.Count == 0 && !errors.HasErrors)
        {
            errors.Add(0, "file", "回答が 1 行もありません。1 行に 1 つ {\"id\": \"...\", \"answer\": \"...\"} を書いてください");
        }

        errors.ThrowIfAny();
        return new AnswerFile(Path.GetFullPath(path), answers) { ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
    }

    private static ReplayedAnswer? ReadLine(string text, int line, InputErrorCollector errors) =>
        JsonlLine.Read(text, line, errors, "{\"id\": \"...\", \"answer\": \"...\"}", item => ReadObject(item, line, errors));

    private static ReplayedAnswer? ReadObject(JsonElement item, int line, InputErrorCollector errors)
    {
        foreach (JsonProperty property in item.EnumerateObject().Where(p => !AnswerFileFields.All.Contains(p.Name, StringComparer.Ordinal)))
        {
            errors.Add(line, property.Name, ClosestName.UnknownMessage(property.Name, [.. AnswerFileFields.All]));
        }

        // JSON allows a name twice and keeps one of the values: which answer was meant cannot be told.
        foreach (string twice in item.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add(line, twice, $"{twice} が 2 回書かれています。1 回にしてください");
        }

        string? id = Text(item, AnswerFileFields.Id, line, errors, "id は必須です。テストセットの項目の id を書いてください");
        string? answer = Text(item, AnswerFileFields.Answer, line, errors, "answer は必須です。項目への回答の文章を書いてください（空の回答は書けません）");
        bool numbersOk = Count(item, AnswerFileFields.InputTokens, line, errors, out long? inputTokens)
            & Count(item, AnswerFileFields.OutputTokens, line, errors, out long? outputTokens)
            & Latency(item, line, errors, out double? latencyMs);
        return id is null || answer is null || !numbersOk ? null : new ReplayedAnswer(id, answer, inputTokens, outputTokens, latencyMs, line);
    }

    private static string? Text(JsonElement item, string field, int line, InputErrorCollector errors, string missing)
    {
        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            errors.Add(line, field, missing);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(line, field, $"{field} は文字列で書いてください（例: \"...\"）");
            return null;
        }

        string text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(line, field, missing);
            return null;
        }

        return text;
    }

    private static bool Count(JsonElement item, string field, int line, InputErrorCollector errors, out long? count)
    {
        count = null;
        if (!item.TryGetProperty(field, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) && number >= 0)
        {
            count = number;
            return true;
        }

        errors.Add(line, field, $"{field} は 0 以上の整数で書いてください（指定値: {value.GetRawText()}）");
        return false;
    }

    private static bool Latency(JsonElement item, int line, InputErrorCollector errors, out double? latencyMs)
    {
        latencyMs = null;
        if (!item.TryGetProperty(AnswerFileFields.LatencyMs, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && double.IsFinite(number) && number >= 0)
        {
            latencyMs = number;
            return true;
        }

        errors.Add(line, AnswerFileFields.LatencyMs, $"latency_ms は 0 以上の数値（ミリ秒）で書いてください（指定値: {value.GetRawText()}）");
        return false;
    }
}
