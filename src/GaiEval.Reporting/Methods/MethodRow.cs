namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;

/// <summary>
/// One row of the comparison of the candidate methods: its group (品質, コスト, …), its label and one cell per candidate, in
/// plan order; <see cref="Compact"/> rows also go into decision.md; <see cref="Marks"/> name the best and worst cell.
/// </summary>
internal sealed record MethodRow(string Group, string Label, IReadOnlyList<string> Cells, bool Compact = false)
{
    /// <summary>One mark per cell; empty when the row ranks nothing.</summary>
    public IReadOnlyList<MethodRank> Marks { get; init; } = [];

    /// <summary>A row with the cell <paramref name="cell"/> gives for each candidate.</summary>
    public static MethodRow Of(string group, string label, IReadOnlyList<CandidateColumn> candidates, Func<CandidateColumn, string> cell, bool compact = false) =>
        new(group, label, [.. candidates.Select(cell)], compact);
}
