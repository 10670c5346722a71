namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;
using GaiEval.Scoring.Grounding;

/// <summary>
/// An answer read through NFKC one character at a time (full-width digits, ＠, （）and － become ASCII), keeping where
/// each normalised character came from so that a match is reported at its offsets in the original answer.
/// </summary>
public sealed class RiskText
{
    private readonly NfkcMappedText mapped;

    private RiskText(string original)
    {
        Original = original;
        mapped = NfkcMappedText.Of(original);
    }

    public string Original { get; }

    /// <summary>The NFKC text the detectors search.</summary>
    public string Normalized => mapped.Text;

    public static RiskText Of(string? answer) => new(answer ?? string.Empty);

    /// <summary>The original offsets of the normalised characters from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public (int Start, int Length) OriginalSpan(int start, int end)
    {
        (int from, int to) = mapped.OriginalSpan(start, end);
        return (from, to - from);
    }

    public (int Start, int Length) OriginalSpan(Match match) => OriginalSpan(match.Index, match.Index + match.Length);

    /// <summary>
    /// Whether one of <paramref name="words"/> occurs in the normalised text from <paramref name="before"/> characters
    /// before the match to <paramref name="after"/> characters after it.
    /// </summary>
    public bool HasContext(Match match, Regex words, int before, int after)
    {
        int from = Math.Max(0, match.Index - before);
        int to = Math.Min(Normalized.Length, match.Index + match.Length + after);
        return words.IsMatch(Normalized[from..to]);
    }

    internal RiskFinding Finding(RiskFindingKind kind, Match match, string excerpt, string? detail = null) =>
        Finding(kind, OriginalSpan(match), excerpt, detail);

    internal static RiskFinding Finding(RiskFindingKind kind, (int Start, int Length) span, string excerpt, string? detail = null)
    {
        string message = $"{RiskFindingNames.Label(kind)}の可能性: {excerpt}" + (detail is null ? string.Empty : $"（{detail}）");
        return new RiskFinding(kind, span.Start, span.Length, excerpt, message);
    }
}
