namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>
/// 削減業務時間数／人件費 by each method side by side, never merged: (a) self-reported per wave, (b) measured per task
/// category, and in report.html (c) the test run's gold-set estimate.
/// </summary>
internal static class KpiTimeSavedHtml
{
    public const string NotMerged = "方法ごとに単位と前提が異なるため、並べて示し、合算しません。";

    public const string PersonnelCostLabel = "人件費換算は削減時間を時間単価で金額に換算したもの（空く時間の価値）であり、実際に支出が減る額ではありません。";

    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, "削減業務時間数／人件費", "kpi-time-saved");
        Paragraph(html, $"{NotMerged}{PersonnelCostLabel}", "warn");
        int sub = options.HeadingLevel + 1;
        Heading(html, sub, "(a) 職員アンケートによる自己申告");
        WriteSelfReported(html, findings, options);
        Heading(html, sub, "(b) 実業務での計測（同じ作業をAIなし・ありで実測）");
        WriteMeasured(html, findings, options);
        if (options.Run is { } run)
        {
            Heading(html, sub, "(c) ゴールドセットによる推計（このテスト実行）");
            WriteGoldSet(html, run);
        }
    }

    private static void WriteSelfReported(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        if (findings.SelfReportedTime.Count == 0)
        {
            NotMeasuredParagraph(html, "期間内の職員アンケートがない");
            return;
        }

        Charts(html, options, KpiSelfReportedTimeChart.FileStem);
        var table = new HtmlTable(
            ["回次", "回答の内訳: 帯あり／利用なし（0分）／帯が空欄（除外）／利用の有無が空欄（除外）", "回答率", "1人あたり週の削減 [95%区間]", "月間削減時間（対象職員へ換算）[95%区間]", "人件費換算（月）[95%区間]"],
            [2, 3, 4, 5]);
        foreach (WaveSelfReportedTime wave in findings.SelfReportedTime)
        {
            table.Add(
                wave.Wave,
                $"{Count(wave.Answered)}／{Count(wave.NotUsed)}／{Count(wave.BlankBands)}／{Count(wave.UseUnknown)}",
                Headcounts.Of(wave.ResponseRate.Total),
                WithN(wave.MeanMinutesPerWeek, Minutes, "削減時間の回答がない"),
                WithN(wave.HoursPerMonth, Hours, WhyNoHours(findings, wave)),
                wave.PersonnelCost is { } cost
                    ? WithN(cost, v => Money(v, findings), string.Empty)
                    : NotMeasured(wave.HoursPerMonth is null ? "月間削減時間がない" : "時間単価（economics.hourly_cost）が与えられていない"));
        }

        table.WriteTo(html);
        List<string> lines = [];
        foreach (WaveSelfReportedTime wave in findings.SelfReportedTime)
        {
            if (wave.NotExtrapolated.Count > 0)
            {
                lines.Add($"{wave.Wave}: 回答者のいない部署（外挿していません）: {string.Join("、", wave.NotExtrapolated)}");
            }

            if (wave.UnknownDepartments.Count > 0)
            {
                lines.Add($"{wave.Wave}: 対象職員の表にない部署の回答（換算に含めていません）: {string.Join("、", wave.UnknownDepartments)}");
            }
        }

        List(html, lines);
        Methods(html, [
            .. findings.SelfReportedTime.Select(w => w.HoursPerMonth?.Method ?? w.Method),
            .. findings.SelfReportedTime.Select(w => w.MeanMinutesPerWeek is { } mean ? $"1人あたり週の削減: 回答者（利用なしは0分）の平均、{mean.Method}" : null),
            .. findings.SelfReportedTime.Select(w => w.PersonnelCost?.Method)]);
        WriteDepartments(html, findings);
    }

    /// <summary>人件費換算 in the findings' currency (yen unless the plan names another).</summary>
    public static string Money(double value, KpiFindings findings) =>
        HtmlText.Money(value, findings.Assumptions.Currency is "円" or "JPY" ? null : findings.Assumptions.Currency);

    private static string WhyNoHours(KpiFindings findings, WaveSelfReportedTime wave) =>
        !findings.HasEligibleStaff ? NoEligible
        : wave.Answered + wave.NotUsed == 0 ? "削減時間（1回あたりの分・週あたりの回数）の回答がない"
        : "対象職員の表にある部署の回答がない";

    private static void WriteDepartments(StringBuilder html, KpiFindings findings)
    {
        List<WaveSelfReportedTime> waves = [.. findings.SelfReportedTime.Where(w => w.Departments.Count > 0)];
        if (waves.Count == 0)
        {
            return;
        }

        OpenDetails(html, "部署別（自己申告）");
        var table = new HtmlTable(["回次", "部署", "対象職員", "1人あたり週の削減 [95%区間]", "月間削減時間 [95%区間]"], [2, 3, 4]);
        foreach (WaveSelfReportedTime wave in waves)
        {
            foreach (DepartmentTimeSaved d in wave.Departments)
            {
                if (SmallGroups.Withheld(d))
                {
                    table.Add(wave.Wave, d.Department, Count(d.Eligible), GroupSatisfaction.WithheldText, "－");
                    continue;
                }

                table.Add(wave.Wave, d.Department, Count(d.Eligible), WithN(d.MeanMinutesPerWeek, Minutes, "回答なし"), WithN(d.HoursPerMonth, Hours, "回答なし"));
            }
        }

        table.WriteTo(html);
        CloseDetails(html);
    }

    private static void WriteMeasured(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        if (findings.MeasuredTime is not { } measured)
        {
            NotMeasuredParagraph(html, KpiMetrics.WhyNotMeasured(findings, KpiMetrics.MeasuredMinutesSaved) ?? "期間内の業務時間の実測（timing）がない");
            return;
        }

        Charts(html, options, KpiMeasuredTimeChart.FileStem);
        var table = new HtmlTable(["業務分野", "1件あたり削減（分）[95%区間]"], [1]);
        foreach (CategoryTimeDifference category in measured.Categories)
        {
            table.Add(category.Category, WithN(category.MeanMinutesSaved, Minutes, "実測なし"));
        }

        table.Add("全体", WithN(measured.Overall, Minutes, "実測なし"));
        table.WriteTo(html);
        Paragraph(html, "実測は作業1件あたりの分です。月間の時間に換算するには業務分野ごとの月間件数が要るため、ここでは換算していません。");
        Methods(html, [measured.Overall?.Method ?? measured.Method]);
    }

    private static void WriteGoldSet(StringBuilder html, RunReport run)
    {
        if (run.Economics is not { HasEconomics: true } economics)
        {
            NotMeasuredParagraph(html, "計画に economics（業務分野ごとの月間件数・時間単価）がない");
            return;
        }

        var table = new HtmlTable(["提供先", "月間削減時間 [95%区間] / 人件費換算"], []);
        foreach (ProviderEconomics provider in economics.Providers)
        {
            table.Add(provider.Name, KpiSection.TimeSaved(economics, provider.ProviderId));
        }

        table.WriteTo(html);
        Methods(html, [$"{KpiSection.GoldSetMethod(economics)}詳しくは「{(int)HtmlSection.TimeSaved}. 削減業務時間」。"]);
    }
}
