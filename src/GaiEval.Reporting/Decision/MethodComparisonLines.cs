namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Methods;
using GaiEval.Reporting.Summary;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>
/// 導入方式の比較と推奨: the candidates side by side (the compact rows of the comparison), their differences on the items all
/// of them answered, the recommendation per data class with its reason and the rule, and how the recommendation moves with
/// the volume and the exchange rate. Provider names and the plan's reasons are free text: every table escapes them as untrusted.
/// </summary>
internal static class MethodComparisonLines
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("導入方式の比較と推奨");
        if (report.Deployment is not { } comparison)
        {
            md.Line(MethodLabels.NoCandidate);
            md.Blank();
            return;
        }

        Dictionary<string, string> names = comparison.Candidates.ToDictionary(c => c.ProviderId, c => c.Name, StringComparer.Ordinal);
        string currency = comparison.Currency ?? "JPY";
        double? planVolume = report.Economics is { HasEconomics: true } economics ? economics.MonthlyVolume : null;
        var format = new MethodFormat(Percent, Seconds, v => Money(v, currency), u => Amount(u, Numbers.CurrencyUnit(currency)));
        md.UntrustedTable(
            ["区分", "項目", .. comparison.Candidates.Select(c => $"{c.Name}（{MethodNames.Japanese(c.Method)}）")],
            MethodRows.All(comparison, format).Where(r => r.Compact).Select(r => (IReadOnlyList<string>)[r.Group, r.Label, .. r.Cells.Select((cell, i) => Marked(r, i, cell))]));
        md.Line(MarkdownText.Escape(MethodLabels.TableNote(planVolume)));
        md.Blank();
        Pairs(md, report, comparison, names, format);
        Recommendations(md, comparison, names);
        Sensitivity(md, comparison, names, planVolume ?? 0);
        foreach (string note in comparison.Notes)
        {
            md.Bullet(MarkdownText.EscapeUntrusted(note));
        }

        if (comparison.Notes.Count > 0)
        {
            md.Blank();
        }
    }

    /// <summary>e.g. 「1.20 秒（95%区間 1.20〜2.40、n=6）」.</summary>
    private static string Seconds(Estimate e) =>
        e.Value is not { } v ? $"－（n={e.N}）"
        : e.Low == e.High ? $"{Number(v / 1000, "0.00")} 秒（n={e.N}）"
        : $"{Number(v / 1000, "0.00")} 秒（95%区間 {Number(e.Low / 1000, "0.00")}〜{Number(e.High / 1000, "0.00")}、n={e.N}）";

    private static string Marked(MethodRow row, int i, string cell) => (row.Marks.Count > i ? row.Marks[i] : MethodRank.None) switch
    {
        MethodRank.Best => $"{MethodLabels.BestMark}: {cell}",
        MethodRank.Worst => $"{MethodLabels.WorstMark}: {cell}",
        _ => cell,
    };

    private static void Pairs(DecisionMarkdown md, RunReport report, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names, MethodFormat format)
    {
        md.Sub("共通の項目での差");
        if (MethodLabels.NoPairsReason(comparison) is { } why)
        {
            md.Line(why);
            md.Blank();
            return;
        }

        foreach (PairedComparison pair in comparison.CommonComparisons)
        {
            md.Bullet(MarkdownText.EscapeUntrusted(pair.Sentence));
        }

        md.Blank();
        md.UntrustedTable(MethodPairRows.Headers, MethodPairRows.Rows(comparison, names, format), MethodPairRows.RightAligned);
        md.Line(MarkdownText.Escape(MethodLabels.CommonPairsNote(comparison.CommonCalls, report.Analysis.SignificanceLevel)));
        md.Blank();
    }

    private static void Recommendations(DecisionMarkdown md, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names)
    {
        md.Sub("データの区分ごとの推奨");
        md.UntrustedTable(MethodRecommendationRows.Headers, MethodRecommendationRows.Rows(comparison, names), MethodRecommendationRows.RightAligned);
        md.Sub("推奨の決め方");
        foreach (string step in comparison.RecommendationRule)
        {
            md.Bullet(MarkdownText.Escape(step));
        }

        md.Blank();
    }

    private static void Sensitivity(DecisionMarkdown md, DeploymentComparison comparison, IReadOnlyDictionary<string, string> names, double planVolume)
    {
        CostSensitivity sensitivity = comparison.CostSensitivity;
        md.Sub("費用の感度");
        md.Line(MethodLabels.SensitivityIntro);
        md.Blank();
        md.UntrustedTable(MethodSensitivityRows.Headers(sensitivity), MethodSensitivityRows.Rows(sensitivity, names));
        if (sensitivity.BreakEvens.Count == 0)
        {
            md.Line(MethodLabels.NoBreakEven);
            md.Blank();
            return;
        }

        md.UntrustedTable(MethodSensitivityRows.BreakEvenHeaders(sensitivity), MethodSensitivityRows.BreakEvenRows(sensitivity, names));
        md.Line(MarkdownText.Escape(MethodLabels.BreakEvenNote(planVolume)));
        md.Blank();
    }
}
