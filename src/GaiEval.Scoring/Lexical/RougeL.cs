namespace GaiEval.Scoring.Lexical;

/// <summary>ROUGE-L F-measure (β = 1) on characters: the longest common subsequence against both lengths.</summary>
/// <remarks>Characters are Unicode code points of the texts as given; callers normalise first.</remarks>
public static class RougeL
{
    /// <summary>2·P·R / (P + R) with P = LCS / |candidate| and R = LCS / |reference|; 0 when either is empty.</summary>
    public static double Score(string candidate, string reference)
    {
        int[] a = CharacterF1.CodePoints(candidate);
        int[] b = CharacterF1.CodePoints(reference);
        int lcs = LongestCommonSubsequence(a, b);
        if (lcs == 0)
        {
            return 0;
        }

        double precision = (double)lcs / a.Length;
        double recall = (double)lcs / b.Length;
        return 2 * precision * recall / (precision + recall);
    }

    public static int LongestCommonSubsequence(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        foreach (int x in a)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = x == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
