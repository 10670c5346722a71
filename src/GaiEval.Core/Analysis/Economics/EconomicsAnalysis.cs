namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// Time saved (削減業務時間・人件費) and cost (TCO) of every provider of a run at the plan's <c>economics</c>, with the
/// break-even volume of each pair of priced providers. Amounts are in <see cref="Currency"/>, per month.
/// </summary>
public sealed record EconomicsAnalysis
{
    public required string RunId { get; init; }

    /// <summary>False when the plan has no <c>economics</c>: nothing is estimated and <see cref="Notes"/> says so.</summary>
    public required bool HasEconomics { get; init; }

    /// <summary>The plan's currency; null without economics.</summary>
    public string? Currency { get; init; }

    /// <summary>Loaded personnel cost per hour; null when the plan sets none (the personnel cost is then not estimated).</summary>
    public double? HourlyCost { get; init; }

    /// <summary>Σ monthly_volume over the plan's categories.</summary>
    public required double MonthlyVolume { get; init; }

    public required TimeSavedBasis Basis { get; init; }

    public string BasisLabel => Basis.Label();

    public required IReadOnlyList<ProviderEconomics> Providers { get; init; }

    /// <summary>One entry per pair of providers whose cost was estimated, in plan order.</summary>
    public required IReadOnlyList<BreakEven> BreakEvens { get; init; }

    /// <summary>Plan-level remarks in Japanese (no economics, no volume, no hourly cost).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
