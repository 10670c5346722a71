namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>
/// 判断と条件: the verdict per candidate with its reason, each criterion's figure and the conditions it leaves; a candidate
/// not measured named with why; the other providers apart, as 参考, compared with the criteria but given no verdict.
/// </summary>
internal static class VerdictSection
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("判断と条件");
        if (report.Decision is not { } decision)
        {
            md.Line("成功基準がないため、自動の判定はしていません。");
            md.Blank();
            NotMeasuredWithoutCriteria(md, report.NotMeasured);
            md.ToFill("判断（導入する／しない／追加検証）とその理由、導入する場合の条件を書いてください。");
            md.Blank();
            return;
        }

        foreach (string warning in decision.Warnings)
        {
            md.Line($"> **注意**: {MarkdownText.Escape(warning)}");
            md.Blank();
        }

        if (decision.CandidatesOutcome is { } overall)
        {
            md.Line($"**候補の方式についての判定: {VerdictNames.Of(overall)}**");
        }
        else
        {
            md.Line($"> **注意**: {MarkdownText.Escape(GateDecision.NoCandidateMessage)}");
        }

        md.Blank();
        foreach (ProviderVerdict missing in decision.NotMeasuredCandidates)
        {
            md.Line($"> **NOT MEASURED（未測定）**: {MarkdownText.Escape(missing.Provider.Id)} — {MarkdownText.Escape(missing.NotMeasured!)}。判定は要追加検証です。");
            md.Blank();
        }

        if (decision.Candidates.Count > 0)
        {
            md.Table(
                ["方式", "判定", "理由"],
                decision.Candidates.Select(v => (IReadOnlyList<string>)[v.Provider.Id, Outcome(v), v.Reason]));
        }

        foreach (ProviderVerdict verdict in decision.Candidates)
        {
            md.Sub($"{MarkdownText.Escape(verdict.Provider.Id)}: {Outcome(verdict)}");
            CriteriaTable(md, verdict);
            md.Line("条件:");
            md.Blank();
            foreach (string condition in Conditions(verdict))
            {
                md.Bullet(MarkdownText.Escape(condition));
            }

            md.Blank();
        }

        References(md, decision.References);
    }

    private static string Outcome(ProviderVerdict verdict) =>
        verdict.NotMeasured is null ? VerdictNames.Of(verdict.Outcome) : $"{VerdictNames.Of(verdict.Outcome)}（NOT MEASURED）";

    /// <summary>Providers that are not candidates: compared with the criteria for reference, in words, never as GO / NO-GO.</summary>
    private static void References(DecisionMarkdown md, IReadOnlyList<ProviderVerdict> references)
    {
        if (references.Count == 0)
        {
            return;
        }

        md.Sub("参考: 候補外の方式（比較用。判定の対象外）");
        md.Line("candidate: false の方式は比較のための参考です。同じ基準と照らした結果を示しますが、導入の判定はしません。");
        md.Blank();
        md.Table(
            ["方式", "基準との比較（参考）", "内容"],
            references.Select(v => (IReadOnlyList<string>)[v.Provider.Id, VerdictNames.Reference(v), v.NotMeasured ?? v.Reason]));
        foreach (ProviderVerdict verdict in references)
        {
            md.Line($"{MarkdownText.Escape(verdict.Provider.Id)}（参考）:");
            md.Blank();
            CriteriaTable(md, verdict);
        }
    }

    private static void CriteriaTable(DecisionMarkdown md, ProviderVerdict verdict) =>
        md.Table(
            ["基準", "区分", "結果", "測定値（95%区間）", "確定に必要な件数"],
            verdict.Criteria.Select(c => (IReadOnlyList<string>)
            [
                CriterionText.Statement(c.Criterion),
                VerdictNames.Requirement(c.Criterion.Required),
                c.Outcome == CriterionOutcome.NotMeasured && verdict.NotMeasured is null
                    ? $"{VerdictNames.Of(c.Outcome)}（{c.Reason}）"
                    : $"{VerdictNames.Of(c.Outcome)}（{VerdictNames.Japanese(c.Outcome)}）",
                c.Estimate is { } e ? CriterionText.Figure(c.Metric, e) : "－",
                c.SampleSizeToSettle is { } n ? Count(n) + " 件" : "－",
            ]));

    private static void NotMeasuredWithoutCriteria(DecisionMarkdown md, IReadOnlyList<(ProviderProfile Provider, string Why)> missing)
    {
        foreach ((ProviderProfile provider, string why) in missing)
        {
            string role = provider.Candidate ? "候補" : "参考";
            md.Line($"> **NOT MEASURED（未測定）**: {MarkdownText.Escape(provider.Id)}（{role}）— {MarkdownText.Escape(why)}");
            md.Blank();
        }
    }

    private static IEnumerable<string> Conditions(ProviderVerdict verdict)
    {
        if (verdict.NotMeasured is { } why)
        {
            yield return $"この方式は測定できていません（{why}）。原因を取り除いて再実行（gaieval run --resume または新しい実行）するまで、導入の判断材料にしないでください。";
            yield break;
        }

        bool any = false;
        foreach (CriterionVerdict c in verdict.Criteria.Where(c => c.Outcome != CriterionOutcome.Pass))
        {
            any = true;
            string statement = CriterionText.Statement(c.Criterion);
            string requirement = VerdictNames.Requirement(c.Criterion.Required);
            bool kpi = KpiMetrics.IsKpiMetric(c.Criterion.Metric);
            yield return c.Outcome switch
            {
                CriterionOutcome.Inconclusive when kpi && c.SampleSizeToSettle is { } n => $"{statement}（{requirement}）は未確定です。実利用データ（アンケートの回答・評価のある利用・実測）が約 {Count(n)} 件あれば確定できる見込みです。",
                CriterionOutcome.Inconclusive when kpi => $"{statement}（{requirement}）は未確定です。次の回次・月の実利用データを加えて再評価してください。",
                CriterionOutcome.NotMeasured when kpi => $"{statement}（{requirement}）は測定できませんでした（{c.Reason}）。計画の kpi:（実利用データ・対象職員・kpi.provider）を補って再評価してください。",
                CriterionOutcome.Fail => $"{statement}（{requirement}）を満たしていません。改善して再評価するまで、この基準に関わる業務には使わないでください。",
                CriterionOutcome.Inconclusive when c.SampleSizeToSettle is { } n => $"{statement}（{requirement}）は未確定です。約 {Count(n)} 件の問で再評価すると確定できます。",
                CriterionOutcome.Inconclusive => $"{statement}（{requirement}）は未確定です。問を増やして再評価してください。",
                _ => $"{statement}（{requirement}）は測定できませんでした（{c.Reason}）。計画（economics・pricing など）を補って再評価してください。",
            };
        }

        if (ClearancePolicy.Ceiling(verdict.Provider) is var ceiling && ceiling < GaiEval.Core.Model.Sensitivity.Confidential)
        {
            any = true;
            yield return $"機密区分「{Sensitivity(ceiling)}」を超える情報は入力しないでください。";
        }

        if (!any)
        {
            yield return "すべての基準を達成しています。追加の条件はありません。";
        }
    }
}
