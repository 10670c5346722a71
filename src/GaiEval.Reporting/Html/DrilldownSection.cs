namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 10: every item with its question, reference and each provider's answers side by side, the failed rules and the
/// retrieved sources. Items and columns carry only numeric indexes in data attributes, for the filter script.
/// </summary>
internal static class DrilldownSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<GoldItem> items = report.Results.Items;
        IReadOnlyList<ProviderProfile> providers = report.Results.Plan.Providers;
        List<string> categories = [.. items.Select(i => i.Category).Distinct(StringComparer.Ordinal)];
        List<string> uses = [.. items.Select(i => i.Use).Distinct(StringComparer.Ordinal)];
        WriteFilters(html, categories, uses, providers, items.Count);
        ILookup<(string ItemId, string ProviderId), ResponseRecord> responses =
            report.Results.Responses.OrderBy(r => r.Repeat).ToLookup(r => (r.ItemId, r.ProviderId));
        for (int index = 0; index < items.Count; index++)
        {
            GoldItem item = items[index];
            var cells = new DrilldownCells(report.Results, item, providers, responses);
            html.Append("<article class=\"item\" id=\"item-").Append(index + 1)
                .Append("\" data-cat=\"").Append(categories.IndexOf(item.Category))
                .Append("\" data-use=\"").Append(uses.IndexOf(item.Use))
                .Append("\" data-failed=\"").Append(string.Join(' ', cells.FailedProviderIndexes())).Append("\">");
            html.Append("<h3>").Append(E(item.Id)).Append("　").Append(E(item.Category)).Append(" / ").Append(E(item.Use))
                .Append(item.Expect == Expectation.Refuse ? " / 断るべき質問" : string.Empty).Append(" / ")
                .Append(E(RiskSection.SensitivityName(item.Sensitivity))).AppendLine("</h3>");
            WriteItemFacts(html, item);
            cells.WriteTo(html);
            html.AppendLine("</article>");
        }
    }

    private static void WriteFilters(StringBuilder html, List<string> categories, List<string> uses, IReadOnlyList<ProviderProfile> providers, int count)
    {
        html.Append("<form id=\"filters\" hidden>");
        Select(html, "cat", "業務分野", categories);
        Select(html, "use", "用途", uses);
        Select(html, "prov", "提供先", [.. providers.Select(p => p.Name)]);
        html.Append("<label><input type=\"checkbox\" name=\"failed\"> 誤答・失敗のみ</label>");
        html.Append("<span>表示 <output id=\"shown\">").Append(count).Append("</output> / ").Append(count).AppendLine(" 項目</span></form>");
        html.AppendLine("<p class=\"note\">誤答・失敗: 採点で誤り、またはエラー・タイムアウトになった回答がある項目。提供先を選ぶと、その提供先の列だけを表示します。</p>");
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

    private static void WriteItemFacts(StringBuilder html, GoldItem item)
    {
        html.Append("<dl class=\"item\">");
        Fact(html, "質問", item.Question);
        if (item.Context is { Length: > 0 } context)
        {
            Fact(html, "前提", context);
        }

        Fact(html, "模範解答", item.Reference ?? "（なし）");
        if (item.MustInclude.Count > 0)
        {
            Fact(html, "必須語", string.Join("、", item.MustInclude.Select(g => string.Join(" または ", g))));
        }

        if (item.MustNotInclude.Count > 0)
        {
            Fact(html, "禁止語", string.Join("、", item.MustNotInclude));
        }

        if (item.Sources.Count > 0)
        {
            Fact(html, "正解の出典", string.Join("、", item.Sources));
        }

        html.AppendLine("</dl>");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>");
}
