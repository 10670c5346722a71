namespace GaiEval.Cli.Commands;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Reporting.Text;

/// <summary>The KPIs from real use in two lines on the terminal: the latest figure of each, or 未測定; the reports hold the rest.</summary>
internal static class KpiConsoleSummary
{
    private const string NotMeasured = "未測定";

    /// <summary>Writes the lines to the console; nothing when there are no KPIs.</summary>
    public static void Print(KpiFindings? findings)
    {
        foreach (string line in findings is null ? [] : Lines(findings))
        {
            System.Console.WriteLine(line);
        }
    }

    public static IReadOnlyList<string> Lines(KpiFindings findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        string satisfaction = findings.LatestSatisfaction is { } wave
            ? $"満足度 上位2段階 {Numbers.Percent(wave.Users.TopTwo.Value)} [{Numbers.Percent(wave.Users.TopTwo.Low)}, {Numbers.Percent(wave.Users.TopTwo.High)}]（n={wave.Users.N}、{wave.Wave}）"
            : $"満足度 {NotMeasured}";
        string users = findings.LastMonth is { } month
            ? $"月間利用者 {Numbers.Count(month.ActiveUsers)}人（{month.Month}{Share(month.Share.Total.Rate)}{Partial(findings)}）"
            : findings.SelfReportedUse.LastOrDefault() is { } reported
                ? $"利用者割合（自己申告） {Numbers.Percent(reported.Share.Value)}（n={reported.Share.N}、{reported.Wave}）"
                : $"利用者数 {NotMeasured}";
        string selfReported = findings.LatestSelfReportedTime?.HoursPerMonth is { Value: { } hours } estimate
            ? $"削減時間（自己申告） 月 {hours.ToString("N0", CultureInfo.InvariantCulture)}時間{Interval(estimate, "N0")}"
            : $"削減時間（自己申告） {NotMeasured}";
        string measured = findings.MeasuredTime?.Overall is { Value: { } minutes } overall
            ? $"削減時間（実測） 1件 {minutes.ToString("0.0", CultureInfo.InvariantCulture)}分{Interval(overall, "0.0")}（n={overall.N}）"
            : $"削減時間（実測） {NotMeasured}";
        string tokens = findings.Tokens is { Overall: { } totals }
            ? $"トークン 入力 {Numbers.Count(totals.Input)}・出力 {Numbers.Count(totals.Output)}（{Numbers.Count(totals.Requests)}回）"
            : $"トークン {NotMeasured}";
        return
        [
            $"KPI（実利用）: {satisfaction}、{users}、{tokens}",
            $"KPI（実利用）: {selfReported}、{measured}（自己申告と実測は別の方法のため合算しません）",
        ];
    }

    /// <summary>A last month the data cover only part of counts fewer users than the month has: said, as the reports say it.</summary>
    private static string Partial(KpiFindings findings) =>
        findings.LastMonthIsPartial && findings.LastUsageDay is { } last
            ? $"、{last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}までのデータのため下限"
            : string.Empty;

    private static string Share(Estimate? rate) => rate?.Value is { } value ? $"、対象職員の {Numbers.Percent(value)}" : string.Empty;

    private static string Interval(Estimate estimate, string format) =>
        estimate.Low < estimate.High
            ? $" [{estimate.Low.ToString(format, CultureInfo.InvariantCulture)}, {estimate.High.ToString(format, CultureInfo.InvariantCulture)}]"
            : string.Empty;
}
