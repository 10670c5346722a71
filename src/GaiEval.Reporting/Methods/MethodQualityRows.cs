namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Methods.MethodRow;

/// <summary>The measured rows of the comparison (品質, 用途別の正答率) and what each candidate may handle (カバー率).</summary>
internal static class MethodQualityRows
{
    private const string QualityGroup = "品質";

    public static IEnumerable<MethodRow> Quality(DeploymentComparison comparison, MethodFormat format)
    {
        IReadOnlyList<CandidateColumn> candidates = comparison.Candidates;
        yield return Of(QualityGroup, "正答率（受け取れる項目）", candidates, c => format.Share(c.Accuracy), compact: true);
        yield return Of(QualityGroup, "正答率（共通の項目）", candidates, c => comparison.CommonCalls == 0 ? MethodLabels.NoCommonAccuracy : format.Share(c.CommonAccuracy), compact: true);
        yield return Of(QualityGroup, "拒否の正答率", candidates, c => c.RefusalAccuracy.N == 0 ? "－（拒否すべき項目の回答がない、n=0）" : format.Share(c.RefusalAccuracy), compact: true);
        yield return Of(QualityGroup, "罠に乗った割合", candidates, c => c.TrapFailureRate.N == 0 ? "－（罠の項目の回答がない、n=0）" : format.Share(c.TrapFailureRate), compact: true);
        yield return Of(QualityGroup, "応答時間 p50", candidates, c => c.LatencyP50Ms is { } p50 ? format.Seconds(p50) : "－（応答時間の記録がない）");
        yield return Of(QualityGroup, "応答時間 p95", candidates, c => c.LatencyP95Ms is { } p95 ? format.Seconds(p95) : "－（応答時間の記録がない）", compact: true);
    }

    public static IEnumerable<MethodRow> Coverage(IReadOnlyList<CandidateColumn> candidates)
    {
        const string Group = "カバー率";
        yield return Of(Group, "取扱区分の上限", candidates, c => SensitivityNames.Label(c.Ceiling), compact: true);
        yield return Of(Group, "受け取れる項目（テストセット）", candidates,
            c => $"{Numbers.Count(c.Coverage.Items)}/{Numbers.Count(c.Coverage.TestSetItems)}（{Numbers.Percent(c.Coverage.ItemShare)}）", compact: true);
        yield return Of(Group, "受け取れる業務量（月間件数）", candidates, c => c.Coverage.WorkloadShare is { } share
            ? $"{Numbers.Decimal(c.Coverage.Workload ?? 0, "#,0.#")}/{Numbers.Decimal(c.Coverage.WorkloadTotal ?? 0, "#,0.#")} 件（{Numbers.Percent(share)}）"
            : $"{MethodLabels.NotStated}（economics.monthly_volume_by_sensitivity がない）", compact: true);
    }

    /// <summary>
    /// One row per use any candidate was measured on. A highest cell is marked when its 95% interval lies above the
    /// interval of a lowest cell, and a lowest cell when its interval lies below that of a highest one. A candidate with
    /// nothing scored for the use says whether it may not receive the use's items.
    /// </summary>
    public static IEnumerable<MethodRow> ByUse(DeploymentComparison comparison, MethodFormat format)
    {
        IReadOnlyList<CandidateColumn> candidates = comparison.Candidates;
        foreach (string use in candidates.SelectMany(c => c.AccuracyByUse.Select(u => u.Name)).Distinct())
        {
            List<Estimate?> estimates = [.. candidates.Select(c => c.AccuracyByUse.FirstOrDefault(u => u.Name == use)?.Accuracy)];
            List<Estimate> measured = [.. estimates.OfType<Estimate>().Where(e => e is { N: > 0, Value: not null })];
            double? highest = measured.Max(e => e.Value);
            double? lowest = measured.Min(e => e.Value);
            double bestLow = measured.Where(e => e.Value == highest).Select(e => e.Low).DefaultIfEmpty(0).Max();
            double worstHigh = measured.Where(e => e.Value == lowest).Select(e => e.High).DefaultIfEmpty(1).Min();
            yield return new MethodRow("用途別の正答率", use, [.. estimates.Select((e, i) => e is { N: > 0 } ? format.Share(e) : Unmeasured(comparison, candidates[i], use))], Compact: true)
            {
                Marks = [.. estimates.Select(e =>
                    highest == lowest || e is not { N: > 0, Value: { } v } ? MethodRank.None
                    : v == highest && e.Low > worstHigh ? MethodRank.Best
                    : v == lowest && e.High < bestLow ? MethodRank.Worst
                    : MethodRank.None)],
            };
        }
    }

    /// <summary>Why a candidate has no accuracy for a use: it may receive none of the use's items, or none of its answers was scored.</summary>
    private static string Unmeasured(DeploymentComparison comparison, CandidateColumn candidate, string use) =>
        comparison.Recommendations.Any(r => r.Class.Use == use && r.Items > 0 && r.Candidates.Any(c => c.ProviderId == candidate.ProviderId && c.MayHandle))
            ? "－（採点された回答がない、n=0）"
            : "－（この用途の項目を受け取れない、n=0）";
}
