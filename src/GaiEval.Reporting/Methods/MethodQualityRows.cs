namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Methods.MethodRow;

/// <summary>The measured rows of the comparison (品質, 用途別の正答率) and what each candidate may handle (カバー率).</summary>
internal static class MethodQualityRows
{
    private const string QualityGroup = "品質";

    public static IEnumerable<MethodRow> Quality(IReadOnlyList<CandidateColumn> candidates, MethodFigures figures)
    {
        yield return Of(QualityGroup, "正答率（受け取れる項目）", candidates, c => figures.Share(c.Accuracy), compact: true);
        yield return Of(QualityGroup, "正答率（共通の項目）", candidates, c => figures.Share(c.CommonAccuracy), compact: true);
        yield return Of(QualityGroup, "拒否の正答率", candidates, c => c.RefusalAccuracy.N == 0 ? "－（拒否すべき項目の回答がない、n=0）" : figures.Share(c.RefusalAccuracy), compact: true);
        yield return Of(QualityGroup, "罠に乗った割合", candidates, c => c.TrapFailureRate.N == 0 ? "－（罠の項目の回答がない、n=0）" : figures.Share(c.TrapFailureRate), compact: true);
        yield return Of(QualityGroup, "応答時間 p50", candidates, c => c.LatencyP50Ms is { } p50 ? figures.Seconds(p50) : "－（応答時間の記録がない）");
        yield return Of(QualityGroup, "応答時間 p95", candidates, c => c.LatencyP95Ms is { } p95 ? figures.Seconds(p95) : "－（応答時間の記録がない）", compact: true);
    }

    public static IEnumerable<MethodRow> Coverage(IReadOnlyList<CandidateColumn> candidates)
    {
        const string Group = "カバー率";
        yield return Of(Group, "取扱区分の上限", candidates, c => DecisionFigures.Sensitivity(c.Ceiling), compact: true);
        yield return Of(Group, "受け取れる項目（テストセット）", candidates,
            c => $"{Numbers.Count(c.Coverage.Items)}/{Numbers.Count(c.Coverage.TestSetItems)}（{Numbers.Percent(c.Coverage.ItemShare)}）", compact: true);
        yield return Of(Group, "受け取れる業務量（月間件数）", candidates, c => c.Coverage.WorkloadShare is { } share
            ? $"{DecisionFigures.Number(c.Coverage.Workload ?? 0, "#,0.#")}/{DecisionFigures.Number(c.Coverage.WorkloadTotal ?? 0, "#,0.#")} 件（{Numbers.Percent(share)}）"
            : $"{MethodLabels.NotStated}（economics.monthly_volume_by_sensitivity がない）", compact: true);
    }

    /// <summary>One row per use any candidate was measured on, the best and the worst candidate of the row marked.</summary>
    public static IEnumerable<MethodRow> ByUse(IReadOnlyList<CandidateColumn> candidates, MethodFigures figures)
    {
        foreach (string use in candidates.SelectMany(c => c.AccuracyByUse.Select(u => u.Name)).Distinct())
        {
            List<Estimate?> estimates = [.. candidates.Select(c => c.AccuracyByUse.FirstOrDefault(u => u.Name == use)?.Accuracy)];
            List<double> measured = [.. estimates.Where(e => e is { N: > 0, Value: not null }).Select(e => e!.Value!.Value)];
            bool ranks = measured.Count > 1 && measured.Max() > measured.Min();
            yield return new MethodRow("用途別の正答率", use, [.. estimates.Select(e => e is null ? "－（この用途の項目を受け取れない）" : figures.Share(e))])
            {
                Marks = [.. estimates.Select(e =>
                    !ranks || e is not { N: > 0, Value: { } v } ? MethodRank.None
                    : v == measured.Max() ? MethodRank.Best
                    : v == measured.Min() ? MethodRank.Worst
                    : MethodRank.None)],
            };
        }
    }
}
