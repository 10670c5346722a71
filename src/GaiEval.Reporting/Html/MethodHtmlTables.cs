namespace GaiEval.Reporting.Html;

using System.Text;

/// <summary>Writes a table whose headers and rows come from the shared rows of the method comparison (Methods/).</summary>
internal static class MethodHtmlTables
{
    public static void Write(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IEnumerable<int>? numeric = null)
    {
        var table = new HtmlTable(headers, numeric);
        foreach (IReadOnlyList<string> row in rows)
        {
            table.Add([.. row]);
        }

        table.WriteTo(html);
    }
}
