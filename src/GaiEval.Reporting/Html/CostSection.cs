namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 7: tokens and monthly cost at the plan's volume, cost per correct answer and per hour saved, break-even volumes.</summary>
internal static class CostSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        if (report.Economics is not { } economics)
        {
            html.AppendLine("<p>費用は計算できませんでした（1. 結論の注意を参照）。</p>");
            return;
        }

        foreach (string note in economics.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).AppendLine("</p>");
        }

        string? currency = economics.Currency;
        string Yen(double v) => Money(v, currency);
        html.Append("<p>月間件数 ").Append(E(Number(economics.MonthlyVolume))).AppendLine(" 件で計算（計画の economics.monthly_volume の合計）。</p>");
        var table = new HtmlTable(
            ["提供先", "平均入力トークン [95%区間]", "平均出力トークン [95%区間]", "1件あたり変動費", "月額変動費", "月額固定費", "月額合計", "正答1件あたり [95%区間]", "削減1時間あたり", "月間の純便益 [95%区間]"],
            [.. Enumerable.Range(1, 9)]);
        foreach (ProviderEconomics p in economics.Providers)
        {
            ProviderCost cost = p.Cost;
            TokenAnalysis tokens = report.Analysis.Providers.Single(a => a.ProviderId == p.ProviderId).Tokens;
            string estimated = tokens.EstimatedShare.Value is > 0 ? "（推定）" : string.Empty;
            table.Add(
                p.Name,
                Figure(tokens.Input?.Mean, v => Number(v)) + estimated,
                Figure(tokens.Output?.Mean, v => Number(v)) + estimated,
                cost.VariablePerTask is { } perTask ? Text.Numbers.Price(perTask, currency) : "－",
                cost.MonthlyVariable is { } variable ? Yen(variable) : "－",
                cost.Fixed is { } fixedCost ? Yen(fixedCost.Total) + (fixedCost.OneOffMonthly > 0 ? $"（うち一時費用の月割り {Yen(fixedCost.OneOffMonthly)}）" : string.Empty) : "－",
                cost.MonthlyTotal is { } total ? Figure(total, Yen) : cost.Message ?? "－",
                Unit(p.CostPerCorrectAnswer, Yen),
                Unit(p.CostPerHourSaved, Yen),
                Figure(p.NetMonthlyBenefit, Yen));
        }

        table.WriteTo(html);
        foreach (ProviderEconomics p in economics.Providers)
        {
            foreach (string note in p.Notes)
            {
                html.Append("<p class=\"note\">").Append(E(p.Name)).Append(": ").Append(E(note)).AppendLine("</p>");
            }
        }

        WriteBreakEvens(html, economics);
    }

    private static void WriteBreakEvens(StringBuilder html, EconomicsAnalysis economics)
    {
        if (economics.BreakEvens.Count == 0)
        {
            return;
        }

        html.AppendLine("<h3>損益分岐（月間件数）</h3>");
        Dictionary<string, string> names = economics.Providers.ToDictionary(p => p.ProviderId, p => p.Name, StringComparer.Ordinal);
        string Name(string? id) => id is null ? "同額" : names.GetValueOrDefault(id, id);
        var table = new HtmlTable(["提供先A", "提供先B", "分岐点（件/月）", "それより少ないと安い", "それより多いと安い", "計画の件数で安い", "説明"], [2]);
        foreach (BreakEven b in economics.BreakEvens)
        {
            table.Add(Name(b.FirstProviderId), Name(b.SecondProviderId), Number(b.Volume, "#,0"), Name(b.CheaperBelow), Name(b.CheaperAbove), Name(b.CheaperAtPlanVolume), b.Explanation);
        }

        table.WriteTo(html);
    }

    public static string Unit(UnitCost? unit, Func<double, string> money) =>
        unit is null ? "－" : $"{money(unit.Value)} [{money(unit.Low)}, {(unit.High is { } high ? money(high) : "上限なし")}]";
}
