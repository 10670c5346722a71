namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 5: every pair of providers compared on the same items, in words and in numbers.</summary>
internal static class ComparisonSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<PairedComparison> comparisons = report.Analysis.Comparisons;
        if (comparisons.Count == 0)
        {
            html.AppendLine("<p>提供先が1つのため、比較はありません。</p>");
            return;
        }

        WritePairs(html, comparisons, report.Analysis.Providers.ToDictionary(p => p.ProviderId, p => p.Name, StringComparer.Ordinal));
        html.Append("<p class=\"note\">同じ項目・同じ反復で両方が回答し採点された対だけを比べます（正確McNemar検定、Holm法で多重比較を補正、有意水準 ")
            .Append(E(report.Analysis.SignificanceLevel.ToString("0.###", CultureInfo.InvariantCulture)))
            .AppendLine("、差の区間は Newcombe 法）。</p>");
    }

    /// <summary>The pairs in words, then in numbers (the pairs, both accuracies, the difference, the discordant counts, the p-values).</summary>
    public static void WritePairs(StringBuilder html, IReadOnlyList<PairedComparison> comparisons, IReadOnlyDictionary<string, string> names)
    {
        html.Append("<ul>");
        foreach (PairedComparison c in comparisons)
        {
            html.Append("<li>").Append(E(c.Sentence)).Append("</li>");
        }

        html.AppendLine("</ul>");
        var table = new HtmlTable(
            ["A", "B", "対の数", "Aの正答率", "Bの正答率", "差 A−B [95%区間]", "両方正答", "Aのみ正答", "Bのみ正答", "両方誤答", "McNemar p", "Holm補正後 p"],
            [.. Enumerable.Range(2, 10)]);
        foreach (PairedComparison c in comparisons)
        {
            table.Add(names[c.ProviderA], names[c.ProviderB], $"{c.N}", Percent(c.AccuracyA.Value), Percent(c.AccuracyB.Value),
                Figure(c.Difference, Points), $"{c.BothCorrect}", $"{c.OnlyACorrect}", $"{c.OnlyBCorrect}", $"{c.NeitherCorrect}",
                P(c.PValue), P(c.AdjustedPValue));
        }

        table.WriteTo(html);
    }

    private static string Points(double value) => (value * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pt";

    private static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}
