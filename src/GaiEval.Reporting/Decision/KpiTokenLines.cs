namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>コスト from real use: the log's tokens per month and their cost, beside the test run's estimate of the monthly cost.</summary>
internal static class KpiTokenLines
{
    public static void Write(DecisionMarkdown md, RunReport report, KpiFindings kpi)
    {
        md.Sub("実利用のトークン数と費用（利用ログ）");
        if (kpi.Tokens is not { Overall.Requests: > 0 } tokens)
        {
            md.Bullet($"入出力トークン数: {NotMeasured(kpi.Users is { HarnessRows: > 0 } ? "期間内の利用ログは評価ハーネスの行だけ" : "期間内の利用ログがない")}");
            md.Blank();
            return;
        }

        string cost = tokens.Currency is { } currency ? $"費用（{currency}、計画の単価）" : "費用";
        md.Table(
            ["月", "利用回数", "利用者", "入力トークン", "出力トークン", "1回あたり入力", "1回あたり出力", cost],
            tokens.ByMonth.Select(m => Row(m.Key, m.Totals)).Append(Row("期間全体", tokens.Overall)),
            new HashSet<int> { 1, 2, 3, 4, 5, 6, 7 });
        if (tokens.Currency is null)
        {
            md.Bullet($"実利用の費用: {NotMeasured("利用ログの方式（kpi.provider）の料金 pricing が与えられていない")}");
        }

        if (tokens.InputPerUser is { } input && tokens.OutputPerUser is { } output)
        {
            md.Bullet($"1人あたり（期間全体）: 入力 平均 {Number(input.Mean)}・中央値 {Number(input.P50)}・90%点 {Number(input.P90)} トークン（n={Count(input.N)}人）、"
                + $"出力 平均 {Number(output.Mean)}・中央値 {Number(output.P50)}・90%点 {Number(output.P90)} トークン（n={Count(output.N)}人）。");
        }

        if (tokens.HarnessRows > 0)
        {
            md.Bullet($"評価ハーネス自身の {Count(tokens.HarnessRows)} 行は含めていません。");
        }

        md.Bullet(MarkdownText.Escape(TestRunComparison(report, kpi, tokens)));
        md.Blank();
    }

    private static IReadOnlyList<string> Row(string period, TokenTotals t) =>
    [
        period, Count(t.Requests), $"{Count(t.Users)}人", Number(t.Input), Number(t.Output),
        t.MeanInput is { } i ? $"{Number(i)}（n={Count(t.InputN)}）" : "－",
        t.MeanOutput is { } o ? $"{Number(o)}（n={Count(t.OutputN)}）" : "－",
        t.Cost is { } c ? Number(c, "#,0.##") : "－",
    ];

    private static string Tokens(double? mean) => mean is { } m ? Number(m) : NotMeasured("トークン数の報告がない");

    /// <summary>The test run's per-request tokens and monthly cost of the provider the log records, to set beside real use.</summary>
    private static string TestRunComparison(RunReport report, KpiFindings kpi, TokensResult tokens)
    {
        string real = tokens.ByMonth.LastOrDefault() is { } last
            ? $"実利用の最終月（{last.Key}）は {Count(last.Totals.Requests)} 回"
                + (last.Totals.Cost is { } c ? $"、{Number(c, "#,0.##")} {tokens.Currency}" : string.Empty) + "でした"
            : "実利用の月別の値はありません";
        if (report.Economics is not { HasEconomics: true } economics)
        {
            return $"テスト実行からの月額の推計: {NotMeasured("計画に economics がない")}。{real}。";
        }

        ProviderEconomics? provider = economics.Providers.FirstOrDefault(p => p.ProviderId == kpi.Provider);
        if (provider is null)
        {
            return $"テスト実行からの月額の推計: {NotMeasured(kpi.Provider is null ? "kpi.provider が指定されていない" : "kpi.provider の方式に費用の推計がない")}。{real}。";
        }

        ProviderCost cost = provider.Cost;
        string estimate = cost.Status == CostStatus.Estimated
            ? $"テスト実行の推計では {provider.ProviderId} は1回あたり入力 {Tokens(cost.MeanInputTokens)}・出力 {Tokens(cost.MeanOutputTokens)} トークン、"
                + $"月 {Number(cost.MonthlyVolume)} 件で変動費 {Money(cost.MonthlyVariable, economics.Currency ?? "JPY")}/月（上の表）です"
            : $"テスト実行からの {provider.ProviderId} の月額の推計: {NotMeasured(cost.Message ?? "未計算")}";
        return $"比較: {estimate}。{real}。テスト実行の問と実際の利用では1回あたりのトークン数も件数も違うため、予算にはテスト実行の推計だけでなく実利用の値も使ってください。";
    }
}
