namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// The bootstrap replicates of several samples of one size n: each resample is drawn once as counts per position of a
/// sorted sample (<see cref="ResampleDraws.Tally"/>; the draws depend only on the seed and n, so every sample of that size
/// gets the same ones it would get alone), and each statistic is read from the counts. A running sum over the counts finds
/// which value lands at each position a percentile reads, once for all the samples; a mean adds each value as often as it
/// was drawn, in ascending order, as the sum of the sorted resample would.
/// </summary>
internal sealed class TalliedReplicates
{
    // Integers up to this, times n, add up exactly in a double in any order (2^53), so their sum may be taken in a long.
    private const double ExactIntegers = 9_007_199_254_740_992;

    private readonly int n;
    private readonly int[] positions;
    private readonly int[] found;
    private readonly Reader[][] readers;

    /// <param name="sorted">Each sample sorted ascending; all of the same length, at least 1.</param>
    /// <param name="statistics">The statistics of each sample.</param>
    private TalliedReplicates(IReadOnlyList<double[]> sorted, IReadOnlyList<IReadOnlyList<ResampleStatistic>> statistics)
    {
        n = sorted[0].Length;
        positions = [.. statistics.SelectMany(s => s).Select(s => s.P).OfType<double>().SelectMany(Ranks).Distinct().Order()];
        found = new int[positions.Length];
        readers = [.. sorted.Select((values, i) => statistics[i].Select(s => Reader.For(s, values, positions)).ToArray())];
    }

    /// <summary>replicates[sample][statistic][resample], the statistics of each resample in the order drawn.</summary>
    /// <param name="sorted">Each sample sorted ascending; all of the same length, at least 1.</param>
    /// <param name="statistics">The statistics of each sample.</param>
    /// <param name="resamples">Number of resamples.</param>
    /// <param name="seed">Seed of the resampling generator.</param>
    public static double[][][] Draw(
        IReadOnlyList<double[]> sorted, IReadOnlyList<IReadOnlyList<ResampleStatistic>> statistics, int resamples, int seed) =>
        new TalliedReplicates(sorted, statistics).Draw(resamples, seed);

    private double[][][] Draw(int resamples, int seed)
    {
        double[][][] replicates = [.. readers.Select(sample => sample.Select(_ => new double[resamples]).ToArray())];
        var random = new ResampleDraws(seed);
        int[] counts = new int[n];
        for (int r = 0; r < resamples; r++)
        {
            Array.Clear(counts);
            random.Tally(counts, n);
            Locate(counts);
            for (int s = 0; s < readers.Length; s++)
            {
                for (int t = 0; t < readers[s].Length; t++)
                {
                    replicates[s][t][r] = readers[s][t].Read(counts, found);
                }
            }
        }

        return replicates;
    }

    /// <summary>The lower and upper rank a type 7 percentile of n values reads (<see cref="Percentile.Of"/>).</summary>
    private IEnumerable<int> Ranks(double p)
    {
        int lower = (int)Math.Floor(p * (n - 1));
        return [lower, Math.Min(lower + 1, n - 1)];
    }

    /// <summary>Sets found[k] to the index of the sorted sample whose value lands at positions[k] of the resample written out.</summary>
    private void Locate(int[] counts)
    {
        int k = 0;
        int seen = 0;
        for (int j = 0; k < positions.Length; j++)
        {
            seen += counts[j];
            while (k < positions.Length && positions[k] < seen)
            {
                found[k++] = j;
            }
        }
    }

    private abstract class Reader
    {
        /// <param name="counts">How often each value of the sorted sample was drawn.</param>
        /// <param name="found">The index of the sorted sample at each position percentiles read.</param>
        public abstract double Read(int[] counts, int[] found);

        public static Reader For(ResampleStatistic statistic, double[] sorted, int[] positions)
        {
            if (statistic.P is { } p)
            {
                return new PercentileReader(sorted, p, positions);
            }

            double largest = Math.Max(Math.Abs(sorted[0]), Math.Abs(sorted[^1]));
            return sorted.All(v => v == Math.Floor(v)) && largest * sorted.Length <= ExactIntegers
                ? new IntegerMeanReader(sorted)
                : new MeanReader(sorted);
        }
    }

    /// <summary>Type 7 as <see cref="Percentile.Of"/> computes it, from the values at its two ranks.</summary>
    private sealed class PercentileReader : Reader
    {
        private readonly double[] sorted;
        private readonly double rank;
        private readonly int lower;
        private readonly int lowerSlot;
        private readonly int upperSlot;

        public PercentileReader(double[] sorted, double p, int[] positions)
        {
            this.sorted = sorted;
            rank = p * (sorted.Length - 1);
            lower = (int)Math.Floor(rank);
            lowerSlot = Array.BinarySearch(positions, lower);
            upperSlot = Array.BinarySearch(positions, Math.Min(lower + 1, sorted.Length - 1));
        }

        public override double Read(int[] counts, int[] found)
        {
            double low = sorted[found[lowerSlot]];
            double high = sorted[found[upperSlot]];
            return low + ((rank - lower) * (high - low));
        }
    }

    /// <summary>
    /// The mean of any values, added in the order of the resample written out. Where the run of each drawn value starts is
    /// marked, and the largest mark so far gives the value at each position: no branch on how often a value was drawn.
    /// </summary>
    private sealed class MeanReader(double[] sorted) : Reader
    {
        private readonly int[] starts = new int[sorted.Length + 1];

        public override double Read(int[] counts, int[] found)
        {
            Array.Clear(starts);
            int seen = 0;
            for (int j = 0; j < sorted.Length; j++)
            {
                // A value not drawn marks the start of the next one drawn, which overwrites it.
                starts[seen] = j;
                seen += counts[j];
            }

            double sum = 0;
            int at = 0;
            for (int position = 0; position < sorted.Length; position++)
            {
                at = Math.Max(at, starts[position]);
                sum += sorted[at];
            }

            return sum / sorted.Length;
        }
    }

    /// <summary>The mean of integers whose sums are exact in a double, so that a sum in a long is the same sum.</summary>
    private sealed class IntegerMeanReader(double[] sorted) : Reader
    {
        private readonly long[] values = [.. sorted.Select(v => (long)v)];

        public override double Read(int[] counts, int[] found)
        {
            long sum = 0;
            for (int j = 0; j < values.Length; j++)
            {
                sum += counts[j] * values[j];
            }

            return (double)sum / values.Length;
        }
    }
}
