namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// The positions a bootstrap resample draws: xoshiro256** (Blackman and Vigna 2018) seeded through SplitMix64, with
/// Lemire's multiply-and-reject for an unbiased position below n (Lemire 2019, "Fast random integer generation in an
/// interval"). Written out because the bootstrap draws millions of positions per figure and a general-purpose generator's
/// per-draw overhead was a tenth of a report's time.
/// </summary>
internal struct ResampleDraws
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public ResampleDraws(int seed)
    {
        ulong state = unchecked((ulong)seed);
        s0 = SplitMix64(ref state);
        s1 = SplitMix64(ref state);
        s2 = SplitMix64(ref state);
        s3 = SplitMix64(ref state);
    }

    /// <summary>Fills <paramref name="positions"/> with uniform draws from 0 to <paramref name="n"/> − 1.</summary>
    public void Fill(Span<int> positions, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        uint bound = (uint)n;
        uint threshold = (0u - bound) % bound;
        for (int i = 0; i < positions.Length; i++)
        {
            positions[i] = Below(bound, threshold);
        }
    }

    /// <summary>
    /// Draws <paramref name="draws"/> positions from 0 to <c>counts.Length</c> − 1, the same ones <see cref="Fill"/> would,
    /// and adds one to <paramref name="counts"/> at each.
    /// </summary>
    public void Tally(Span<int> counts, int draws)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, 1);
        uint bound = (uint)counts.Length;
        uint threshold = (0u - bound) % bound;
        for (int i = 0; i < draws; i++)
        {
            counts[Below(bound, threshold)]++;
        }
    }

    private int Below(uint bound, uint threshold)
    {
        ulong product = (ulong)(uint)(Next() >> 32) * bound;
        while ((uint)product < threshold)
        {
            product = (ulong)(uint)(Next() >> 32) * bound;
        }

        return (int)(product >> 32);
    }

    private ulong Next()
    {
        ulong result = ulong.RotateLeft(s1 * 5, 7) * 9;
        ulong t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
