namespace GaiEval.Scoring.Lexical;

using System.Text;

/// <summary>
/// JGLUE's JSQuAD exact match and character-level F1 (the squad_metrics patch of yahoojapan/JGLUE fine-tuning):
/// both sides lower-cased, trailing 「。」 stripped, runs of white space collapsed to one space and trimmed; then the
/// characters (Unicode code points, spaces included) are compared as bags.
/// </summary>
/// <remarks>
/// Lower-casing is .NET's invariant mapping, which differs from Python's str.lower only for the few characters whose
/// lower case is longer (İ). White space is what Python's str.split() splits on.
/// </remarks>
public static class CharacterF1
{
    /// <summary>Name of this normalisation, recorded with every score.</summary>
    public const string NormalizationName = "jglue-jsquad";

    /// <summary>JGLUE's normalize_answer: lower, rstrip("。"), " ".join(text.split()).</summary>
    public static string Normalize(string? text)
    {
        string lower = (text ?? string.Empty).ToLowerInvariant().TrimEnd('。');
        var builder = new StringBuilder(lower.Length);
        bool pendingSpace = false;
        foreach (char c in lower)
        {
            if (IsPythonWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    public static bool ExactMatch(string? prediction, string? gold) =>
        string.Equals(Normalize(prediction), Normalize(gold), StringComparison.Ordinal);

    /// <summary>Character-level F1 of one prediction against one gold; 1 when both normalise to nothing, 0 when only one does.</summary>
    public static double Score(string? prediction, string? gold)
    {
        int[] predicted = CodePoints(Normalize(prediction));
        int[] expected = CodePoints(Normalize(gold));
        if (predicted.Length == 0 || expected.Length == 0)
        {
            return predicted.Length == expected.Length ? 1 : 0;
        }

        int same = CommonCount(predicted, expected);
        if (same == 0)
        {
            return 0;
        }

        double precision = (double)same / predicted.Length;
        double recall = (double)same / expected.Length;
        return 2 * precision * recall / (precision + recall);
    }

    /// <summary>The best <see cref="Score"/> over the golds (SQuAD's metric_max_over_ground_truths); 0 without golds.</summary>
    public static double MaxScore(string? prediction, IEnumerable<string> golds) =>
        golds.Select(gold => Score(prediction, gold)).DefaultIfEmpty(0).Max();

    /// <summary>Whether any gold is an exact match.</summary>
    public static bool MaxExactMatch(string? prediction, IEnumerable<string> golds) =>
        golds.Any(gold => ExactMatch(prediction, gold));

    internal static int[] CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        foreach (Rune rune in text.EnumerateRunes())
        {
            points.Add(rune.Value);
        }

        return [.. points];
    }

    private static int CommonCount(int[] predicted, int[] expected)
    {
        var counts = new Dictionary<int, int>(expected.Length);
        foreach (int point in expected)
        {
            counts[point] = counts.GetValueOrDefault(point) + 1;
        }

        int same = 0;
        foreach (int point in predicted)
        {
            if (counts.TryGetValue(point, out int left) && left > 0)
            {
                counts[point] = left - 1;
                same++;
            }
        }

        return same;
    }

    private static bool IsPythonWhiteSpace(char c) => char.IsWhiteSpace(c) || c is >= '\x1c' and <= '\x1f';
}
