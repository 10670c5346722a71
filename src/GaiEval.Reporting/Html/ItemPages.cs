namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// The companion pages of a report whose items do not all fit in report.html: items/items-001.html …, each
/// <see cref="DrilldownLimits.ItemsPerPage"/> items in test-set order, every item on exactly one page. Each page stands
/// alone like report.html (same security policy, styles and filter script, every text escaped) and links back to the
/// report's section 10 and to its neighbours.
/// </summary>
internal static class ItemPages
{
    public const string Folder = "items";

    public static int Count(int items) => (items + DrilldownLimits.ItemsPerPage - 1) / DrilldownLimits.ItemsPerPage;

    /// <summary>The page (from 0) that holds the item at <paramref name="index"/>.</summary>
    public static int PageOf(int index) => index / DrilldownLimits.ItemsPerPage;

    /// <summary>The page's number as its file and its links show it (from 1).</summary>
    public static int Number(int index) => PageOf(index) + 1;

    /// <summary>The first and last item (indexes from 0) of <paramref name="page"/>.</summary>
    public static (int First, int Last) Range(int page, int items) =>
        (page * DrilldownLimits.ItemsPerPage, Math.Min(items, (page + 1) * DrilldownLimits.ItemsPerPage) - 1);

    public static string FileName(int page) => $"items-{(page + 1).ToString("000", CultureInfo.InvariantCulture)}.html";

    /// <summary>The page's path relative to report.html.</summary>
    public static string PagePath(int page) => $"{Folder}/{FileName(page)}";

    /// <summary>The item's card on its page, relative to report.html.</summary>
    public static string Href(int index) => $"{PagePath(PageOf(index))}#item-{index + 1}";

    /// <summary>Removes the pages a previous report left in <paramref name="folder"/> (only files named as this class names them).</summary>
    public static void RemoveOld(string folder)
    {
        string pages = Path.Combine(folder, Folder);
        if (!Directory.Exists(pages))
        {
            return;
        }

        foreach (string file in Directory.EnumerateFiles(pages, "items-*.html"))
        {
            File.Delete(file);
        }
    }

    public static async Task WriteAsync(RunReport report, DrilldownCard card, string folder, CancellationToken cancellationToken)
    {
        string pages = Directory.CreateDirectory(Path.Combine(folder, Folder)).FullName;
        for (int page = 0; page < Count(card.Items.Count); page++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var output = new StreamWriter(Path.Combine(pages, FileName(page)), append: false, new UTF8Encoding(false));
            Write(output, report, card, page);
        }
    }

    /// <summary>Writes the page to <paramref name="output"/> a card at a time.</summary>
    public static void Write(TextWriter output, RunReport report, DrilldownCard card, int page)
    {
        int items = card.Items.Count;
        int pages = Count(items);
        (int first, int last) = Range(page, items);
        var html = new StringBuilder();
        string title = $"項目別の詳細 {page + 1} / {pages}: {report.Results.Run.PlanName}";
        HtmlDocument.WriteHead(html, title, DrilldownScript.Hash, HtmlStyles.ManyCardsCss);
        html.Append("<header><h1>").Append(E(title)).Append("</h1><p class=\"sub\">実行ID ").Append(E(report.Results.Run.RunId))
            .Append("　項目 ").Append(first + 1).Append('–').Append(last + 1).Append(" / 全 ").Append(items.ToString("#,0", CultureInfo.InvariantCulture)).AppendLine(" 項目</p>");
        WritePager(html, page, pages);
        html.AppendLine("</header><main>");
        html.Append("<p class=\"note\">").Append(E(
            $"回答などの文は {DrilldownLimits.PageTextChars.ToString("#,0", CultureInfo.InvariantCulture)} 文字で切っています。すべての回答の全文は results.csv にあります。"))
            .AppendLine("</p>");
        DrilldownSection.WriteFilters(html, card, last - first + 1);
        for (int index = first; index <= last; index++)
        {
            card.Write(html, index, DrilldownLimits.PageTextChars);
            HtmlDocument.Flush(html, output);
        }

        html.AppendLine("</main><footer>");
        WritePager(html, page, pages);
        html.AppendLine("</footer>");
        html.Append("<script>").Append(DrilldownScript.Text).AppendLine("</script>");
        html.AppendLine("</body></html>");
        HtmlDocument.Flush(html, output);
    }

    private static void WritePager(StringBuilder html, int page, int pages)
    {
        html.Append("<nav class=\"pages\"><a href=\"../report.html#s").Append((int)HtmlSection.Drilldown).Append("\" rel=\"index\">レポート（report.html）に戻る</a>");
        if (page > 0)
        {
            html.Append(" <a href=\"").Append(FileName(page - 1)).Append("\" rel=\"prev\">前のページ</a>");
        }

        if (page + 1 < pages)
        {
            html.Append(" <a href=\"").Append(FileName(page + 1)).Append("\" rel=\"next\">次のページ</a>");
        }

        html.AppendLine("</nav>");
    }
}
