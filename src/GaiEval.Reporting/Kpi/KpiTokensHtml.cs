namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>入出力トークン数 of real use: per month, use and department, the spread per user, and the cost at the plan's prices.</summary>
internal static class KpiTokensHtml
{
    public const string NoPrices = "単価未設定";

    public const string Method = "利用ログの全数（評価ハーネスの行を除く）。1件あたりはトークン数の記録がある行の平均。費用 = 入力 × 入力単価 + 出力 × 出力単価（計画の料金）";

    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, "入出力トークン数", "kpi-tokens");
        if (findings.Tokens is not { Overall.Requests: > 0 } tokens)
        {
            NotMeasuredParagraph(html, findings.Users is { HarnessRows: > 0 } harness
                ? $"期間内の利用ログに評価ハーネスの行（{Count(harness.HarnessRows)} 行）しかない"
                : "期間内の利用ログがない");
            return;
        }

        Charts(html, options, KpiTokensChart.FileStem);
        if (tokens.HarnessRows > 0)
        {
            Paragraph(html, $"評価ハーネス自身の利用 {Count(tokens.HarnessRows)} 行は含めていません。");
        }

        if (tokens.Currency is null)
        {
            Paragraph(html, $"費用: {NotMeasuredLabel}（{NoPrices}: 計画に実利用の提供先の料金（pricing）がありません）。");
        }

        WriteGroups(html, "月", [.. tokens.ByMonth, new TokenGroup("全期間", tokens.Overall)], tokens.Currency);
        OpenDetails(html, "用途別・部署別");
        WriteGroups(html, "用途", tokens.ByUse, tokens.Currency, withhold: true);
        WriteGroups(html, "部署", tokens.ByDepartment, tokens.Currency, withhold: true);
        CloseDetails(html);

        var spread = new HtmlTable(["利用者1人あたり（全期間の合計）", "利用者数", "平均", "中央値", "90パーセンタイル"], [1, 2, 3, 4]);
        spread.Add(SpreadRow("入力トークン", tokens.InputPerUser));
        spread.Add(SpreadRow("出力トークン", tokens.OutputPerUser));
        spread.WriteTo(html);
        Methods(html, [Method, "利用者1人あたり: 各利用者の全期間の合計の分布（90パーセンタイルは type 7）"]);
    }

    /// <summary>The cost of a group's requests, or 「単価未設定」.</summary>
    public static string Cost(TokenTotals totals, string? currency) =>
        totals.Cost is { } cost && currency is not null ? Numbers.Price(cost, currency) : NoPrices;

    /// <summary>Mean input / output tokens per request with their n.</summary>
    public static string PerRequest(TokenTotals totals) =>
        $"入力 {Number(totals.MeanInput)}（n={totals.InputN}）/ 出力 {Number(totals.MeanOutput)}（n={totals.OutputN}）";

    private static void WriteGroups(StringBuilder html, string key, IReadOnlyList<TokenGroup> groups, string? currency, bool withhold = false)
    {
        var table = new HtmlTable([key, "リクエスト", "利用者", "入力トークン合計", "出力トークン合計", "1件あたり（入力／出力）", "費用"], [1, 2, 3, 4, 6]);
        foreach (TokenGroup group in groups)
        {
            TokenTotals t = group.Totals;
            if (withhold && SmallGroups.Withheld(group))
            {
                table.Add(group.Key, "－", SmallGroups.WithheldUsersText, "－", "－", "－", "－");
                continue;
            }

            table.Add(group.Key, Count(t.Requests), Count(t.Users), Count(t.Input), Count(t.Output), PerRequest(t), Cost(t, currency));
        }

        table.WriteTo(html);
    }

    private static string[] SpreadRow(string label, TokenSpread? spread) => spread is null
        ? [label, "－", NotMeasured("トークン数の記録がない"), "－", "－"]
        : [label, Count(spread.N), Number(spread.Mean, "#,0"), Number(spread.P50, "#,0"), Number(spread.P90, "#,0")];
}
