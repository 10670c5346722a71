namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Decision;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 1: the verdict per provider (GO / NO-GO / 要追加検証) with its criteria and reasons, warnings first.</summary>
internal static class VerdictSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        GateDecision? decision = report.Decision;
        List<string> warnings = [.. decision?.Warnings ?? [], .. report.Notes];
        foreach (string warning in warnings)
        {
            html.Append("<p class=\"warn\">").Append(E(warning)).AppendLine("</p>");
        }

        if (decision is null)
        {
            html.AppendLine(report.Results.Plan.Criteria.Count == 0
                ? "<p>計画に成功基準（criteria）がないため、GO / NO-GO の判定はしていません。以下の数値を基準と照らして判断してください。</p>"
                : "<p>費用と削減時間が計算できないため、成功基準による判定はしていません（上の注意を参照）。</p>");
            return;
        }

        if (decision.CandidatesOutcome is { } overall)
        {
            html.Append("<p>導入候補（candidate）の総合判定: ").Append(Badge(overall)).AppendLine("</p>");
        }

        foreach (ProviderVerdict verdict in decision.Providers)
        {
            html.Append("<div class=\"verdict\"><h3>").Append(Badge(verdict.Outcome)).Append(' ').Append(E(verdict.Provider.Name))
                .Append(verdict.Provider.Candidate ? "（導入候補）" : string.Empty).AppendLine("</h3>");
            html.Append("<p>").Append(E(verdict.Reason)).AppendLine("</p>");
            WriteCriteria(html, verdict);
            html.AppendLine("</div>");
        }

        html.AppendLine("<p class=\"note\">判定の規則: 必須の基準すべてで95%区間全体が基準を満たせば GO、いずれかで区間全体が基準に届かなければ NO-GO、区間が基準をまたぐ・測定できない基準があれば 要追加検証。参考の基準は判定に使いません。</p>");
    }

    public static string Badge(OverallOutcome outcome)
    {
        string css = outcome switch
        {
            OverallOutcome.Go => "go",
            OverallOutcome.NoGo => "nogo",
            _ => "more",
        };
        return $"<span class=\"badge {css}\">{E(VerdictNames.Of(outcome))}</span>";
    }

    private static void WriteCriteria(StringBuilder html, ProviderVerdict verdict)
    {
        html.Append("<table><thead><tr><th>基準</th><th>区分</th><th>測定値 [95%区間]</th><th>判定</th><th>理由</th><th>基準の根拠</th></tr></thead><tbody>");
        foreach (CriterionVerdict criterion in verdict.Criteria)
        {
            string css = criterion.Outcome switch
            {
                CriterionOutcome.Pass => "ok",
                CriterionOutcome.Fail => "ng",
                _ => "na",
            };
            string figure = criterion.Estimate is { } estimate ? CriterionText.Figure(criterion.Metric, estimate) : "－";
            html.Append("<tr><td>").Append(E(CriterionText.Statement(criterion.Criterion)))
                .Append("</td><td class=\"tag\">").Append(E(VerdictNames.Requirement(criterion.Criterion.Required)))
                .Append("</td><td class=\"num\">").Append(E(figure))
                .Append("</td><td class=\"tag ").Append(css).Append("\">").Append(E(VerdictNames.Of(criterion.Outcome))).Append(' ')
                .Append(E(VerdictNames.Japanese(criterion.Outcome)))
                .Append("</td><td>").Append(E(criterion.Reason))
                .Append("</td><td>").Append(E(criterion.Criterion.Why ?? string.Empty)).Append("</td></tr>");
        }

        html.AppendLine("</tbody></table>");
    }
}
