namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 7: hours and personnel cost saved a month per 業務分野, with the categories left out and why.</summary>
internal static class TimeSavedSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Economics is not { HasEconomics: true } economics)
        {
            html.AppendLine("<p>計画に economics（業務分野ごとの月間件数・時間単価）がないため、削減時間は推定していません。</p>");
            return;
        }

        string Yen(double v) => Money(v, economics.Currency);
        html.Append("<p>測定方法: ").Append(E(economics.BasisLabel))
            .AppendLine("。1件あたりの削減分数 = 正答率 × 手作業の平均分数 − 確認の平均分数（負なら確認の手間が上回る）。[ ] は正答率の95%区間から求めた範囲。</p>");
        foreach (ProviderEconomics p in economics.Providers)
        {
            TimeSaved saved = p.TimeSaved;
            html.Append("<h3>").Append(E(p.Name)).Append("</h3><p>合計: 月 ").Append(E(Figure(saved.MonthlyHours, Hours)));
            if (saved.MonthlyPersonnelCost is { } cost)
            {
                html.Append("、人件費 ").Append(E(Figure(cost, Yen)));
            }

            html.AppendLine("</p>");
            var table = new HtmlTable(["業務分野", "月間件数", "項目数", "手作業（分）", "確認（分）", "正答率 [95%区間]", "1件あたり削減（分）", "月間削減時間", "月間人件費"], [.. Enumerable.Range(1, 8)]);
            foreach (CategoryTimeSaved c in saved.Categories)
            {
                table.Add(c.Category, Number(c.MonthlyVolume, "#,0"), $"{c.ItemCount}", Number(c.MeanHumanMinutes), Number(c.MeanReviewMinutes),
                    Share(c.Accuracy), Figure(c.SavedMinutesPerTask, v => Number(v, "0.0")), Figure(c.MonthlyHours, Hours),
                    Figure(c.MonthlyPersonnelCost, Yen));
            }

            table.WriteTo(html);
            if (saved.NotEstimated.Count > 0)
            {
                html.Append("<ul class=\"note\">");
                foreach (CategoryNotEstimated gap in saved.NotEstimated)
                {
                    html.Append("<li>推定なし: ").Append(E(gap.Category)).Append(" — ").Append(E(gap.Message)).Append("</li>");
                }

                html.AppendLine("</ul>");
            }
        }
    }
}
