namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 1 (結論): warnings first, then the verdict per candidate (GO / NO-GO / 要追加検証) with its criteria and reasons,
/// a candidate not measured named with why; the other providers apart, as 参考, never with a verdict badge.
/// </summary>
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
            html.AppendLine("<p>計画に成功基準（criteria）がないため、GO / NO-GO の判定はしていません。以下の数値を基準と照らして判断してください。</p>");
            WriteNotMeasured(html, report.NotMeasured);
            return;
        }

        html.AppendLine(decision.CandidatesOutcome is { } overall
            ? $"<p>導入候補（candidate）の総合判定: {Badge(overall)}</p>"
            : $"<p class=\"warn\">{E(GateDecision.NoCandidateMessage)}</p>");
        foreach (ProviderVerdict verdict in decision.Candidates)
        {
            html.Append("<div class=\"verdict\"><h3>").Append(Badge(verdict.Outcome)).Append(' ').Append(E(verdict.Provider.Name))
                .Append("（導入候補）").AppendLine("</h3>");
            if (verdict.NotMeasured is null)
            {
                html.Append("<p>").Append(E(verdict.Reason)).AppendLine("</p>");
            }
            else
            {
                WriteNotMeasuredLine(html, verdict);
                html.AppendLine("<p>測定していないため GO / NO-GO は判定できません（要追加検証）。原因を取り除いて再実行してください。</p>");
            }

            WriteCriteria(html, verdict);
            html.AppendLine("</div>");
        }

        WriteReferences(html, decision.References);
        html.AppendLine("<p class=\"note\">判定の規則: 必須の基準すべてで95%区間全体が基準を満たせば GO、いずれかで区間全体が基準に届かなければ NO-GO、区間が基準をまたぐ・測定できない基準があれば 要追加検証。測定できなかった候補（飛ばした・全問が取扱区分外・全問が失敗）は NOT MEASURED で要追加検証。参考の基準と候補外の提供先は判定に使いません。</p>");
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

    /// <summary>The providers that are not candidates: set apart, grey, compared with the criteria in words, never as a verdict.</summary>
    private static void WriteReferences(StringBuilder html, IReadOnlyList<ProviderVerdict> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        html.AppendLine("<div class=\"references\"><h3><span class=\"badge ref\">参考</span> 候補外の提供先（ベースライン等。判定の対象外）</h3>");
        html.AppendLine("<p class=\"note\">candidate: false の提供先は比較のための参考です。同じ基準と照らした結果を示しますが、GO / NO-GO の判定はしません。</p>");
        foreach (ProviderVerdict verdict in references)
        {
            html.Append("<h4>").Append(E(verdict.Provider.Name)).Append("（参考）: ").Append(E(VerdictNames.Reference(verdict))).AppendLine("</h4>");
            WriteNotMeasuredLine(html, verdict);
            WriteCriteria(html, verdict);
        }

        html.AppendLine("</div>");
    }

    private static void WriteNotMeasuredLine(StringBuilder html, ProviderVerdict verdict)
    {
        if (verdict.NotMeasured is { } why)
        {
            html.Append("<p class=\"warn\">NOT MEASURED（未測定）: ").Append(E(why)).AppendLine("</p>");
        }
    }

    /// <summary>Without criteria there is no verdict, but a provider that was not measured is still named with why.</summary>
    private static void WriteNotMeasured(StringBuilder html, IReadOnlyList<(ProviderProfile Provider, string Why)> missing)
    {
        foreach ((ProviderProfile provider, string why) in missing)
        {
            string role = provider.Candidate ? "導入候補" : "参考";
            html.Append("<p class=\"warn\">NOT MEASURED（未測定）: ").Append(E(provider.Name)).Append("（").Append(role).Append("）— ")
                .Append(E(why)).AppendLine("</p>");
        }
    }

    private static void WriteCriteria(StringBuilder html, ProviderVerdict verdict)
    {
        html.Append("<div class=\"scroll\"><table><thead><tr><th>基準</th><th>区分</th><th>測定値 [95%区間]</th><th>判定</th><th>理由</th><th>基準の根拠</th></tr></thead><tbody>");
        foreach (CriterionVerdict criterion in verdict.Criteria)
        {
            string css = criterion.Outcome switch
            {
                CriterionOutcome.Pass when verdict.Provider.Candidate => "ok",
                CriterionOutcome.Fail when verdict.Provider.Candidate => "ng",
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

        html.AppendLine("</tbody></table></div>");
    }
}
