namespace GaiEval.Reporting.Methods;

/// <summary>
/// One row of the comparison of the candidate methods: its group (品質, コスト, …), its label and one cell per candidate, in
/// plan order; <see cref="Compact"/> rows also go into decision.md; <see cref="Marks"/> name the best and worst cell.
/// </summary>
internal sealed record MethodRow(string Group, string Label, IReadOnlyList<string> Cells, bool Compact = false)
{
    /// <summary>One mark per cell; empty when the row ranks nothing.</summary>
    public IReadOnlyList<MethodRank> Marks { get; init; } = [];
}
