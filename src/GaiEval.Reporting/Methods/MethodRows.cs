namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;

/// <summary>The rows of 「候補の比較」 in the wards' order: 品質, カバー率, コスト, 導入の容易さ, カスタマイズ, セキュリティ, 用途別の正答率.</summary>
internal static class MethodRows
{
    public static IReadOnlyList<MethodRow> All(DeploymentComparison comparison, MethodFormat format) =>
    [
        .. MethodQualityRows.Quality(comparison, format),
        .. MethodQualityRows.Coverage(comparison.Candidates),
        .. MethodCostRows.Of(comparison.Candidates, format),
        .. MethodProfileRows.Of(comparison.Candidates),
        .. MethodQualityRows.ByUse(comparison, format),
    ];
}
