namespace GaiEval.Reporting.Rounds;

using System.Text;
using GaiEval.Reporting.Html;

/// <summary>Renders a round document as a standalone HTML page (the reports' head and styles, no script), every text escaped.</summary>
public static class RoundHtml
{
    public static string Render(RoundDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        HtmlDocument.WriteHead(html, document.Title, scriptHash: null);
        html.Append("<main><h1>").Append(HtmlText.E(document.Title)).AppendLine("</h1>");
        foreach (IRoundBlock block in document.Blocks)
        {
            switch (block)
            {
                case RoundHeading heading:
                    int level = Math.Clamp(heading.Level, 2, 4);
                    html.Append("<h").Append(level).Append('>').Append(HtmlText.E(heading.Text)).Append("</h").Append(level).AppendLine(">");
                    break;
                case RoundParagraph paragraph:
                    html.Append("<p>").Append(HtmlText.E(paragraph.Text)).AppendLine("</p>");
                    break;
                case RoundList list:
                    html.Append("<ul>");
                    foreach (string item in list.Items)
                    {
                        html.Append("<li>").Append(HtmlText.E(item)).Append("</li>");
                    }

                    html.AppendLine("</ul>");
                    break;
                case RoundTable table:
                    var rows = new HtmlTable(table.Headers);
                    foreach (IReadOnlyList<string> row in table.Rows)
                    {
                        rows.Add([.. row]);
                    }

                    rows.WriteTo(html);
                    break;
                default:
                    throw new ArgumentException($"Unknown block {block.GetType().Name}.", nameof(document));
            }
        }

        html.AppendLine("</main></body></html>");
        return html.ToString();
    }
}
