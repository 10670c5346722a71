namespace GaiEval.Reporting.Rounds;

using System.Text;
using GaiEval.Reporting.Text;

/// <summary>
/// Renders a round document as Markdown. Every text may hold a vendor's words (names, answers), so every text is
/// escaped as untrusted: it can neither break a table nor become a link, an image or HTML.
/// </summary>
public static class RoundMarkdown
{
    public static string Render(RoundDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").Append(E(document.Title)).Append("\n\n");
        foreach (IRoundBlock block in document.Blocks)
        {
            switch (block)
            {
                case RoundHeading heading:
                    md.Append(new string('#', Math.Clamp(heading.Level, 2, 4))).Append(' ').Append(E(heading.Text)).Append("\n\n");
                    break;
                case RoundParagraph paragraph:
                    md.Append(E(paragraph.Text)).Append("\n\n");
                    break;
                case RoundList list:
                    foreach (string item in list.Items)
                    {
                        md.Append("- ").Append(E(item)).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case RoundTable table:
                    md.Append("| ").AppendJoin(" | ", table.Headers.Select(E)).Append(" |\n");
                    md.Append('|').AppendJoin('|', table.Headers.Select(_ => "---")).Append("|\n");
                    foreach (IReadOnlyList<string> row in table.Rows)
                    {
                        md.Append("| ").AppendJoin(" | ", row.Select(E)).Append(" |\n");
                    }

                    md.Append('\n');
                    break;
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(document));
            }
        }

        return md.ToString();
    }

    private static string E(string text) => MarkdownText.EscapeUntrusted(text);
}
