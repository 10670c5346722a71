namespace GaiEval.Reporting.Decision;

using System.Text;
using GaiEval.Reporting.Text;

/// <summary>The Markdown building blocks of decision.md: numbered sections, tables of escaped cells, 要記入 lines, images.</summary>
internal sealed class DecisionMarkdown
{
    public const string ToFillMark = "【要記入】";

    private readonly StringBuilder text = new();
    private int section;

    public void Title(string title) => text.Append("# ").AppendLine(MarkdownText.Escape(title)).AppendLine();

    public void Section(string heading)
    {
        section++;
        text.Append("## ").Append(section).Append(". ").AppendLine(heading).AppendLine();
    }

    public void Sub(string heading) => text.Append("### ").AppendLine(heading).AppendLine();

    /// <summary>A line written by GaiEval (already safe Markdown).</summary>
    public void Line(string line) => text.AppendLine(line);

    public void Bullet(string line) => text.Append("- ").AppendLine(line);

    public void Blank() => text.AppendLine();

    /// <summary>A part the data cannot fill: what the reader should write there.</summary>
    public void ToFill(string whatToWrite) => text.Append("- ").Append(ToFillMark).Append(' ').AppendLine(whatToWrite);

    public void Image(string alt, string? path)
    {
        if (path is not null)
        {
            text.Append("![").Append(alt).Append("](").Append(path.Replace(" ", "%20", StringComparison.Ordinal)).AppendLine(")").AppendLine();
        }
    }

    /// <summary>A table whose cells are escaped; <paramref name="rightAligned"/> marks numeric columns.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null) =>
        Table(headers, rows, rightAligned, MarkdownText.Escape);

    /// <summary>A table of text nobody controls (answers, questions, provider names), headers included: links, code and emphasis are escaped as well.</summary>
    public void UntrustedTable(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null) =>
        Table(headers, rows, rightAligned, MarkdownText.EscapeUntrusted);

    private void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned, Func<string, string> escape)
    {
        text.Append("| ").AppendJoin(" | ", headers.Select(escape)).AppendLine(" |");
        text.Append('|').AppendJoin("|", headers.Select((_, i) => rightAligned?.Contains(i) == true ? "---:" : "---")).AppendLine("|");
        foreach (IReadOnlyList<string> row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(escape)).AppendLine(" |");
        }

        text.AppendLine();
    }

    public override string ToString() => text.ToString();
}
