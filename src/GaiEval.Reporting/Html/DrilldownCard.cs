namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Writes one item's card (&lt;article class="item"&gt;): its question, reference and each provider's answers side by side,
/// the failed rules and the retrieved sources. Items and columns carry only numeric indexes in data attributes, for the
/// filter script. Shared by report.html and its companion pages.
/// </summary>
internal sealed class DrilldownCard
{
    private readonly RunReport report;
    private readonly Dictionary<string, int> categoryIndexes;
    private readonly Dictionary<string, int> useIndexes;
    private readonly ItemAnswers responses;

    public DrilldownCard(RunReport report)
    {
        this.report = report;
        IReadOnlyList<GoldItem> items = report.Results.Items;
        Categories = [.. items.Select(i => i.Category).Distinct(StringComparer.Ordinal)];
        Uses = [.. items.Select(i => i.Use).Distinct(StringComparer.Ordinal)];
        categoryIndexes = Categories.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        useIndexes = Uses.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        responses = new ItemAnswers(report.Results.Responses);
    }

    public IReadOnlyList<GoldItem> Items => report.Results.Items;

    public IReadOnlyList<ProviderProfile> Providers => report.Results.Plan.Providers;

    public IReadOnlyList<string> Categories { get; }

    public IReadOnlyList<string> Uses { get; }

    public DrilldownCells Cells(int index, int? maxChars = null) => new(report.Results, Items[index], Providers, responses, maxChars);

    /// <param name="index">The item's place in the test set (its card is item-&lt;index + 1&gt;).</param>
    /// <param name="maxChars">Cut every text after this many characters; null: whole.</param>
    /// <param name="link">A relative link to the item's card elsewhere and its label; null: none.</param>
    public void Write(StringBuilder html, int index, int? maxChars = null, (string Href, string Label)? link = null)
    {
        GoldItem item = Items[index];
        DrilldownCells cells = Cells(index, maxChars);
        html.Append("<article class=\"item\" id=\"item-").Append(index + 1)
            .Append("\" data-cat=\"").Append(categoryIndexes[item.Category])
            .Append("\" data-use=\"").Append(useIndexes[item.Use])
            .Append("\" data-failed=\"").Append(string.Join(' ', cells.FailedProviderIndexes())).Append("\">");
        html.Append("<h3>").Append(E(item.Id)).Append("　").Append(E(item.Category)).Append(" / ").Append(E(item.Use))
            .Append(item.Expect == Expectation.Refuse ? " / 断るべき質問" : string.Empty).Append(" / ")
            .Append(E(RiskSection.SensitivityName(item.Sensitivity))).AppendLine("</h3>");
        if (link is { } l)
        {
            html.Append("<p class=\"note\"><a href=\"").Append(E(l.Href)).Append("\">").Append(E(l.Label)).AppendLine("</a></p>");
        }

        WriteItemFacts(html, item, maxChars);
        cells.WriteTo(html);
        html.AppendLine("</article>");
    }

    private static void WriteItemFacts(StringBuilder html, GoldItem item, int? maxChars)
    {
        html.Append("<dl class=\"item\">");
        Fact(html, "質問", item.Question, maxChars);
        if (item.Context is { Length: > 0 } context)
        {
            Fact(html, "前提", context, maxChars);
        }

        Fact(html, "模範解答", item.Reference ?? "（なし）", maxChars);
        if (item.MustInclude.Count > 0)
        {
            Fact(html, "必須語", string.Join("、", item.MustInclude.Select(g => string.Join(" または ", g))), maxChars);
        }

        if (item.MustNotInclude.Count > 0)
        {
            Fact(html, "禁止語", string.Join("、", item.MustNotInclude), maxChars);
        }

        if (item.Sources.Count > 0)
        {
            Fact(html, "正解の出典", string.Join("、", item.Sources), maxChars);
        }

        html.AppendLine("</dl>");
    }

    private static void Fact(StringBuilder html, string name, string value, int? maxChars) =>
        html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value, maxChars)).Append("</dd>");
}
