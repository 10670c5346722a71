namespace GaiEval.Cli.Commands;

using System.Globalization;
using System.Text;
using GaiEval.Core.Decision;
using GaiEval.Reporting.Text;

/// <summary>
/// The gate's verdicts as terminal text: warnings, one table with reasons per candidate, then the other providers apart as
/// 参考 (compared with the criteria, never given a verdict), and the verdict on the candidates.
/// </summary>
internal static class GateTable
{
    public static string Render(GateDecision decision)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"判定: 実行 {decision.Run.RunId}（計画: {decision.Run.PlanName}）");
        text.AppendLine(decision.CriteriaChanged
            ? $"判定基準: 実行開始時とは異なる基準 {decision.Criteria.Count} 件（ハッシュ {decision.CriteriaHash[..12]}…）"
            : $"判定基準: 実行開始時に固定された基準 {decision.Criteria.Count} 件（ハッシュ {decision.CriteriaHash[..12]}…）");
        foreach (string warning in decision.Warnings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"警告: {warning}");
        }

        foreach (ProviderVerdict provider in decision.Candidates)
        {
            text.AppendLine();
            AppendProvider(text, provider);
        }

        if (decision.References.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("── 参考: 候補外の提供先（candidate: false。判定の対象外で、終了コードに影響しません） ──");
            foreach (ProviderVerdict provider in decision.References)
            {
                text.AppendLine();
                AppendProvider(text, provider);
            }
        }

        text.AppendLine();
        text.AppendLine(Conclusion(decision));
        return text.ToString();
    }

    /// <summary>The last line: what the gate says about the candidates, with its exit code.</summary>
    public static string Conclusion(GateDecision decision)
    {
        IReadOnlyList<ProviderVerdict> candidates = decision.Candidates;
        int code = GateCommand.ExitCodeOf(decision);
        return decision.CandidatesOutcome switch
        {
            null => $"{GateDecision.NoCandidateMessage}（終了コード {code}）",
            OverallOutcome.Go => $"候補 {candidates.Count} 件すべて GO: {Ids(candidates)}（終了コード {code}）",
            OverallOutcome.NoGo => $"NO-GO の候補があります: {Ids(candidates.Where(c => c.Outcome == OverallOutcome.NoGo))}{NotMeasured(decision)}（終了コード {code}）",
            _ => $"要追加検証の候補があります: {Ids(candidates.Where(c => c.Outcome == OverallOutcome.NeedsMoreEvidence))}{NotMeasured(decision)}（終了コード {code}）",
        };
    }

    private static string NotMeasured(GateDecision decision) =>
        decision.NotMeasuredCandidates is { Count: > 0 } missing ? $"（うち未測定: {Ids(missing)}）" : string.Empty;

    private static void AppendProvider(StringBuilder text, ProviderVerdict verdict)
    {
        string role = verdict.Provider.Candidate ? "候補" : "候補外（参考）";
        text.AppendLine(CultureInfo.InvariantCulture, $"■ {verdict.Provider.Name} [{verdict.Provider.Id}] {role}");
        text.AppendLine(verdict.Provider.Candidate
            ? $"総合判定: {VerdictNames.Of(verdict.Outcome)} — {verdict.Reason}"
            : $"参考（判定の対象外）: {VerdictNames.Reference(verdict)} — {verdict.Reason}");
        var table = new TextTable(["基準", "区分", "判定", "推定値 [95%区間]", "n", "確定に必要なn"], [false, false, false, false, true, true]);
        foreach (CriterionVerdict criterion in verdict.Criteria)
        {
            table.Add([
                CriterionText.Statement(criterion.Criterion),
                VerdictNames.Requirement(criterion.Criterion.Required),
                $"{VerdictNames.Of(criterion.Outcome)}（{VerdictNames.Japanese(criterion.Outcome)}）",
                criterion.Estimate is { Value: not null } estimate ? CriterionText.Figure(criterion.Metric, estimate) : "－",
                criterion.Estimate is { } measured ? measured.N.ToString(CultureInfo.InvariantCulture) : "－",
                criterion.SampleSizeToSettle?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ]);
        }

        text.Append(table.ToString());
        text.AppendLine("理由:");
        foreach (CriterionVerdict criterion in verdict.Criteria)
        {
            string advisory = criterion.Criterion.Required ? string.Empty : "［参考］";
            text.AppendLine(CultureInfo.InvariantCulture, $"- {advisory}{criterion.Reason}");
        }
    }

    private static string Ids(IEnumerable<ProviderVerdict> verdicts) => string.Join(", ", verdicts.Select(v => v.Provider.Id));
}
