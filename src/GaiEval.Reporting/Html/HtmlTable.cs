namespace GaiEval.Reporting.Html;

using System.Text;

/// <summary>
/// A table of plain-text cells, every cell escaped; columns marked numeric are right-aligned. It sits in a div.scroll that
/// scrolls sideways, so that a wide table never makes the page wider than the window.
/// </summary>
internal sealed class HtmlTable(IReadOnlyList<string> headers, IEnumerable<int>? numeric = null)
{
    private readonly HashSet<int> numericColumns = [.. numeric ?? []];
    private readonly List<IReadOnlyList<string>> rows = [];

    public int Count => rows.Count;

    public HtmlTable Add(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public void WriteTo(StringBuilder html)
    {
        html.Append("<div class=\"scroll\"><table><thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(HtmlText.E(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (IReadOnlyList<string> row in rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                html.Append(numericColumns.Contains(i) ? "<td class=\"num\">" : "<td>").Append(HtmlText.E(row[i])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.AppendLine("</tbody></table></div>");
    }
}
