namespace GaiEval.Reporting.Kpi;

using System.Globalization;
using System.Text;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Html;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>Where the KPI figures come from: the period, whose use, the eligible staff, the imported files, and the notes.</summary>
internal static class KpiSourcesHtml
{
    /// <summary>
    /// The period read (「2026-10-01 〜 2026-12-31」, 「指定なし」 for an open end) and what the data covers in it: the
    /// survey's waves and the log's months.
    /// </summary>
    public static string Period(KpiFindings findings)
    {
        KpiSelection selection = findings.Selection;
        string period = selection.From is null && selection.To is null
            ? "指定なし（取り込んだデータ全体）"
            : $"{Day(selection.From) ?? "指定なし"} 〜 {Day(selection.To) ?? "指定なし"}";
        List<string> covered = [];
        if (findings.Satisfaction is { Waves.Count: > 0 } satisfaction)
        {
            covered.Add($"アンケートの回次 {string.Join("・", satisfaction.Waves.Select(w => w.Wave))}");
        }

        if (findings.Users is { Months.Count: > 0 } users)
        {
            covered.Add($"利用ログ {users.Months[0].Month} 〜 {users.Months[^1].Month}");
        }

        return covered.Count == 0 ? period : $"{period}; {string.Join("、", covered)}";
    }

    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, "データの出典と注意", "kpi-sources");
        html.Append("<dl class=\"facts\"><dt>期間（日本時間）</dt><dd>").Append(E(Period(findings))).Append("</dd>");
        html.Append("<dt>実利用の提供先</dt><dd>").Append(E(findings.Provider ?? "指定なし（kpi.provider）")).Append("</dd>");
        html.Append("<dt>対象職員</dt><dd>").Append(E(findings.HasEligibleStaff
            ? $"{Count(findings.EligibleStaff.Values.Sum())} 人（{findings.EligibleStaff.Count} 部署）"
            : NotMeasured(NoEligible))).Append("</dd>");
        html.Append("<dt>帯の回答の読み方</dt><dd>").Append(E(BandReading.Describe(findings.Assumptions.BandPoint))).AppendLine("</dd></dl>");
        if (findings.Sources.Count == 0)
        {
            NotMeasuredParagraph(html, "取り込まれたKPIデータがない");
        }
        else
        {
            var table = new HtmlTable(["種類", "ファイル", "対応表（mapping）", "行数", "うち評価ハーネスの行", "データの期間", "取込日時"], [3, 4]);
            foreach (StoredKpiImport source in findings.Sources)
            {
                table.Add(
                    KpiKindNames.Japanese(source.Kind),
                    source.FileName,
                    source.MappingFileName ?? "（標準の列名）",
                    Count(source.Rows),
                    source.Kind == KpiKind.Usage ? Count(source.HarnessRows) : "－",
                    source.PeriodFrom is null ? "－" : $"{source.PeriodFrom} 〜 {source.PeriodTo}",
                    source.ImportedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            }

            table.WriteTo(html);
        }

        if (findings.Notes.Count > 0)
        {
            html.AppendLine("<p>注意:</p>");
            List(html, findings.Notes, "notes");
        }
    }
}
