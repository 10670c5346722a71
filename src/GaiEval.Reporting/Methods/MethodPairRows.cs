namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Reporting.Text;

/// <summary>「共通の項目での差」 as a table for decision.md: every pair of candidates on the common calls, the difference with its interval and the p-values.</summary>
internal static class MethodPairRows
{
    public static IReadOnlyList<string> Headers { get; } = ["候補A", "候補B", "対の数", "Aの正答率", "Bの正答率", "差 A−B（95%区間）", "McNemar p", "Holm補正後 p"];

    public static IReadOnlySet<int> RightAligned { get; } = new HashSet<int> { 2, 6, 7 };

    public static IEnumerable<IReadOnlyList<string>> Rows(DeploymentComparison comparison, IReadOnlyDictionary<string, string> names, MethodFormat format) =>
        comparison.CommonComparisons.Select(c => (IReadOnlyList<string>)
        [
            MethodLabels.Name(names, c.ProviderA), MethodLabels.Name(names, c.ProviderB), Numbers.Count(c.N),
            format.Share(c.AccuracyA), format.Share(c.AccuracyB), Points(c.Difference), P(c.PValue), P(c.AdjustedPValue),
        ]);

    /// <summary>e.g. 「+16.7 pt（95%区間 -8.4〜+41.8）」.</summary>
    private static string Points(Estimate difference) => difference.Value is { } v
        ? $"{Numbers.Signed(v * 100)} pt（95%区間 {Numbers.Signed(difference.Low * 100)}〜{Numbers.Signed(difference.High * 100)}）"
        : $"－（n={difference.N}）";

    private static string P(double p) => p < 0.001 ? "<0.001" : Numbers.Decimal(p);
}
