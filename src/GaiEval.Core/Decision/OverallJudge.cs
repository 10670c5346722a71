namespace GaiEval.Core.Decision;

using GaiEval.Core.Plans;

/// <summary>
/// The overall verdict on a provider from its required criteria: GO when every one passes, NO-GO when any fails, else
/// 要追加検証. Advisory criteria are carried along and reported, but never decide. With no required criterion there is
/// nothing to say GO on, so the verdict is 要追加検証.
/// </summary>
public static class OverallJudge
{
    public static ProviderVerdict Combine(ProviderProfile provider, IReadOnlyList<CriterionVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(provider);
        List<CriterionVerdict> required = [.. verdicts.Where(v => v.Criterion.Required)];
        List<CriterionVerdict> failed = [.. required.Where(v => v.Outcome == CriterionOutcome.Fail)];
        List<CriterionVerdict> open = [.. required.Where(v => v.Outcome is CriterionOutcome.Inconclusive or CriterionOutcome.NotMeasured)];
        (OverallOutcome outcome, string reason) = (required.Count, failed.Count, open.Count) switch
        {
            (0, _, _) => (OverallOutcome.NeedsMoreEvidence, "必須の基準がないため GO と判定できない（参考の基準だけでは判定しない）"),
            (_, > 0, _) => (OverallOutcome.NoGo, $"必須の基準を満たさない: {List(failed)}"),
            (_, _, > 0) => (OverallOutcome.NeedsMoreEvidence, $"必須の基準のうち未確定: {List(open)}"),
            _ => (OverallOutcome.Go, $"必須の基準 {required.Count} 件すべてで区間全体が基準を満たす"),
        };
        return new ProviderVerdict { Provider = provider, Outcome = outcome, Criteria = verdicts, Reason = reason };
    }

    /// <summary>A provider with nothing measured: 要追加検証, never GO, whatever its criteria.</summary>
    public static ProviderVerdict NotMeasured(ProviderProfile provider, IReadOnlyList<CriterionVerdict> verdicts, string why)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrEmpty(why);
        return new ProviderVerdict
        {
            Provider = provider,
            Outcome = OverallOutcome.NeedsMoreEvidence,
            Criteria = verdicts,
            Reason = $"NOT MEASURED（未測定）: {why}。測定していないため GO / NO-GO は判定できない",
            NotMeasured = why,
        };
    }

    private static string List(IEnumerable<CriterionVerdict> verdicts) =>
        string.Join("、", verdicts.Select(v => $"{CriterionText.Statement(v.Criterion)}（{Detail(v)}）"));

    private static string Detail(CriterionVerdict verdict) => verdict switch
    {
        { Outcome: CriterionOutcome.Inconclusive, SampleSizeToSettle: { } n } => $"{VerdictNames.Of(verdict.Outcome)}、n = {n} で確定する見込み",
        _ => VerdictNames.Of(verdict.Outcome),
    };
}
