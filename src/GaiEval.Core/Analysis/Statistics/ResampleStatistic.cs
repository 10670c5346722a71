namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// A statistic that <see cref="Bootstrap.Together"/> reads straight from how often each value of the sorted sample was
/// drawn, without writing the resample out: a percentile (type 7, <see cref="Analysis.Percentile"/>) or the mean
/// (<see cref="Bootstrap.Mean"/>). Each gives exactly the value the same statistic gives on the resample written out.
/// </summary>
public sealed record ResampleStatistic
{
    private ResampleStatistic(double? p)
    {
        P = p;
    }

    /// <summary>The mean, summed in ascending order as <see cref="Bootstrap.Mean"/> sums a sorted sample.</summary>
    public static ResampleStatistic Mean { get; } = new((double?)null);

    /// <summary>The percentile read, 0..1; null for the mean.</summary>
    public double? P { get; }

    /// <summary>The percentile <paramref name="p"/> (0..1), type 7.</summary>
    public static ResampleStatistic Percentile(double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        return new ResampleStatistic(p);
    }

    /// <summary>The statistic of a sample sorted ascending.</summary>
    public double Of(IReadOnlyList<double> sorted) =>
        P is { } p ? Analysis.Percentile.Of(sorted, p)!.Value : Bootstrap.Mean(sorted);
}
