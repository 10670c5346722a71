namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 2: the five KPIs of the special wards' report, each with its value, interval and how it was measured; with KPIs
/// from real use, their headline figures beside the test run's.
/// </summary>
internal static class KpiSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        html.Append("<div class=\"scroll\"><table class=\"wide\"><thead><tr><th>成果指標</th>");
        foreach (ProviderAnalysis provider in providers)
        {
            html.Append("<th>").Append(E(provider.Name)).Append("</th>");
        }

        html.AppendLine("<th class=\"basis\">測定方法・出典</th></tr></thead><tbody>");
        KpiFindings? kpi = report.Kpi;
        if (kpi is null)
        {
            NotMeasured(html, "利用者満足度", providers.Count, "本格導入後・PoC中の職員アンケート（満足度、継続利用意向）で測ります。");
            NotMeasured(html, "利用者数／利用者割合", providers.Count, "利用ログ（アカウント数、月間の利用者数÷対象職員数）で測ります。");
        }
        else
        {
            KpiRealUseRows.Satisfaction(html, kpi, providers);
            KpiRealUseRows.Users(html, kpi, providers);
        }

        Row(html, "入出力トークン数", providers.Select(Tokens),
            "1回答あたりの平均（95%ブートストラップ区間）。提供先が報告しない回答はトークナイザー（o200k_base 等）で推定し、その割合を示します。");
        EconomicsAnalysis? economics = report.Economics;
        if (kpi is not null)
        {
            KpiRealUseRows.Tokens(html, kpi, providers, economics);
        }

        Row(html, kpi is null ? "削減業務時間数／人件費" : "削減業務時間数／人件費（ゴールドセットによる推計）", providers.Select(p => TimeSaved(economics, p.ProviderId, kpi is not null)),
            economics is { HasEconomics: true }
                ? GoldSetMethod(economics)
                : "計画に economics（月間件数・時間単価）がないため推定していません。");
        if (kpi is not null)
        {
            KpiRealUseRows.TimeSaved(html, kpi, providers);
        }

        Row(html, "生成コンテンツの正答率", providers.Select(p => Share(p.Accuracy)),
            "ゴールドセットの模範解答に対するルール採点（必須語・禁止語・期待する振る舞い）。95% Wilson区間、n は採点した回答数。");
        if (kpi is not null)
        {
            KpiRealUseRows.Feedback(html, kpi, providers);
        }

        html.AppendLine("</tbody></table></div>");
        if (kpi is not null)
        {
            html.Append("<p class=\"note\">").Append(E($"実利用の数値は「{(int)HtmlSection.KpiDetail}. {HtmlDocument.KpiDetailTitle}」に、回次・月・部署ごとの内訳とともにあります。")).AppendLine("</p>");
        }
    }

    /// <summary>How the gold-set estimate of time saved is computed, as the KPI table and the KPI detail state it.</summary>
    public static string GoldSetMethod(EconomicsAnalysis economics) =>
        $"{economics.BasisLabel}（{economics.Basis.Assumption()}）: 項目ごとの（正答 × 手作業の分 − 確認の分）を業務分野ごとに合計し、月間件数 ÷ 項目数を掛けて ÷ 60。区間は項目のブートストラップ（95%）。";

    private static void NotMeasured(StringBuilder html, string kpi, int providers, string source)
    {
        html.Append("<tr><th>").Append(E(kpi)).Append("</th><td colspan=\"").Append(providers)
            .Append("\" class=\"na\">ゴールドセットでは測定しません</td><td>").Append(E(source)).AppendLine("</td></tr>");
    }

    private static void Row(StringBuilder html, string kpi, IEnumerable<string> values, string basis)
    {
        html.Append("<tr><th>").Append(E(kpi)).Append("</th>");
        foreach (string value in values)
        {
            html.Append("<td>").Append(E(value)).Append("</td>");
        }

        html.Append("<td>").Append(E(basis)).AppendLine("</td></tr>");
    }

    private static string Tokens(ProviderAnalysis provider)
    {
        TokenAnalysis tokens = provider.Tokens;
        if (tokens.Input is null && tokens.Output is null)
        {
            return "－";
        }

        string estimated = tokens.EstimatedShare.Value is > 0 ? $"、推定 {Percent(tokens.EstimatedShare.Value)}" : string.Empty;
        return $"入力 {Figure(tokens.Input?.Mean, v => Number(v))} / 出力 {Figure(tokens.Output?.Mean, v => Number(v))}{estimated}";
    }

    /// <summary>The gold-set estimate of one provider: hours a month and their personnel cost, labelled 人件費換算 when <paramref name="labelCost"/>.</summary>
    public static string TimeSaved(EconomicsAnalysis? economics, string providerId, bool labelCost = false)
    {
        TimeSaved? saved = economics?.Providers.SingleOrDefault(p => p.ProviderId == providerId)?.TimeSaved;
        if (saved?.MonthlyHours is not { } hours)
        {
            return "－";
        }

        string text = $"月 {Figure(hours, Hours)}";
        if (saved.MonthlyPersonnelCost is { } cost)
        {
            text += (labelCost ? " / 人件費換算 " : " / ") + Figure(cost, v => Money(v, economics!.Currency));
        }

        return saved.CoversAllVolume ? text : text + "（一部の業務分野のみ）";
    }
}
