namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 10: a card per item (<see cref="DrilldownCard"/>) with the filters. When every card fits in
/// <see cref="DrilldownLimits.MaxCards"/> and <see cref="DrilldownLimits.CardBudgetBytes"/>, all are here, whole. Otherwise
/// the section shows the cards <see cref="DrilldownSelection"/> chooses, their texts cut, says which and how they were
/// chosen, and links the companion pages (<see cref="ItemPages"/>) that hold every item.
/// </summary>
internal sealed class DrilldownSection
{
    private readonly StringBuilder? wholeCards;

    public DrilldownSection(RunReport report)
    {
        Card = new DrilldownCard(report);
        if (Card.Items.Count <= DrilldownLimits.MaxCards)
        {
            var cards = new StringBuilder();
            for (int index = 0; index < Card.Items.Count; index++)
            {
                Card.Write(cards, index);
            }

            wholeCards = Utf8Bytes(cards) <= DrilldownLimits.CardBudgetBytes ? cards : null;
        }
    }

    public DrilldownCard Card { get; }

    /// <summary>Whether the items have companion pages (report.html then shows only some of them).</summary>
    public bool Paged => wholeCards is null;

    /// <summary>Appends the section to <paramref name="html"/>; the chosen cards of a paged run go to <paramref name="output"/> one at a time.</summary>
    public void Write(StringBuilder html, TextWriter output)
    {
        if (wholeCards is not null)
        {
            WriteFilters(html, Card, Card.Items.Count);
            html.Append(wholeCards);
            return;
        }

        var selection = DrilldownSelection.Choose(Card, DrilldownLimits.MaxCards, DrilldownLimits.OthersReserved);
        List<int> shown = [];
        List<int> shownPerGroup = [];
        long bytes = 0;
        var card = new StringBuilder();
        foreach (DrilldownGroup group in selection.Groups)
        {
            int count = 0;
            foreach (int index in group.Chosen)
            {
                WriteCutCard(card, index);
                long size = Utf8Bytes(card);
                card.Clear();
                if (bytes + size > DrilldownLimits.CardBudgetBytes)
                {
                    break;
                }

                bytes += size;
                shown.Add(index);
                count++;
            }

            shownPerGroup.Add(count);
            if (count < group.Chosen.Count)
            {
                break;
            }
        }

        WriteStatement(html, selection, shownPerGroup, shown.Count);
        WritePageLinks(html, Card.Items.Count);
        WriteFilters(html, Card, shown.Count);
        shown.Sort();
        foreach (int index in shown)
        {
            WriteCutCard(html, index);
            HtmlDocument.Flush(html, output);
        }
    }

    public static void WriteFilters(StringBuilder html, DrilldownCard card, int count)
    {
        IReadOnlyList<ProviderProfile> providers = card.Providers;
        html.Append("<form id=\"filters\" hidden>");
        Select(html, "cat", "業務分野", card.Categories);
        Select(html, "use", "用途", card.Uses);
        Select(html, "prov", "提供先", [.. providers.Select(p => p.Name)]);
        html.Append("<label><input type=\"checkbox\" name=\"failed\"> 誤答・失敗のみ</label>");
        html.Append("<span>表示 <output id=\"shown\">").Append(count).Append("</output> / ").Append(count).AppendLine(" 項目</span></form>");
        html.AppendLine("<p class=\"note\">誤答・失敗: 採点で誤り、またはエラー・タイムアウトになった回答がある項目。提供先を選ぶと、その提供先の列だけを表示します。</p>");
    }

    private static void WriteStatement(StringBuilder html, DrilldownSelection selection, List<int> shownPerGroup, int shown)
    {
        int total = selection.Groups.Sum(g => g.Total);
        string groups = string.Join("、", selection.Groups.Select((g, i) => $"{g.Name} {N(i < shownPerGroup.Count ? shownPerGroup[i] : 0)} / {N(g.Total)} 件"));
        html.Append("<p class=\"warn\">").Append(E(
            $"項目が多いため、この表には全 {N(total)} 項目のうち {N(shown)} 項目だけを載せています（{groups}）。"
            + $"誤答・失敗のある項目、判定保留・未採点の回答がある項目、その他の項目の順に、最大 {N(DrilldownLimits.MaxCards)} 項目"
            + $"（うち {N(DrilldownLimits.OthersReserved)} 項目はその他の項目のために空けておきます）、"
            + $"およそ {DrilldownLimits.CardBudgetBytes / 1_000_000} MB まで選びました。区分の全部が入らないときは、その区分から項目順に等間隔で選んでいます。"
            + $"ここでは回答などの文を {N(DrilldownLimits.ReportTextChars)} 文字で切っています。"))
            .AppendLine("</p>");
        html.Append("<p class=\"note\">").Append(E(
            $"すべての項目は、下の項目別ページ（1ページ {N(DrilldownLimits.ItemsPerPage)} 項目、項目順）に1回ずつあります。"
            + "すべての回答の全文は results.csv にあります。"))
            .AppendLine("</p>");
    }

    private static void WritePageLinks(StringBuilder html, int items)
    {
        html.Append("<nav class=\"pages\"><span>項目別ページ:</span>");
        for (int page = 0; page < ItemPages.Count(items); page++)
        {
            (int first, int last) = ItemPages.Range(page, items);
            html.Append(" <a href=\"").Append(E(ItemPages.PagePath(page))).Append("\">").Append(first + 1).Append('–').Append(last + 1).Append("</a>");
        }

        html.AppendLine("</nav>");
    }

    private static void Select(StringBuilder html, string name, string label, IReadOnlyList<string> options)
    {
        html.Append("<label>").Append(E(label)).Append(" <select name=\"").Append(name).Append("\"><option value=\"\">すべて</option>");
        for (int i = 0; i < options.Count; i++)
        {
            html.Append("<option value=\"").Append(i).Append("\">").Append(E(options[i])).Append("</option>");
        }

        html.Append("</select></label>");
    }

    /// <summary>The card as report.html shows it when the items are paged: texts cut, a link to its page.</summary>
    private void WriteCutCard(StringBuilder html, int index) =>
        Card.Write(html, index, DrilldownLimits.ReportTextChars, (ItemPages.Href(index), $"項目別ページ {ItemPages.Number(index)} で見る"));

    private static string N(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static long Utf8Bytes(StringBuilder text)
    {
        long bytes = 0;
        foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
        {
            bytes += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        return bytes;
    }
}
