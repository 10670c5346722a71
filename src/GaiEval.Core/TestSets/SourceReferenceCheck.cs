namespace GaiEval.Core.TestSets;

/// <summary>
/// Checks one <c>sources</c> entry: <c>path.md</c> or <c>path.md#見出し</c>, the path relative to the knowledge folder and
/// never leaving it; when the folder is known, the file must exist there.
/// </summary>
internal static class SourceReferenceCheck
{
    /// <summary>The problem with <paramref name="source"/> in Japanese, or null when it is fine.</summary>
    public static string? FindProblem(string source, string? knowledgeFolder)
    {
        int hash = source.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? source : source[..hash];
        string shape = $"「{source}」: 「ファイル.md」または「ファイル.md#見出し」の形で書いてください";
        if (hash >= 0 && string.IsNullOrWhiteSpace(source[(hash + 1)..]))
        {
            return $"「{source}」: 「#」の後に見出しを書いてください（例: 住民票.md#手数料）";
        }

        if (string.IsNullOrWhiteSpace(path) || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return shape;
        }

        if (IsAbsolute(path))
        {
            return $"「{source}」: 知識フォルダからの相対パスで書いてください（絶対パスやドライブ名は使えません）";
        }

        if (LeavesFolder(path))
        {
            return $"「{source}」: 知識フォルダの外を指しています（「..」でフォルダの外に出ないでください）";
        }

        if (knowledgeFolder is not null && !File.Exists(Path.Combine(Path.GetFullPath(knowledgeFolder), path)))
        {
            return $"「{source}」: 知識フォルダ {knowledgeFolder} にこのファイルがありません";
        }

        return null;
    }

    private static bool IsAbsolute(string path) =>
        path[0] is '/' or '\\'
        || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':')
        || Path.IsPathRooted(path);

    private static bool LeavesFolder(string path)
    {
        int depth = 0;
        foreach (string segment in path.Split('/', '\\'))
        {
            if (segment == "..")
            {
                depth--;
                if (depth < 0)
                {
                    return true;
                }
            }
            else if (segment is not ("" or "."))
            {
                depth++;
            }
        }

        return false;
    }
}
