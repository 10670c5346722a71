namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>コスト: monthly cost (TCO) per provider, cost per correct answer and per hour saved, break-even volumes.</summary>
internal static class CostSection
{
    public static void Write(DecisionMarkdown md, RunReport report, DecisionCharts charts)
    {
        md.Section("コスト");
        if (report.Economics is not { HasEconomics: true } economics || economics.Providers.All(p => p.Cost.Status != CostStatus.Estimated))
        {
            md.Line("このデータからは費用を計算できませんでした（計画に economics または各方式の pricing がありません）。");
            md.Blank();
            if (report.Kpi is { } kpi)
            {
                KpiTokenLines.Write(md, report, kpi);
            }

            md.ToFill("各方式の見積額（月額の利用料・ライセンス・サーバー・保守運用）を書くか、計画ファイルの pricing を設定して再集計してください。");
            md.Blank();
            return;
        }

        string unit = Numbers.CurrencyUnit(economics.Currency);
        md.Line($"月 {Number(economics.MonthlyVolume)} 件を処理した場合の月額です。変動費は測定した平均トークン数と単価から、固定費は計画の料金設定から計算しています。");
        md.Blank();
        md.Table(
            ["方式", $"月額費用（{unit}）", "うち変動費", "うち固定費", "正答1件あたり", "削減1時間あたり", "月間純便益"],
            economics.Providers.Select(p => (IReadOnlyList<string>)
            [
                p.ProviderId,
                p.Cost.Status == CostStatus.Estimated ? Amount(p.Cost.MonthlyTotal, unit) : p.Cost.Message ?? "未計算",
                Money(p.Cost.MonthlyVariable, economics.Currency ?? "JPY"),
                Money(p.Cost.Fixed?.Total, economics.Currency ?? "JPY"),
                Amount(p.CostPerCorrectAnswer, unit),
                Amount(p.CostPerHourSaved, unit),
                Amount(p.NetMonthlyBenefit, unit),
            ]),
            new HashSet<int> { 1, 2, 3, 4, 5, 6 });
        md.Image("月額費用と損益分岐", charts.Cost);
        foreach (BreakEven breakEven in economics.BreakEvens)
        {
            md.Bullet(MarkdownText.Escape(breakEven.Explanation));
        }

        foreach (string note in economics.Providers.SelectMany(p => p.Notes.Select(n => $"{p.ProviderId}: {n}")))
        {
            md.Bullet(MarkdownText.Escape(note));
        }

        md.Blank();
        if (report.Kpi is { } realUse)
        {
            KpiTokenLines.Write(md, report, realUse);
        }
    }
}
