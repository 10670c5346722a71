namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Kpi;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>
/// The rows of section 2 filled from real use (<see cref="KpiFindings"/>): the latest wave or month with its interval, n
/// and method, or 「未測定」 with why. The figure goes in the column of the provider whose real use it is (kpi.provider),
/// or across all columns when that provider is not in the run.
/// </summary>
internal static class KpiRealUseRows
{
    public static void Satisfaction(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers)
    {
        if (kpi.LatestSatisfaction is not { } wave)
        {
            Row(html, kpi, providers, "利用者満足度", NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.SatisfactionTopTwo)!), "職員アンケート（満足度1〜5）。");
            return;
        }

        string nps = wave.Nps is { } n ? $"、NPS {WithN(n, v => Numbers.Signed(v) + " ポイント", string.Empty)}" : string.Empty;
        Row(
            html,
            kpi,
            providers,
            "利用者満足度",
            $"{wave.Wave}: 上位2段階 {PercentWithN(wave.Users.TopTwo, string.Empty)}、平均 {WithN(wave.Users.Mean, v => Number(v, "0.00"), "回答なし")}{nps}",
            $"職員アンケート（最新の回次 {wave.Wave}、利用者のみ。利用していない回答者 {wave.NonUsers.NotUsed} 人は別に数える）。{KpiSatisfactionHtml.TopTwoMethod}、{wave.Users.TopTwo.Method} 95%区間。平均: {wave.Users.Mean?.Method}。"
                + (wave.Nps is { } npsFigure ? $"NPS: {npsFigure.Method}。" : string.Empty));
    }

    public static void Users(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers)
    {
        const string Kpi = "利用者数／利用者割合";
        if (kpi.LastMonth is { } month)
        {
            string habitual = kpi.Users?.Funnel is { Eligible: > 0 } funnel ? $"、定着利用 {Headcounts.Of(funnel.Habitual, funnel.Eligible)}{Headcounts.LastWeekNote(kpi)}" : string.Empty;
            Row(
                html,
                kpi,
                providers,
                Kpi,
                $"{month.Month}{Headcounts.LastMonthNote(kpi)}: 月間アクティブ {Count(month.ActiveUsers)} 人、利用者割合 {Headcounts.Of(month.Share.Total)}{habitual}",
                $"利用ログ（最終月、評価ハーネスの {Count(kpi.Users!.HarnessRows)} 行を除く）。{UsersMeasure.ShareMethod}。");
        }
        else if (kpi.SelfReportedUse.LastOrDefault() is { } selfReported)
        {
            Row(
                html,
                kpi,
                providers,
                Kpi,
                $"{SelfReportedUse.Label} {selfReported.Wave}: 利用したと答えた割合 {PercentWithN(selfReported.Share, "回答なし")}",
                $"利用ログがないため職員アンケートの{SelfReportedUse.Label}。{selfReported.Share.Method}。");
        }
        else
        {
            Row(html, kpi, providers, Kpi, NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.ActiveShare)!), "利用ログ（月間の利用者数 ÷ 対象職員数）。");
        }
    }

    public static void Tokens(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers, EconomicsAnalysis? economics)
    {
        const string Kpi = "入出力トークン数（実利用）";
        if (kpi.Tokens is not { Overall.Requests: > 0 } tokens)
        {
            Row(html, kpi, providers, Kpi, NotMeasured("期間内の利用ログがない"), "利用ログの入出力トークン数。");
            return;
        }

        var text = new StringBuilder($"1リクエストあたり {KpiTokensHtml.PerRequest(tokens.Overall)}");
        if (tokens.ByMonth.LastOrDefault() is { } last)
        {
            text.Append($"。{last.Key}: 入力 {Count(last.Totals.Input)} / 出力 {Count(last.Totals.Output)}、費用 {KpiTokensHtml.Cost(last.Totals, tokens.Currency)}");
        }

        ProviderCost? estimated = economics?.Providers.FirstOrDefault(p => p.ProviderId == kpi.Provider)?.Cost;
        if (estimated?.MonthlyVariable is { } variable)
        {
            text.Append($"（テスト実行からの推定: 月額変動費 {Money(variable, economics!.Currency)}、月間件数 {Number(estimated.MonthlyVolume, "#,0")} 件）");
        }

        Row(html, kpi, providers, Kpi, text.ToString(), $"{KpiTokensHtml.Method}。テスト実行の「1回答あたり」と並べて比べられます。");
    }

    public static void TimeSaved(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers)
    {
        WaveSelfReportedTime? wave = kpi.LatestSelfReportedTime;
        string selfReported = wave is { HoursPerMonth: { } hours }
            ? $"{wave.Wave}: 月 {WithN(hours, Hours, string.Empty)}（回答 {Count(wave.Answered + wave.NotUsed)} 人、回答率 {Headcounts.Of(wave.ResponseRate.Total)}）"
                + (wave.PersonnelCost is { } cost ? $"、人件費換算 {Figure(cost, v => KpiTimeSavedHtml.Money(v, kpi))}" : string.Empty)
            : NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.HoursSavedPerMonth)!);
        Row(html, kpi, providers, "削減業務時間（自己申告）", selfReported,
            $"{wave?.Method ?? "職員アンケートの自己申告"}。{KpiTimeSavedHtml.PersonnelCostLabel}");
        string measured = kpi.MeasuredTime?.Overall is { } minutes
            ? $"1件あたり {WithN(minutes, Minutes, string.Empty)}"
            : NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.MeasuredMinutesSaved)!);
        Row(html, kpi, providers, "削減業務時間（実測）", measured, (kpi.MeasuredTime?.Overall?.Method ?? MeasuredTimeSaved.MethodText) + "。" + KpiTimeSavedHtml.NotMerged);
    }

    public static void Feedback(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers)
    {
        string value = kpi.Feedback is { } feedback
            ? $"bad の割合 {PercentWithN(feedback.BadShare, string.Empty)}"
            : NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.BadFeedbackRate)!);
        Row(html, kpi, providers, $"{FeedbackResult.Label}（実利用）", value, $"{kpi.Feedback?.BadShare.Method ?? FeedbackResult.Label}。{KpiFeedbackHtml.NotAccuracy}");
    }

    private static void Row(StringBuilder html, KpiFindings kpi, IReadOnlyList<ProviderAnalysis> providers, string name, string value, string basis)
    {
        int column = providers.ToList().FindIndex(p => p.ProviderId == kpi.Provider);
        string cssClass = value.StartsWith(NotMeasuredLabel, StringComparison.Ordinal) ? " class=\"na\"" : string.Empty;
        html.Append("<tr><th>").Append(E(name)).Append("</th>");
        if (column < 0)
        {
            html.Append("<td colspan=\"").Append(providers.Count).Append('"').Append(cssClass).Append('>')
                .Append(E(kpi.Provider is null ? value : $"{kpi.Provider}（実利用）: {value}")).Append("</td>");
        }
        else
        {
            for (int i = 0; i < providers.Count; i++)
            {
                html.Append(i == column ? $"<td{cssClass}>{E(value)}</td>" : "<td class=\"na\">－（実利用データなし）</td>");
            }
        }

        html.Append("<td>").Append(E(basis)).AppendLine("</td></tr>");
    }
}
