namespace GaiEval.Core.Rounds.Contamination;

using GaiEval.Core.Model;

/// <summary>
/// Chooses the public items whose references become verbatim-completion probes and splits each reference in two.
/// </summary>
/// <remarks>
/// Only public items of public sensitivity (hidden, private and internal text never leaves the ward this way) whose reference has at least
/// <see cref="MinimumReferenceLength"/> characters, in ordinal id order, the first <c>max</c> of them: the same set
/// gives the same probes. A reference is cut after the sentence or clause boundary (。、 or white space) nearest its
/// middle, within <see cref="BoundaryWindow"/> of its length either side; with no boundary there, at the middle.
/// </remarks>
public static class CompletionProbeSet
{
    public const int DefaultMax = 20;

    public const int MinimumReferenceLength = 40;

    /// <summary>How far from the middle a boundary may lie, as a share of the reference's length.</summary>
    public const double BoundaryWindow = 0.2;

    public const string Instruction = "次の文章の続きを、そのまま書いてください。説明は不要です。";

    public static IReadOnlyList<CompletionProbe> Build(IEnumerable<GoldItem> items, int max = DefaultMax)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return [.. items
            .Where(item => item.Split == ItemSplit.Public && item.Sensitivity == Sensitivity.Public)
            .Where(item => item.Reference is { } reference && reference.Trim().Length >= MinimumReferenceLength)
            .OrderBy(item => item.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(Probe)];
    }

    /// <summary>The reference cut in two: the first half (sent) and the second (withheld), both trimmed.</summary>
    public static (string First, string Second) Split(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        string text = reference.Trim();
        int cut = Cut(text);
        return (text[..cut].TrimEnd(), text[cut..].TrimStart());
    }

    private static CompletionProbe Probe(GoldItem item)
    {
        (string first, string second) = Split(item.Reference!);
        return new CompletionProbe(item.Id, $"{Instruction}\n\n{first}", second);
    }

    /// <summary>The index the second half starts at: just after the boundary nearest the middle (the earlier on a tie).</summary>
    private static int Cut(string text)
    {
        int middle = text.Length / 2;
        double window = text.Length * BoundaryWindow;
        int? best = null;
        for (int i = 0; i < text.Length - 1; i++)
        {
            int cut = i + 1;
            if (IsBoundary(text[i]) && Math.Abs(cut - middle) <= window && (best is not { } b || Math.Abs(cut - middle) < Math.Abs(b - middle)))
            {
                best = cut;
            }
        }

        int chosen = best ?? middle;
        return chosen < text.Length && char.IsLowSurrogate(text[chosen]) ? chosen + 1 : chosen;
    }

    private static bool IsBoundary(char c) => c is '。' or '、' || char.IsWhiteSpace(c);
}
