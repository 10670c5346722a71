namespace GaiEval.Providers.Knowledge;

using GaiEval.Core.Inputs;

/// <summary>
/// The <c>---</c>-fenced block of <c>key: value</c> lines at the top of a knowledge document.
/// Blank lines inside are allowed; values may be wrapped in matching quotes.
/// </summary>
internal sealed record FrontMatter(IReadOnlyList<KeyValuePair<string, string>> Entries, IReadOnlyDictionary<string, int> KeyLines, int ClosingLine)
{
    public const string Field = "front matter";
    private const string Fence = "---";

    /// <summary>Reads the front matter of <paramref name="lines"/>; null (with errors added) when there is none to read.</summary>
    public static FrontMatter? Parse(string file, IReadOnlyList<string> lines, List<InputError> errors)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != Fence)
        {
            errors.Add(new InputError(file, 1, Field, "先頭に front matter（--- で囲んだ 所管課・更新日 など）がありません"));
            return null;
        }

        int closing = FindClosingFence(lines);
        if (closing < 0)
        {
            errors.Add(new InputError(file, 1, Field, "front matter が --- で閉じられていません"));
            return null;
        }

        var entries = new List<KeyValuePair<string, string>>();
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int index = 1; index < closing; index++)
        {
            int line = index + 1;
            string text = lines[index].Trim();
            if (text.Length == 0)
            {
                continue;
            }

            int colon = text.IndexOf(':', StringComparison.Ordinal);
            string key = colon > 0 ? text[..colon].Trim() : string.Empty;
            if (key.Length == 0)
            {
                errors.Add(new InputError(file, line, Field, $"「キー: 値」の形式ではありません（区切りは半角コロン）: {text}"));
                continue;
            }

            if (!keyLines.TryAdd(key, line))
            {
                errors.Add(new InputError(file, line, key, $"キーが重複しています（{keyLines[key]}行目にもあります）"));
                continue;
            }

            entries.Add(new(key, Unquote(text[(colon + 1)..].Trim())));
        }

        return new FrontMatter(entries, keyLines, closing + 1);
    }

    private static int FindClosingFence(IReadOnlyList<string> lines)
    {
        for (int index = 1; index < lines.Count; index++)
        {
            if (lines[index].TrimEnd() == Fence)
            {
                return index;
            }
        }

        return -1;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
