namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>評価方法の限界 of the KPIs from real use: the files and period they rest on, their assumptions, what was not measured and why.</summary>
internal static class KpiLimitLines
{
    public static void Write(DecisionMarkdown md, KpiFindings kpi)
    {
        string period = kpi.Selection.From is null && kpi.Selection.To is null
            ? "期間の指定なし: 取り込んだデータのすべて"
            : $"期間 {Day(kpi.Selection.From) ?? "最初"}〜{Day(kpi.Selection.To) ?? "最後"}、日本時間";
        md.Bullet($"実利用のデータ（{period}）:"
            + (kpi.Sources.Count == 0 ? " 取り込まれたファイルはありません。" : string.Empty));
        foreach (StoredKpiImport source in kpi.Sources)
        {
            string harness = source.Kind == KpiKind.Usage ? $"、うち評価ハーネス {Numbers.Count(source.HarnessRows)} 行" : string.Empty;
            string span = source.PeriodFrom is null ? "期間なし" : $"{source.PeriodFrom}〜{source.PeriodTo}";
            string mapping = source.MappingFileName is { } m ? $"、対応表 {m}" : string.Empty;
            md.Line("  - " + MarkdownText.Escape($"{source.FileName}（{KpiKindNames.Japanese(source.Kind)}、{Numbers.Count(source.Rows)} 行{harness}、{span}{mapping}）"));
        }

        TimeSavedAssumptions assumptions = kpi.Assumptions;
        md.Bullet($"自己申告の削減時間の前提: {BandReading.Describe(assumptions.BandPoint)}、1か月 = {Number(assumptions.WeeksPerMonth, "0.00")}週"
            + (assumptions.HourlyCost is { } cost ? $"、時間単価 {Number(cost)} {MarkdownText.Escape(assumptions.Currency)}" : "、時間単価なし（人件費換算は未測定）")
            + "。アンケートは回答した職員の答えで、回答しなかった職員の状況は分かりません。");
        foreach (string metric in KpiMetrics.Names)
        {
            if (KpiMetrics.WhyNotMeasured(kpi, metric) is { } why)
            {
                md.Bullet($"未測定の指標 `{metric}`: {MarkdownText.Escape(why)}。");
            }
        }

        foreach (string note in kpi.Notes)
        {
            md.Bullet(MarkdownText.Escape(note));
        }
    }
}
