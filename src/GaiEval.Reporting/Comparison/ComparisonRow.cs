namespace GaiEval.Reporting.Comparison;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Reporting.Text;

/// <summary>One metric of one provider in two runs, written for comparison.md, and the change (after − before).</summary>
internal sealed record ComparisonRow(string Metric, string Before, string After, string Change)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<ComparisonRow> Of(ProviderAnalysis before, ProviderAnalysis after)
    {
        yield return Share("正答率", before.Accuracy, after.Accuracy);
        yield return Share("拒否の正答率", before.RefusalAccuracy, after.RefusalAccuracy);
        yield return Share("罠の失敗率", before.TrapFailureRate, after.TrapFailureRate);
        yield return Amount("応答時間p95", before.Latency.LatencyMs?.P95.Value, after.Latency.LatencyMs?.P95.Value, Numbers.Milliseconds, " ms", "+#,0.##;-#,0.##;±0");
        yield return Amount("平均入力トークン", before.Tokens.Input?.Mean.Value, after.Tokens.Input?.Mean.Value, v => Numbers.Decimal(v, "0"), string.Empty);
        yield return Amount("平均出力トークン", before.Tokens.Output?.Mean.Value, after.Tokens.Output?.Mean.Value, v => Numbers.Decimal(v, "0"), string.Empty);
    }

    private static ComparisonRow Share(string metric, Estimate before, Estimate after) =>
        new(
            metric,
            WithInterval(before),
            WithInterval(after),
            before.Value is { } b && after.Value is { } a ? ((a - b) * 100).ToString("+0.0;-0.0;±0.0", Invariant) + "ポイント" : "－");

    private static ComparisonRow Amount(string metric, double? before, double? after, Func<double?, string> format, string unit, string changeFormat = "+#,0;-#,0;±0") =>
        new(
            metric,
            format(before),
            format(after),
            before is { } b && after is { } a ? (a - b).ToString(changeFormat, Invariant) + unit : "－");

    private static string WithInterval(Estimate e) =>
        e.Value is null ? $"－（n={e.N}）" : $"{Numbers.Percent(e.Value)} [{Numbers.Percent(e.Low)}, {Numbers.Percent(e.High)}]（n={e.N}）";
}
