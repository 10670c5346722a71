namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>判断と条件: the verdict per provider with its reason, each criterion's figure and the conditions it leaves.</summary>
internal static class VerdictSection
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("判断と条件");
        if (report.Decision is not { } decision)
        {
            md.Line("成功基準がない（または費用を計算できない）ため、自動の判定はしていません。");
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
            md.Blank();
        }

        md.Table(
            ["方式", "判定の対象", "判定", "理由"],
            decision.Providers.Select(v => (IReadOnlyList<string>)
                [v.Provider.Id, v.Provider.Candidate ? "候補" : "比較用", VerdictNames.Of(v.Outcome), v.Reason]));
        foreach (ProviderVerdict verdict in decision.Providers)
        {
            md.Sub($"{MarkdownText.Escape(verdict.Provider.Id)}: {VerdictNames.Of(verdict.Outcome)}");
            md.Table(
                ["基準", "区分", "結果", "測定値（95%区間）", "確定に必要な件数"],
                verdict.Criteria.Select(c => (IReadOnlyList<string>)
                [
                    CriterionText.Statement(c.Criterion),
                    VerdictNames.Requirement(c.Criterion.Required),
                    $"{VerdictNames.Of(c.Outcome)}（{VerdictNames.Japanese(c.Outcome)}）",
                    c.Estimate is { } e ? CriterionText.Figure(c.Metric, e) : "－",
                    c.SampleSizeToSettle is { } n ? Count(n) + " 件" : "－",
                ]));
            md.Line("条件:");
            md.Blank();
            foreach (string condition in Conditions(verdict))
            {
                md.Bullet(MarkdownText.Escape(condition));
            }

            md.Blank();
        }
    }

    private static IEnumerable<string> Conditions(ProviderVerdict verdict)
    {
        bool any = false;
        foreach (CriterionVerdict c in verdict.Criteria.Where(c => c.Outcome != CriterionOutcome.Pass))
        {
            any = true;
            string statement = CriterionText.Statement(c.Criterion);
            string requirement = VerdictNames.Requirement(c.Criterion.Required);
            yield return c.Outcome switch
            {
                CriterionOutcome.Fail => $"{statement}（{requirement}）を満たしていません。改善して再評価するまで、この基準に関わる業務には使わないでください。",
                CriterionOutcome.Inconclusive when c.SampleSizeToSettle is { } n => $"{statement}（{requirement}）は未確定です。約 {Count(n)} 件の問で再評価すると確定できます。",
                CriterionOutcome.Inconclusive => $"{statement}（{requirement}）は未確定です。問を増やして再評価してください。",
                _ => $"{statement}（{requirement}）は測定できませんでした。計画（economics・pricing など）を補って再評価してください。",
            };
        }

        if (verdict.Provider.Clearance < GaiEval.Core.Model.Sensitivity.Confidential)
        {
            any = true;
            yield return $"機密区分「{Sensitivity(verdict.Provider.Clearance)}」を超える情報は入力しないでください。";
        }

        if (!any)
        {
            yield return "すべての基準を達成しています。追加の条件はありません。";
        }
    }
}
