namespace GaiEval.Reporting.Summary;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>The one line of summary.md on the KPIs from real use: the headline figures with their intervals, and what was not measured.</summary>
internal static class KpiSummaryLine
{
    public static string Of(KpiFindings kpi)
    {
        List<string> figures = [];
        List<string> notMeasured = [];
        void Add(string metric, string label, Func<Estimate, string> format)
        {
            if (KpiMetrics.Measure(kpi, metric) is { } estimate)
            {
                figures.Add($"{label} {format(estimate)}");
            }
            else
            {
                notMeasured.Add($"{label}（{KpiMetrics.WhyNotMeasured(kpi, metric)}）");
            }
        }

        Add(KpiMetrics.SatisfactionTopTwo, $"満足（4・5）の割合{Period(kpi.LatestSatisfaction?.Wave)}", Percent);
        if (!kpi.HasUsage && kpi.SelfReportedUse.LastOrDefault() is { } selfReported)
        {
            figures.Add($"利用したと答えた割合（{SelfReportedUse.Label}、{selfReported.Wave}） {Percent(selfReported.Share)}");
        }
        else
        {
            Add(KpiMetrics.ActiveShare, $"利用者割合{Period(kpi.LastMonth?.Month)}", _ => $"{Headcounts.Of(kpi.LastMonth!.Share.Total)}（利用ログの全数）{Headcounts.LastMonthNote(kpi)}");
        }

        Add(KpiMetrics.HoursSavedPerMonth, $"削減時間（自己申告）{Period(kpi.LatestSelfReportedTime?.Wave)}", e => SelfReported(e, kpi.LatestSelfReportedTime!));
        Add(KpiMetrics.MeasuredMinutesSaved, "削減時間（実測）", e => WithN(e, "分/件", "0.0"));
        Add(KpiMetrics.BadFeedbackRate, $"{FeedbackResult.Label}（bad の割合）", Percent);
        string line = $"- 実利用のKPI（詳細は decision.md・analysis.json）: {string.Join("、", figures.DefaultIfEmpty("なし"))}";
        return notMeasured.Count == 0 ? line : $"{line}。未測定: {MarkdownText.Escape(string.Join("、", notMeasured))}";
    }

    private static string SelfReported(Estimate hours, WaveSelfReportedTime wave) =>
        $"{Amount(hours, "時間/月", "#,0.0")}（回答 {Count(wave.Answered + wave.NotUsed)}人、回答率 {Headcounts.Of(wave.ResponseRate.Total)}）";

    private static string Period(string? period) => period is null ? string.Empty : $"（{MarkdownText.Escape(period)}）";
}
