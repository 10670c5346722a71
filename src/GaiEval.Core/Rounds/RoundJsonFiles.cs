namespace GaiEval.Core.Rounds;

using System.Globalization;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;

/// <summary>Writes commitment.json and reveal.json (never over an existing file) and reads them back, reporting every fault.</summary>
public static class RoundJsonFiles
{
    /// <exception cref="IOException">The file already exists.</exception>
    public static void WriteNew<T>(string path, T value)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] json = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)
            .GetBytes(JsonSerializer.Serialize(value, GaiEvalJson.Info<T>(GaiEvalJson.Indented)) + "\n");
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(json);
    }

    /// <summary>Writes <paramref name="value"/> over <paramref name="path"/> through a temporary file, so a reader never sees half a file.</summary>
    public static void Replace<T>(string path, T value)
    {
        ArgumentNullException.ThrowIfNull(path);
        string temporary = path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(value, GaiEvalJson.Info<T>(GaiEvalJson.Indented)) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads a round file that GaiEval wrote (round-run.json, canary.json, completion.json).</summary>
    /// <exception cref="InputException">The file is missing or is not the JSON expected.</exception>
    public static T Read<T>(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "file", "ファイルが見つかりません。パスを確認してください");
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), GaiEvalJson.Info<T>(GaiEvalJson.Options))
                ?? throw new InputException(path, 1, "json", "中身がありません");
        }
        catch (JsonException e)
        {
            throw new InputException(path, (int)(e.LineNumber ?? 0) + 1, "json", $"GaiEval の書いた形として読めません（{e.Path}）。ファイルが壊れていないか確認してください");
        }
    }

    /// <exception cref="InputException">The file is missing, is not JSON, or lacks a field.</exception>
    public static RoundCommitment ReadCommitment(string path)
    {
        var errors = new InputErrorCollector(path);
        using JsonDocument document = Parse(path, errors);
        var fields = new Fields(document.RootElement, errors);
        var commitment = new RoundCommitment
        {
            Round = fields.Text("round"),
            CreatedAt = fields.Time("created_at"),
            Scheme = fields.Scheme(),
            Commitment = fields.Hash("commitment"),
            HiddenItems = fields.Count("hidden_items"),
            Testset = fields.Text("testset"),
            ExcludedExposed = fields.OptionalTexts("excluded_exposed"),
        };
        errors.ThrowIfAny();
        return commitment;
    }

    /// <exception cref="InputException">The file is missing, is not JSON, or lacks a field.</exception>
    public static (RoundReveal Reveal, byte[] Salt) ReadReveal(string path)
    {
        var errors = new InputErrorCollector(path);
        using JsonDocument document = Parse(path, errors);
        var fields = new Fields(document.RootElement, errors);
        var reveal = new RoundReveal
        {
            Round = fields.Text("round"),
            ClosedAt = fields.Time("closed_at"),
            Scheme = fields.Scheme(),
            Commitment = fields.Hash("commitment"),
            Salt = fields.Text("salt"),
            HiddenItems = fields.Count("hidden_items"),
            CanonicalSha256 = fields.Hash("canonical_sha256"),
        };
        byte[]? salt = HiddenSetCommitment.ParseSalt(reveal.Salt);
        if (salt is null && reveal.Salt.Length > 0)
        {
            errors.Add(0, "salt", $"ソルトは {HiddenSetCommitment.SaltLength * 2} 桁の16進であるべきです");
        }

        errors.ThrowIfAny();
        return (reveal, salt!);
    }

    private static JsonDocument Parse(string path, InputErrorCollector errors)
    {
        if (!File.Exists(path))
        {
            errors.Add(0, "file", "ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        try
        {
            JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                errors.Add(1, "json", "JSON オブジェクト（{ ... }）であるべきです");
                errors.ThrowIfAny();
            }

            return document;
        }
        catch (JsonException e)
        {
            errors.Add((int)(e.LineNumber ?? 0) + 1, "json", "JSON として読めません。ファイルが壊れていないか確認してください");
            errors.ThrowIfAny();
            throw;
        }
    }

    /// <summary>Required fields of a round file, each missing or malformed one reported once.</summary>
    private sealed class Fields(JsonElement root, InputErrorCollector errors)
    {
        public string Text(string name)
        {
            if (root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
            {
                return value.GetString()!;
            }

            errors.Add(0, name, $"{name} がありません（空でない文字列であるべきです）");
            return string.Empty;
        }

        /// <summary>An optional array of strings; absent is empty.</summary>
        public IReadOnlyList<string> OptionalTexts(string name)
        {
            if (!root.TryGetProperty(name, out JsonElement value))
            {
                return [];
            }

            if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                return [.. value.EnumerateArray().Select(e => e.GetString()!)];
            }

            errors.Add(0, name, $"{name} は文字列の配列であるべきです");
            return [];
        }

        public string Hash(string name)
        {
            string text = Text(name);
            if (text.Length > 0 && (text.Length != 64 || !text.All(char.IsAsciiHexDigit)))
            {
                errors.Add(0, name, $"{name} は SHA-256 の16進（64桁）であるべきです");
            }

            return text;
        }

        public int Count(string name)
        {
            if (root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number &&
                value.TryGetInt32(out int count) && count >= 0)
            {
                return count;
            }

            errors.Add(0, name, $"{name} がありません（0 以上の整数であるべきです）");
            return 0;
        }

        public DateTimeOffset Time(string name)
        {
            string text = Text(name);
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out DateTimeOffset time))
            {
                return time;
            }

            if (text.Length > 0)
            {
                errors.Add(0, name, $"{name} は日時（ISO 8601）であるべきです: {text}");
            }

            return default;
        }

        public string Scheme()
        {
            string scheme = Text("scheme");
            if (scheme.Length > 0 && scheme != HiddenSetCommitment.Scheme)
            {
                errors.Add(0, "scheme", $"この版の gaieval が扱う方式は {HiddenSetCommitment.Scheme} です（ファイルの方式: {scheme}）");
            }

            return scheme;
        }
    }
}
