namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;

/// <summary>The tables of 「費用の感度」 for both outputs: the recommendation per class and the break-even per pair under each cost scenario.</summary>
internal static class MethodSensitivityRows
{
    public static IReadOnlyList<string> Headers(CostSensitivity sensitivity) => ["区分", .. sensitivity.Scenarios.Select(s => s.Label), "判定"];

    public static IEnumerable<IReadOnlyList<string>> Rows(CostSensitivity sensitivity, IReadOnlyDictionary<string, string> names) =>
        sensitivity.Recommendations.Select(r => (IReadOnlyList<string>)
        [
            MethodLabels.Class(r.Class), .. r.Kinds.Select((kind, i) => MethodLabels.Outcome(kind, r.RecommendedIds[i], names)), MethodLabels.Stability(r.DependsOnAssumptions),
        ]);

    public static IReadOnlyList<string> BreakEvenHeaders(CostSensitivity sensitivity) => ["候補A", "候補B", .. sensitivity.Scenarios.Select(s => s.Label), "判定"];

    public static IEnumerable<IReadOnlyList<string>> BreakEvenRows(CostSensitivity sensitivity, IReadOnlyDictionary<string, string> names) =>
        sensitivity.BreakEvens.Select(b => (IReadOnlyList<string>)
        [
            MethodLabels.Name(names, b.FirstProviderId), MethodLabels.Name(names, b.SecondProviderId),
            .. b.PerScenario.Select(p => MethodLabels.BreakEven(p, names)), MethodLabels.Stability(b.DependsOnAssumptions),
        ]);
}
