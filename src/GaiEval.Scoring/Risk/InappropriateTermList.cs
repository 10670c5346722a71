namespace GaiEval.Scoring.Risk;

/// <summary>
/// Reads the inappropriate-content term list: UTF-8, lines starting with <c>#</c> are comments, a <c>[グループ名]</c> line
/// starts a group, every other non-blank line is one term of the current group (surrounding white space ignored).
/// </summary>
public static class InappropriateTermList
{
    /// <summary>The list shipped with GaiEval (src/GaiEval.Scoring/Risk/inappropriate-terms.ja.txt), embedded in the assembly.</summary>
    public const string EmbeddedFileName = "inappropriate-terms.ja.txt";

    private const string ResourceName = "GaiEval.Scoring.Risk." + EmbeddedFileName;

    /// <summary>The terms of <paramref name="text"/>; a term before any group or an empty group name is a <see cref="FormatException"/> naming <c>source:line</c>.</summary>
    public static IReadOnlyList<InappropriateTerm> Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = new List<InappropriateTerm>();
        string? group = null;
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int index = 0; index < lines.Length; index++)
        {
            string line = lines[index].Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                group = line[1..^1].Trim();
                if (group.Length == 0)
                {
                    throw new FormatException($"{source}:{index + 1}: グループ名: [ ] の中が空です。");
                }

                continue;
            }

            if (group is null)
            {
                throw new FormatException($"{source}:{index + 1}: グループ名: 語「{RiskMask.Term(line)}」がグループ（[グループ名] の行）より前にあります。");
            }

            terms.Add(new InappropriateTerm(group, line, index + 1));
        }

        return terms;
    }

    /// <summary>The shipped list's text.</summary>
    public static string ReadEmbedded()
    {
        using Stream stream = typeof(InappropriateTermList).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"埋め込みリソース {ResourceName} がありません。");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
