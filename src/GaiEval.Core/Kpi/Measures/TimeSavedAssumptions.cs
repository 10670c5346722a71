namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// The stated assumptions of the self-reported time saved: where bands are read, weeks per month (52 / 12 by default),
/// the hourly cost for 人件費換算 (none: no cost shown) in <see cref="Currency"/>, and the bootstrap's seed.
/// </summary>
public sealed record TimeSavedAssumptions
{
    public const double DefaultWeeksPerMonth = 52.0 / 12;

    public BandPoint BandPoint { get; init; } = BandPoint.LowerEdge;

    public double WeeksPerMonth { get; init; } = DefaultWeeksPerMonth;

    public double? HourlyCost { get; init; }

    public string Currency { get; init; } = "円";

    public int Seed { get; init; } = Bootstrap.DefaultSeed;
}
