namespace GaiEval.Core.Review;

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

/// <summary>A seeded random sample that depends only on the seed and the order of the candidates.</summary>
public static class ReviewSampling
{
    /// <summary>A seed from the run id (SHA-256, not string.GetHashCode, which changes between processes).</summary>
    public static int SeedFor(string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        return BinaryPrimitives.ReadInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(runId))) & int.MaxValue;
    }

    /// <summary>Up to <paramref name="size"/> of <paramref name="candidates"/>, drawn without replacement, in their original order.</summary>
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> candidates, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        int[] order = [.. Enumerable.Range(0, candidates.Count)];
        int take = Math.Min(size, order.Length);
        var random = new Random(seed);
        for (int i = 0; i < take; i++)
        {
            int j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return [.. order.Take(take).Order().Select(index => candidates[index])];
    }
}
