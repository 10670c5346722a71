namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;

/// <summary>
/// What the lint needs of one knowledge document: its path relative to the knowledge folder ('/' separators), title,
/// 機密区分, body (line ends <c>\n</c>, first line <paramref name="BodyStartLine"/>) and headings.
/// </summary>
public sealed record KnowledgeSourceDocument(
    string Path, string Title, Sensitivity Sensitivity, string Body, int BodyStartLine, IReadOnlyList<KnowledgeSourceHeading> Headings)
{
    /// <summary>
    /// The passage a <c>sources</c> heading names: the heading and everything under it up to the next heading of the same
    /// or a higher level (so its subsections are included); the whole body for the title. Null when no heading has that
    /// text. <c>見出し~2</c> names the second heading of that text, as the heading chunker numbers repeated headings.
    /// </summary>
    public string? Passage(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        (string text, int occurrence) = SplitOccurrence(heading.Trim());
        List<KnowledgeSourceHeading> matches = [.. Headings.Where(h => h.Text == text)];
        if (occurrence <= matches.Count)
        {
            return Section(matches[occurrence - 1]);
        }

        return occurrence == 1 && text == Title ? Body : null;
    }

    private string Section(KnowledgeSourceHeading heading)
    {
        string[] lines = Body.Split('\n');
        int start = heading.Line - BodyStartLine;
        KnowledgeSourceHeading? next = Headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= heading.Level);
        int end = next is null ? lines.Length : next.Line - BodyStartLine;
        return string.Join('\n', lines[Math.Clamp(start, 0, lines.Length)..Math.Clamp(end, 0, lines.Length)]);
    }

    private static (string Text, int Occurrence) SplitOccurrence(string heading)
    {
        int tilde = heading.LastIndexOf('~');
        return tilde > 0 && int.TryParse(heading[(tilde + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 2
            ? (heading[..tilde], n)
            : (heading, 1);
    }
}
