namespace GaiEval.Scoring.Lexical;

using System.Numerics;

/// <summary>ROUGE-L F-measure (β = 1) on characters: the longest common subsequence against both lengths.</summary>
/// <remarks>
/// Characters are Unicode code points of the texts as given; callers normalise first. The longest common subsequence is
/// the O(n·m) table of the textbook, computed 64 cells at a time (Hyyrö's bit-parallel recurrence), and only while the
/// table has at most <see cref="TableBudget"/> cells. Beyond it only the candidate's first ⌊<see cref="TableBudget"/> / m⌋
/// code points are compared with the reference, while precision and recall keep the whole lengths: the score is then a
/// lower bound of the true one, never above it, and <see cref="RougeLMeasure.Capped"/> says so.
/// </remarks>
public static class RougeL
{
    /// <summary>The most cells (candidate × reference code points) the table may have: n × ⌈m/64⌉ machine words, about 0.1 s.</summary>
    public const long TableBudget = 2_000_000_000;

    /// <summary>2·P·R / (P + R) with P = LCS / |candidate| and R = LCS / |reference|; 0 when either is empty.</summary>
    public static double Score(string candidate, string reference) => Measure(candidate, reference).Value;

    /// <summary>The score with how it was computed; beyond <paramref name="tableBudget"/> cells, the capped lower bound.</summary>
    public static RougeLMeasure Measure(string candidate, string reference, long tableBudget = TableBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tableBudget, 1);
        int[] a = CharacterF1.CodePoints(candidate);
        int[] b = CharacterF1.CodePoints(reference);
        bool capped = b.Length > 0 && (long)a.Length * b.Length > tableBudget;
        int compared = capped ? (int)Math.Min(a.Length, tableBudget / b.Length) : a.Length;
        int lcs = LongestCommonSubsequence(a.AsSpan(0, compared), b);
        if (lcs == 0)
        {
            return new RougeLMeasure(0, 0, a.Length, b.Length, compared, capped);
        }

        double precision = (double)lcs / a.Length;
        double recall = (double)lcs / b.Length;
        return new RougeLMeasure(2 * precision * recall / (precision + recall), lcs, a.Length, b.Length, compared, capped);
    }

    /// <summary>
    /// The length of the longest common subsequence, exactly, in ⌈|b|/64⌉ word operations per code point of
    /// <paramref name="a"/> (Hyyrö 2004: V ← (V + (V ∧ M[x])) ∨ (V ∧ ¬M[x]); the answer is the number of zero bits).
    /// </summary>
    public static int LongestCommonSubsequence(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        int words = (b.Length + 63) / 64;
        var masks = new Dictionary<int, ulong[]>();
        for (int j = 0; j < b.Length; j++)
        {
            if (!masks.TryGetValue(b[j], out ulong[]? mask))
            {
                mask = new ulong[words];
                masks[b[j]] = mask;
            }

            mask[j / 64] |= 1UL << (j % 64);
        }

        var v = new ulong[words];
        Array.Fill(v, ulong.MaxValue);
        foreach (int x in a)
        {
            if (!masks.TryGetValue(x, out ulong[]? mask))
            {
                continue;
            }

            ulong carry = 0;
            for (int k = 0; k < words; k++)
            {
                ulong old = v[k];
                ulong u = old & mask[k];
                ulong sum = old + u;
                ulong withCarry = sum + carry;
                carry = (sum < old || withCarry < sum) ? 1UL : 0UL;
                v[k] = withCarry | (old & ~mask[k]);
            }
        }

        int ones = 0;
        for (int k = 0; k < words; k++)
        {
            ulong valid = k < words - 1 || b.Length % 64 == 0 ? ulong.MaxValue : (1UL << (b.Length % 64)) - 1;
            ones += BitOperations.PopCount(v[k] & valid);
        }

        return b.Length - ones;
    }
}
