namespace GaiEval.Providers.Knowledge;

/// <summary>
/// Finds ATX headings (<c># </c> to <c>###### </c>, up to three spaces of indent, optional closing #s) outside fenced
/// code blocks. Setext headings (underlined with === or ---) are not recognised; a heading with no text is plain text.
/// </summary>
internal static class MarkdownHeadings
{
    public static IReadOnlyList<DocumentHeading> Scan(IReadOnlyList<string> lines, int firstLineNumber)
    {
        var headings = new List<DocumentHeading>();
        string? openFence = null;
        for (int index = 0; index < lines.Count; index++)
        {
            string line = lines[index];
            string trimmed = line.TrimStart(' ');
            if (IsFence(trimmed, out string fence))
            {
                openFence = openFence is null ? fence : trimmed.StartsWith(openFence, StringComparison.Ordinal) ? null : openFence;
                continue;
            }

            if (openFence is null && TryParse(line, out int level, out string text))
            {
                headings.Add(new DocumentHeading(level, text, firstLineNumber + index));
            }
        }

        return headings;
    }

    public static bool TryParse(string line, out int level, out string text)
    {
        level = 0;
        text = string.Empty;
        string trimmed = line.TrimStart(' ');
        if (line.Length - trimmed.Length > 3)
        {
            return false;
        }

        while (level < trimmed.Length && trimmed[level] == '#')
        {
            level++;
        }

        if (level is < 1 or > 6 || (level < trimmed.Length && trimmed[level] is not (' ' or '\t')))
        {
            return false;
        }

        text = StripClosingSequence(trimmed[level..].Trim());
        return text.Length > 0;
    }

    private static string StripClosingSequence(string text)
    {
        string withoutHashes = text.TrimEnd('#');
        if (withoutHashes.Length == 0)
        {
            return string.Empty;
        }

        return withoutHashes.Length < text.Length && char.IsWhiteSpace(withoutHashes[^1]) ? withoutHashes.TrimEnd() : text;
    }

    private static bool IsFence(string trimmed, out string fence)
    {
        fence = trimmed.StartsWith("```", StringComparison.Ordinal) ? "```"
            : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? "~~~"
            : string.Empty;
        return fence.Length > 0;
    }
}
