namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 8: hours and personnel cost saved a month per 業務分野, with the method, the assumption and what was left out.</summary>
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
        html.Append("<p>").Append(E(TimeSavedWording.Method)).Append(' ').Append(E(TimeSavedWording.Undecided)).AppendLine("</p>");
        foreach (ProviderEconomics p in economics.Providers)
        {
            TimeSaved saved = p.TimeSaved;
            html.Append("<h3>").Append(E(p.Name)).Append("</h3><p>合計: 月 ").Append(E(Figure(saved.MonthlyHours, Hours)));
            if (saved.MonthlyPersonnelCost is { } cost)
            {
                html.Append("、人件費換算 ").Append(E(Figure(cost, Yen)));
            }

            html.Append(" <span class=\"note\">— ").Append(E(TimeSavedWording.Label(saved))).Append("</span>");
            if (TimeSavedWording.LeftOut(saved) is { } leftOut)
            {
                html.Append("<br><span class=\"note\">").Append(E(leftOut)).Append("</span>");
            }

            html.AppendLine("</p>");
            var table = new HtmlTable(
                ["業務分野", "月間件数", "項目数", "正答（項目）", "判定待ち", "送信保留・失敗", "1件あたり削減（分）[95%区間]", "月間削減時間 [95%区間]", "月間人件費"],
                [.. Enumerable.Range(1, 8)]);
            foreach (CategoryTimeSaved c in saved.Categories)
            {
                table.Add(c.Category, Number(c.MonthlyVolume, "#,0"), $"{c.ItemCount}", Number(c.CorrectItems), $"{c.UndecidedAnswers}", $"{c.UnansweredCalls}",
                    Figure(c.SavedMinutesPerTask, v => Number(v, "0.0")), Figure(c.MonthlyHours, Hours), Figure(c.MonthlyPersonnelCost, Yen));
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
