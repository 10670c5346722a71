namespace GaiEval.Core.Kpi.Findings;

using GaiEval.Core.Kpi.Measures;

/// <summary>What the KPI figures are computed with besides the data: the selection, eligible staff, prices and assumptions.</summary>
public sealed record KpiFindingsInputs
{
    public KpiSelection Selection { get; init; } = KpiSelection.All;

    public IReadOnlyDictionary<string, int> EligibleStaff { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Prices to cost real use at (the KPI provider's pricing); null: tokens are not costed.</summary>
    public UsageTokenPrices? Prices { get; init; }

    public TimeSavedAssumptions Assumptions { get; init; } = new();

    public string? Provider { get; init; }
}
